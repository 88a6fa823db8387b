package org.schooljournal.spi.notify;

import java.util.Map;
import org.schooljournal.spi.ServiceProvider;

/**
 * Makes notifiers: the provider of the notification port, found with
 * {@link java.util.ServiceLoader} by {@link org.schooljournal.spi.Bootstrap} (port name
 * {@value #PORT}, property {@code schooljournal.notify}). An adapter module registers its provider
 * in {@code META-INF/services/org.schooljournal.spi.notify.NotifierProvider}. The embedded default
 * is the logging channel (DESIGN.md, principle 6), at {@link ServiceProvider#FALLBACK_PRIORITY}.
 */
public interface NotifierProvider extends ServiceProvider {

    /** The port's name, for {@link org.schooljournal.spi.Bootstrap}. */
    String PORT = "notify";

    /**
     * Creates a notifier.
     *
     * @param settings the channel's settings, such as an SMTP host; names are the adapter's own
     * @return the notifier
     * @throws org.schooljournal.spi.JournalException with code CONFIGURATION if a setting is
     *     missing, unknown or wrong, naming it
     */
    Notifier create(Map<String, String> settings);
}
