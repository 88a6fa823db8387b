package org.schooljournal.adapter.logging;

import java.util.Map;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.ServiceProvider;
import org.schooljournal.spi.notify.IdempotentNotifier;
import org.schooljournal.spi.notify.Notifier;
import org.schooljournal.spi.notify.NotifierProvider;

/**
 * The provider of the logging channel, id {@value #ID}: the embedded default of the notification
 * port (DESIGN.md, principle 6). Its priority is {@link ServiceProvider#FALLBACK_PRIORITY}, so any
 * real channel on the class path (e-mail) is preferred to it. Registered in
 * {@code META-INF/services/org.schooljournal.spi.notify.NotifierProvider}.
 *
 * <p>The channel takes no settings, and {@link #create(Map)} refuses any it is given: settings
 * meant for another channel (an SMTP host, say) mean that channel is missing, and guardians'
 * notifications silently going to a log instead would never reach them (ATT-5).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LoggingNotifierProvider implements NotifierProvider {

    /** The identifier this provider is chosen by: {@code -Dschooljournal.notify=log}. */
    public static final String ID = "log";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public LoggingNotifierProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** Returns {@link ServiceProvider#FALLBACK_PRIORITY}: any other channel wins. */
    @Override
    public int priority() {
        return FALLBACK_PRIORITY;
    }

    /**
     * Creates a logging channel that sends each key once.
     *
     * @param settings must be empty: the logging channel has no settings
     * @throws JournalException with code CONFIGURATION if a setting is given, naming it
     */
    @Override
    public Notifier create(Map<String, String> settings) {
        ServiceProvider.requireNoSettings(PORT, ID, settings, "notification channel");
        return IdempotentNotifier.of(new LoggingNotifier());
    }

    @Override
    public String toString() {
        return "LoggingNotifierProvider[" + ID + "]";
    }
}
