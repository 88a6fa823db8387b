package org.schooljournal.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.ServiceProvider;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.EventStoreProvider;

/**
 * The provider of the durable storage, id {@value #ID}: a {@link JdbcEventStore} over a HikariCP
 * pool of its own, in PostgreSQL or an H2 file. Its priority is
 * {@link ServiceProvider#DEFAULT_PRIORITY}, so discovery prefers it to the in-memory store.
 * Registered in {@code META-INF/services/org.schooljournal.spi.storage.EventStoreProvider}.
 *
 * <p>Settings, all text:
 * <ul>
 *   <li>{@code url} (required): the JDBC URL, such as {@code jdbc:postgresql://db:5432/journal} or
 *       {@code jdbc:h2:file:/var/lib/journal/journal};</li>
 *   <li>{@code user}, {@code password}: the database account, unless the URL names it;</li>
 *   <li>{@code poolSize}: the most connections the pool opens, from 1; 8 by default;</li>
 *   <li>{@code migrate}: {@code false} to run over a schema someone else created (distributed,
 *       partitioned, foreign tables): the store then checks its tables exist and runs no
 *       migration; {@code true} by default.</li>
 * </ul>
 * Any other setting, a missing {@code url} or a bad {@code poolSize} is a CONFIGURATION error
 * naming it. An H2 URL that does not set {@code WRITE_DELAY} gets {@code ;WRITE_DELAY=0}, so that
 * every commit is written before the append returns. The password is never logged or shown (give
 * it as {@code password}, not in the URL: the store masks {@code password=} in the URLs it shows,
 * but a driver's own messages may not).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JdbcEventStoreProvider implements EventStoreProvider {

    /** The identifier this provider is chosen by: {@code -Dschooljournal.storage=jdbc}. */
    public static final String ID = "jdbc";

    private static final AtomicInteger POOLS = new AtomicInteger();

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public JdbcEventStoreProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** Returns {@link ServiceProvider#DEFAULT_PRIORITY}: preferred to the in-memory fallback. */
    @Override
    public int priority() {
        return DEFAULT_PRIORITY;
    }

    /**
     * Opens a pool to the database, migrates its schema and returns the store, which closes the
     * pool when it is closed.
     *
     * @param settings {@code url} (required), {@code user}, {@code password}, {@code poolSize},
     *     {@code migrate}
     * @throws JournalException with code CONFIGURATION if a setting is unknown, missing or wrong,
     *     no JDBC driver takes the URL, or the database is not supported; STORAGE if the database
     *     cannot be reached or migrated
     */
    @Override
    public EventStore create(Map<String, String> settings) {
        ConnectionSettings connection = ConnectionSettings.parse(settings);
        if (connection.isH2() && connection.url().toUpperCase(Locale.ROOT).contains("AUTO_SERVER=TRUE")) {
            throw new JournalException(ErrorCode.CONFIGURATION, "the " + PORT + " provider '" + ID + "' opens an H2"
                    + " database from one process, and " + ConnectionSettings.withoutSecrets(connection.url())
                    + " shares it with others (AUTO_SERVER=TRUE), whose appends it could not order with its own:"
                    + " remove AUTO_SERVER, or use PostgreSQL");
        }
        String url = connection.isH2() ? withWrittenCommits(connection.url()) : connection.url();
        requireDriver(url);
        HikariConfig config = new HikariConfig();
        config.setPoolName("school-journal-" + POOLS.incrementAndGet());
        config.setJdbcUrl(url);
        connection.user().ifPresent(config::setUsername);
        connection.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(connection.poolSize());
        config.setAutoCommit(true);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new JournalException(ErrorCode.STORAGE, "the " + PORT + " provider '" + ID + "' cannot connect to "
                    + ConnectionSettings.withoutSecrets(url) + " as " + connection.user().orElse("the default user")
                    + ": " + messageOf(e), e);
        }
        return JdbcEventStore.open(pool, connection.migrate(), Optional.of(pool));
    }

    /** Adds {@code WRITE_DELAY=0} to an H2 URL that does not set it. */
    private static String withWrittenCommits(String url) {
        if (url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY=") || url.startsWith("jdbc:h2:mem:")) {
            return url;
        }
        return (url.endsWith(";") ? url : url + ";") + "WRITE_DELAY=0";
    }

    private static void requireDriver(String url) {
        try {
            DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new JournalException(ErrorCode.CONFIGURATION, "the " + PORT + " provider '" + ID
                    + "' finds no JDBC driver for " + ConnectionSettings.withoutSecrets(url)
                    + "; it runs on PostgreSQL (jdbc:postgresql:) and H2 (jdbc:h2:), whose drivers it brings");
        }
    }

    /** The innermost message, which says what the database answered. */
    private static String messageOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    @Override
    public String toString() {
        return "JdbcEventStoreProvider[" + ID + "]";
    }
}
