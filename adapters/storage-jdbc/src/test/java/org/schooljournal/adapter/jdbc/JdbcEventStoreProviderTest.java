package org.schooljournal.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.tck.SampleEvents;
import org.schooljournal.spi.Bootstrap;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.ServiceProvider;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.EventStoreProvider;

/** The JDBC provider: found by {@link Bootstrap} ahead of the in-memory store; strict settings; no secret shown. */
@DisplayName("JdbcEventStoreProvider")
class JdbcEventStoreProviderTest {

    private final ClassLoader loader = JdbcEventStoreProviderTest.class.getClassLoader();

    @TempDir
    Path directory;

    @Nested
    @DisplayName("Discovery")
    class Discovery {

        @Test
        @DisplayName("Bootstrap prefers the jdbc provider to the in-memory one, both on the class path, by priority")
        void bootstrapPrefersJdbcToMemory() {
            List<String> onTheClassPath = ServiceLoader.load(EventStoreProvider.class, loader).stream()
                    .map(provider -> provider.get().id()).sorted().toList();

            EventStoreProvider provider = Bootstrap.find(
                    EventStoreProvider.PORT, EventStoreProvider.class, Optional.empty(), loader);

            assertThat(onTheClassPath).containsExactly("jdbc", "memory");
            assertThat(provider).isInstanceOf(JdbcEventStoreProvider.class);
        }

        @Test
        @DisplayName("the jdbc provider can be chosen explicitly by its id")
        void jdbcCanBeChosenById() {
            EventStoreProvider provider = Bootstrap.find(
                    EventStoreProvider.PORT, EventStoreProvider.class, Optional.of("jdbc"), loader);

            assertThat(provider).isInstanceOf(JdbcEventStoreProvider.class);
            assertThat(provider.id()).isEqualTo("jdbc");
        }

        @Test
        @DisplayName("its priority is the default priority of a real adapter, above the fallback")
        void priorityIsTheDefaultPriority() {
            assertThat(new JdbcEventStoreProvider().priority()).isEqualTo(ServiceProvider.DEFAULT_PRIORITY)
                    .isGreaterThan(ServiceProvider.FALLBACK_PRIORITY);
        }
    }

    @Nested
    @DisplayName("Creating a store")
    class Creating {

        @Test
        @DisplayName("each store created is a JdbcEventStore of its own database, usable at once")
        void createsAWorkingStore() {
            try (EventStore first = create("jdbc:h2:file:" + directory.resolve("first"));
                    EventStore second = create("jdbc:h2:file:" + directory.resolve("second"))) {
                first.append("school-1/journal", 0, SampleEvents.chain(2));

                assertThat(first).isInstanceOf(JdbcEventStore.class).isNotSameAs(second);
                assertThat(first.version("school-1/journal")).isEqualTo(2);
                assertThat(second.streamIds("")).isEmpty();
            }
        }

        @Test
        @DisplayName("user, password and poolSize are passed to the pool")
        void passesTheAccountAndPoolSize() {
            String url = "jdbc:h2:file:" + directory.resolve("account");
            Map<String, String> settings = Map.of("url", url, "user", "journal", "password", "s3cret", "poolSize", "3");
            try (EventStore store = new JdbcEventStoreProvider().create(settings)) {
                store.append("school-1/journal", 0, SampleEvents.chain(1));
            }

            JournalException wrongPassword = catchThrowableOfType(JournalException.class, () -> new JdbcEventStoreProvider()
                    .create(Map.of("url", url, "user", "journal", "password", "wrong-s3cret")));

            assertThat(wrongPassword).isNotNull();
            assertThat(wrongPassword.code()).isEqualTo(ErrorCode.STORAGE);
            assertThat(wrongPassword.getMessage()).contains("journal").doesNotContain("wrong-s3cret");
        }

