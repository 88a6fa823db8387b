package org.schooljournal.adapter.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.spi.Bootstrap;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.ServiceProvider;
import org.schooljournal.spi.notify.NotifierProvider;

/** The e-mail provider: found by {@link Bootstrap}, default priority, its settings checked and named. */
@DisplayName("SmtpNotifierProvider and its settings")
class SmtpNotifierProviderTest {

    private static Map<String, String> valid() {
        Map<String, String> settings = new HashMap<>();
        settings.put("smtp.host", "mail.school1.hmao.test");
        settings.put("smtp.from", "journal@school1.hmao.test");
        return settings;
    }

    private static JournalException refusal(Map<String, String> settings) {
        JournalException error = catchThrowableOfType(JournalException.class, () -> new SmtpNotifierProvider().create(settings));
        assertThat(error).isNotNull();
        assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
        return error;
    }

    @Test
    @DisplayName("Bootstrap finds the email provider, at the default priority")
    void bootstrapFindsTheEmailProvider() {
        NotifierProvider provider = Bootstrap.find(NotifierProvider.PORT, NotifierProvider.class, Optional.empty(),
                getClass().getClassLoader());

        assertThat(provider).isInstanceOf(SmtpNotifierProvider.class);
        assertThat(provider.id()).isEqualTo("email");
        assertThat(provider.priority()).isEqualTo(ServiceProvider.DEFAULT_PRIORITY);
    }

    @Test
    @DisplayName("the defaults: STARTTLS required on port 587, timeouts set, no authentication")
    void defaults() {
        SmtpSettings settings = SmtpSettings.of(valid());

        assertThat(settings.security()).isEqualTo(SmtpSecurity.STARTTLS);
        assertThat(settings.port()).isEqualTo(587);
        assertThat(settings.sessionProperties()).containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.connectiontimeout", "10000").containsEntry("mail.smtp.timeout", "30000")
                .containsEntry("mail.smtp.auth", "false");
    }

    @Test
    @DisplayName("SSL defaults to port 465 and enables TLS from the first byte")
    void sslDefaults() {
        Map<String, String> settings = valid();
        settings.put("smtp.tls", "ssl");

        assertThat(SmtpSettings.of(settings).port()).isEqualTo(465);
        assertThat(SmtpSettings.of(settings).sessionProperties()).containsEntry("mail.smtp.ssl.enable", "true");
    }

    @Test
    @DisplayName("a missing host or sender is refused naming the setting")
    void missingRequiredSettings() {
        Map<String, String> noHost = valid();
        noHost.remove("smtp.host");
        Map<String, String> noFrom = valid();
        noFrom.remove("smtp.from");

        assertThat(refusal(noHost).getMessage()).contains("smtp.host", "missing");
        assertThat(refusal(noFrom).getMessage()).contains("smtp.from", "missing");
    }

    @Test
    @DisplayName("wrong values are refused naming the setting, the value and the rule")
    void wrongValues() {
        Map<String, String> port = valid();
        port.put("smtp.port", "70000");
        Map<String, String> tls = valid();
        tls.put("smtp.tls", "maybe");
        Map<String, String> from = valid();
        from.put("smtp.from", "журнал школы");
        Map<String, String> userOnly = valid();
        userOnly.put("smtp.user", "journal");
        Map<String, String> unknown = valid();
        unknown.put("smtp.hots", "mail.school1.hmao.test");

        assertThat(refusal(port).getMessage()).contains("smtp.port", "'70000'", "1 to 65535");
        assertThat(refusal(tls).getMessage()).contains("smtp.tls", "'maybe'", "STARTTLS, SSL, NONE");
        assertThat(refusal(from).getMessage()).contains("smtp.from", "'журнал школы'");
        assertThat(refusal(userOnly).getMessage()).contains("smtp.user", "smtp.password");
        assertThat(refusal(unknown).getMessage()).contains("[smtp.hots]");
    }
}
