package org.schooljournal.adapter.email;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.schooljournal.spi.notify.IdempotentNotifier;
import org.schooljournal.spi.notify.Notifier;
import org.schooljournal.spi.notify.NotifierProvider;

/**
 * The provider of the e-mail channel, id {@value #ID}, at
 * {@link org.schooljournal.spi.ServiceProvider#DEFAULT_PRIORITY}, so it wins over the logging
 * default when both are on the class path. Settings: see {@link SmtpSettings} and docs/notify.md.
 * Registered in {@code META-INF/services/org.schooljournal.spi.notify.NotifierProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SmtpNotifierProvider implements NotifierProvider {

    /** The identifier this provider is chosen by: {@code -Dschooljournal.notify=email}. */
    public static final String ID = "email";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public SmtpNotifierProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return DEFAULT_PRIORITY;
    }

    /**
     * Creates an e-mail channel that sends each key once; the mails' {@code Date} is the system clock's.
     *
     * @throws org.schooljournal.spi.JournalException with code CONFIGURATION if a setting is
     *     missing, unknown or wrong, naming it
     */
    @Override
    public Notifier create(Map<String, String> settings) {
        Objects.requireNonNull(settings, "settings");
        return IdempotentNotifier.of(new SmtpNotifier(SmtpSettings.of(settings), Clock.systemUTC()));
    }

    @Override
    public String toString() {
        return "SmtpNotifierProvider[" + ID + "]";
    }
}