        @Test
        @DisplayName("an unknown setting is a CONFIGURATION error naming it, before any connection")
        void refusesAnUnknownSetting() {
            JournalException error = catchThrowableOfType(JournalException.class,
                    () -> create(Map.of("url", "jdbc:postgresql://nowhere/journal", "maxPool", "9")));

            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
            assertThat(error.getMessage()).contains("'jdbc'", "[maxPool]");
        }

        @Test
        @DisplayName("an H2 database shared with other processes (AUTO_SERVER) is a CONFIGURATION error, nothing created")
        void refusesAnH2DatabaseSharedWithOtherProcesses() {
            String url = "jdbc:h2:file:" + directory.resolve("shared") + ";AUTO_SERVER=TRUE";

            JournalException error = catchThrowableOfType(JournalException.class, () -> create(Map.of("url", url)));

            assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
            assertThat(error.getMessage()).contains("AUTO_SERVER=TRUE");
            assertThat(directory).isEmptyDirectory();
        }

        @Test
        @DisplayName("a missing url is a CONFIGURATION error naming it")
        void refusesAMissingUrl() {
            JournalException error = catchThrowableOfType(JournalException.class,
                    () -> create(Map.of("user", "journal")));

            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
            assertThat(error.getMessage()).contains("'url'");
        }

        @Test
        @DisplayName("a URL no driver takes is a CONFIGURATION error naming it, its password masked")
        void refusesAUrlWithoutADriver() {
            JournalException error = catchThrowableOfType(JournalException.class,
                    () -> create(Map.of("url", "jdbc:oracle:thin:@db:1521/journal?password=s3cret")));

            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
            assertThat(error.getMessage()).contains("jdbc:oracle:thin:@db:1521/journal?password=***")
                    .doesNotContain("s3cret");
        }

        @Test
        @DisplayName("a database that cannot be reached is a STORAGE error that names the URL and hides the password")
        void reportsAnUnreachableDatabaseWithoutThePassword() throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            String url = "jdbc:postgresql://localhost:" + closedPort + "/journal?connectTimeout=5";

            JournalException error = catchThrowableOfType(JournalException.class,
                    () -> create(Map.of("url", url, "user", "journal", "password", "s3cret-пароль")));

            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.STORAGE);
            assertThat(error.getMessage()).contains(url, "journal").doesNotContain("s3cret");
        }

        @Test
        @DisplayName("an H2 URL gets WRITE_DELAY=0, so that each commit is written before the append returns")
        void makesH2WriteEachCommit() throws SQLException {
            String url = "jdbc:h2:file:" + directory.resolve("durable");
            try (EventStore store = create(url);
                    Connection connection = DriverManager.getConnection(url);
                    Statement statement = connection.createStatement();
                    ResultSet setting = statement.executeQuery(
                            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                assertThat(setting.next()).isTrue();
                assertThat(setting.getString(1)).isEqualTo("0");
            }
        }

        @Test
        @DisplayName("an H2 URL that delays writes is a CONFIGURATION error: acknowledged events would be lost")
        void refusesH2WithDelayedWrites() {
            JournalException error = catchThrowableOfType(JournalException.class,
                    () -> create("jdbc:h2:file:" + directory.resolve("delayed") + ";WRITE_DELAY=500"));

            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
            assertThat(error.getMessage()).contains("WRITE_DELAY", "500");
        }

        @Test
        @DisplayName("closing the store closes its pool; the store then refuses calls")
        void closingTheStoreClosesItsPool() {
            EventStore store = create("jdbc:h2:file:" + directory.resolve("closing"));
            store.append("school-1/journal", 0, SampleEvents.chain(1));

            store.close();
            store.close();

            IllegalStateException error = catchThrowableOfType(IllegalStateException.class,
                    () -> store.version("school-1/journal"));
            assertThat(error).isNotNull();
            assertThat(error.getMessage()).contains("closed");
        }

        private EventStore create(String url) {
            return create(Map.of("url", url));
        }

        private EventStore create(Map<String, String> settings) {
            return new JdbcEventStoreProvider().create(settings);
        }
    }
}
