/**
 * The embedded default of the notification port: a channel that writes notifications to the log.
 * Found by discovery; its package is exported for the provider's identifier.
 */
module org.schooljournal.adapter.logging {
    requires transitive org.schooljournal.spi;

    exports org.schooljournal.adapter.logging;

    provides org.schooljournal.spi.notify.NotifierProvider
            with org.schooljournal.adapter.logging.LoggingNotifierProvider;
}
