package org.schooljournal.adapter.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.DeliveryStatus;
import org.schooljournal.spi.notify.Notification;
import org.schooljournal.spi.notify.Notifier;

/** The e-mail channel against a real in-process SMTP server: the mail's headers, a server down and up, authentication. */
@Tag("ATT-5")
@DisplayName("SmtpNotifier against GreenMail")
class SmtpDeliveryTest {

    private static final Notification ABSENCE = new Notification("absence/5A/2026-11-28/1/petr", "mama@school1.hmao.test",
            "Отсутствовал на уроке", "Пётр Ёлкин отсутствовал на уроке «Математика» 28.11.2026 в 09:00.");

    private GreenMail server;

    @AfterEach
    void stopTheServer() {
        if (server != null) {
            server.stop();
        }
    }

    private GreenMail start(ServerSetup setup, GreenMailConfiguration configuration) {
        server = new GreenMail(setup).withConfiguration(configuration);
        server.start();
        return server;
    }

    @Test
    @DisplayName("the mail is UTF-8 plain text, its Message-ID derived from the key, marked auto-generated")
    void mailHeadersCarryTheKeyAndTheCharset() throws Exception {
        start(ServerSetupTest.SMTP.dynamicPort(), GreenMailConfiguration.aConfig());

        try (Notifier notifier = new SmtpNotifierProvider().create(Mails.settingsOf(server))) {
            assertThat(notifier.deliver(ABSENCE)).isEqualTo(DeliveryOutcome.sent());
        }

        MimeMessage mail = server.getReceivedMessages()[0];
        assertThat(mail.getMessageID()).isEqualTo(MessageIds.of(ABSENCE.idempotencyKey(), "school1.hmao.test"))
                .matches("<[0-9a-f]{64}@school1\\.hmao\\.test>");
        assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(mail.getHeader("Subject", null)).startsWithIgnoringCase("=?UTF-8?");
        assertThat(mail.getSubject()).isEqualTo("Отсутствовал на уроке");
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("journal@school1.hmao.test");
    }

    @Test
    @DisplayName("a server that is down gives RETRY_LATER naming it; once up, the same notification is SENT once")
    void serverDownThenUp() {
        ServerSetup setup = ServerSetupTest.SMTP.dynamicPort();
        start(setup, GreenMailConfiguration.aConfig());
        Map<String, String> settings = Mails.settingsOf(server);
        int port = server.getSmtp().getPort();
        server.stop();

        try (Notifier notifier = new SmtpNotifierProvider().create(settings)) {
            DeliveryOutcome down = notifier.deliver(ABSENCE);

            assertThat(down.status()).isEqualTo(DeliveryStatus.RETRY_LATER);
            assertThat(down.reason()).contains("127.0.0.1:" + port);

            start(setup.port(port), GreenMailConfiguration.aConfig());
            assertThat(notifier.deliver(ABSENCE)).isEqualTo(DeliveryOutcome.sent());
            assertThat(notifier.deliver(ABSENCE)).isEqualTo(DeliveryOutcome.sent());
        }
        assertThat(server.getReceivedMessages()).hasSize(1);
    }

    @Test
    @DisplayName("with smtp.user and smtp.password the channel authenticates and the mail arrives")
    void authenticates() {
        start(ServerSetupTest.SMTP.dynamicPort(), GreenMailConfiguration.aConfig().withUser("journal", "Пароль-2026"));
        Map<String, String> settings = new HashMap<>(Mails.settingsOf(server));
        settings.put("smtp.user", "journal");
        settings.put("smtp.password", "Пароль-2026");

        try (Notifier notifier = new SmtpNotifierProvider().create(settings)) {
            assertThat(notifier.deliver(ABSENCE)).isEqualTo(DeliveryOutcome.sent());
        }
        assertThat(server.getReceivedMessages()).hasSize(1);
    }

    @Test
    @DisplayName("a wrong password gives RETRY_LATER naming the settings to check, and nothing arrives")
    void wrongPasswordIsRetriedLater() {
        start(ServerSetupTest.SMTP.dynamicPort(), GreenMailConfiguration.aConfig().withUser("journal", "Пароль-2026"));
        Map<String, String> settings = new HashMap<>(Mails.settingsOf(server));
        settings.put("smtp.user", "journal");
        settings.put("smtp.password", "wrong");

        try (Notifier notifier = new SmtpNotifierProvider().create(settings)) {
            DeliveryOutcome outcome = notifier.deliver(ABSENCE);

            assertThat(outcome.status()).isEqualTo(DeliveryStatus.RETRY_LATER);
            assertThat(outcome.reason()).contains("smtp.user", "smtp.password");
        }
        assertThat(server.getReceivedMessages()).isEmpty();
    }
}
