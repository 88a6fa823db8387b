package org.schooljournal.adapter.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.spi.Bootstrap;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.ServiceProvider;
import org.schooljournal.spi.notify.IdempotentNotifier;
import org.schooljournal.spi.notify.NotifierProvider;

/** The logging provider: found by {@link Bootstrap}, the fallback of the notification port, no settings. */
@DisplayName("LoggingNotifierProvider")
class LoggingNotifierProviderTest {

    private final ClassLoader loader = LoggingNotifierProviderTest.class.getClassLoader();

    @Test
    @DisplayName("Bootstrap finds the log provider through its META-INF/services entry")
    void bootstrapFindsTheLogProvider() {
        NotifierProvider provider = Bootstrap.find(NotifierProvider.PORT, NotifierProvider.class, Optional.empty(), loader);

        assertThat(provider).isInstanceOf(LoggingNotifierProvider.class);
        assertThat(provider.id()).isEqualTo("log");
    }

    @Test
    @DisplayName("its priority is the fallback priority, below any real channel's")
    void priorityIsTheFallbackPriority() {
        assertThat(new LoggingNotifierProvider().priority()).isEqualTo(ServiceProvider.FALLBACK_PRIORITY)
                .isLessThan(ServiceProvider.DEFAULT_PRIORITY);
    }

    @Test
    @DisplayName("the channel it makes sends each key once")
    void makesAnIdempotentChannel() {
        assertThat(new LoggingNotifierProvider().create(Map.of())).isInstanceOf(IdempotentNotifier.class);
    }

    @Test
    @DisplayName("a setting is refused with a CONFIGURATION error naming it")
    void refusesSettingsNamingThem() {
        JournalException error = catchThrowableOfType(JournalException.class,
                () -> new LoggingNotifierProvider().create(Map.of("smtp.host", "mail.school.test")));

        assertThat(error).isNotNull();
        assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
        assertThat(error.getMessage()).contains("log", "[smtp.host]");
    }
}
