/**
 * The durable storage adapter: an event store in PostgreSQL or an H2 file over a HikariCP pool,
 * its schema kept by Flyway. Found by discovery; its package is exported for hosts that make the
 * store themselves.
 *
 * <p>Flyway's jar names no module: {@code flyway.core} is the name the JDK derives from the jar's
 * file name, the only one it has (docs/architecture.md, "Module descriptors").
 */
module org.schooljournal.adapter.jdbc {
    requires transitive org.schooljournal.spi;
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires flyway.core;

    exports org.schooljournal.adapter.jdbc;

    provides org.schooljournal.spi.storage.EventStoreProvider
            with org.schooljournal.adapter.jdbc.JdbcEventStoreProvider;
}
