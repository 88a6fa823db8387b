package org.schooljournal.adapter.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.DeliveryStatus;
import org.schooljournal.spi.notify.Notification;
import org.schooljournal.spi.notify.Notifier;

/** SMTP refusals become outcomes: 5xx for the recipient or the message fails for good, 4xx and drops are retried. */
@DisplayName("SmtpNotifier maps SMTP refusals to outcomes")
class SmtpRefusalTest {

    private static final Notification ABSENCE = new Notification("absence-1", "nobody@school1.hmao.test",
            "Отсутствовал на уроке", "Пётр Ёлкин отсутствовал на уроке «Математика».");

    private static DeliveryOutcome deliverTo(String rcptReply, String dataReply) throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.replying(rcptReply, dataReply);
                Notifier notifier = new SmtpNotifierProvider().create(Map.of("smtp.host", "127.0.0.1",
                        "smtp.port", Integer.toString(server.port()), "smtp.tls", "NONE",
                        "smtp.from", "journal@school1.hmao.test", "smtp.read-timeout-ms", "5000"))) {
            return notifier.deliver(ABSENCE);
        }
    }

    @Test
    @DisplayName("550 for the recipient: FAILED_PERMANENTLY, naming the address and the reply")
    void recipientRefusedFor5xxFailsPermanently() throws Exception {
        DeliveryOutcome outcome = deliverTo("550 5.1.1 mailbox unavailable", "250 OK");

        assertThat(outcome.status()).isEqualTo(DeliveryStatus.FAILED_PERMANENTLY);
        assertThat(outcome.reason()).contains("nobody@school1.hmao.test", "550");
    }

    @Test
    @DisplayName("450 for the recipient (mailbox busy, greylisting): RETRY_LATER")
    void recipientRefusedFor4xxIsRetried() throws Exception {
        DeliveryOutcome outcome = deliverTo("450 4.2.1 try again later", "250 OK");

        assertThat(outcome.status()).isEqualTo(DeliveryStatus.RETRY_LATER);
        assertThat(outcome.reason()).contains("450");
    }

    @Test
    @DisplayName("554 after DATA (message rejected): FAILED_PERMANENTLY")
    void messageRefusedFor5xxFailsPermanently() throws Exception {
        DeliveryOutcome outcome = deliverTo("250 OK", "554 5.6.0 message rejected");

        assertThat(outcome.status()).isEqualTo(DeliveryStatus.FAILED_PERMANENTLY);
        assertThat(outcome.reason()).contains("554");
    }

    @Test
    @DisplayName("451 after DATA (local error): RETRY_LATER")
    void messageRefusedFor4xxIsRetried() throws Exception {
        assertThat(deliverTo("250 OK", "451 4.3.0 local error").status()).isEqualTo(DeliveryStatus.RETRY_LATER);
    }

    @Test
    @DisplayName("the connection dropped after DATA: RETRY_LATER")
    void droppedConnectionIsRetried() throws Exception {
        assertThat(deliverTo("250 OK", ScriptedSmtpServer.DROP).status()).isEqualTo(DeliveryStatus.RETRY_LATER);
    }
}
