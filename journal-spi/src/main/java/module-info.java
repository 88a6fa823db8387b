/**
 * The ports of School Journal that adapters implement (storage, notification, identity) and the plain types
 * that cross them, with the one discovery of their providers, {@link org.schooljournal.spi.Bootstrap}.
 * Depends on the JDK only (DESIGN.md). Every package is exported: all of it is for adapter writers.
 *
 * <p>The ports' consumers (journal-core, journal-rules) declare {@code uses}; {@code Bootstrap}
 * adds the use of each type it is asked to find to this module itself, since it calls
 * {@link java.util.ServiceLoader} for types of other modules.
 */
module org.schooljournal.spi {
    exports org.schooljournal.spi;
    exports org.schooljournal.spi.identity;
    exports org.schooljournal.spi.notify;
    exports org.schooljournal.spi.signature;
    exports org.schooljournal.spi.storage;
}
