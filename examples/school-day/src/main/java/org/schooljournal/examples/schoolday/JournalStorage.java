package org.schooljournal.examples.schoolday;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.JournalEngine;

/**
 * Where the example keeps the school's log: an embedded H2 database in a data folder, kept from
 * run to run, or memory, lost when the run ends. The storage adapter is chosen by its provider id,
 * as a host application would choose it; the example's code never names an adapter's class.
 *
 * <p>The data folder is {@value #DEFAULT_FOLDER} in the working directory unless the system
 * property {@value #FOLDER_PROPERTY} names another; the example's pom sets that property for
 * {@code exec:java} to the example's own folder, outside {@code target/}, so that
 * {@code mvn clean} keeps the data. This class is immutable and thread-safe.
 */
final class JournalStorage {

    /** The system property naming the data folder. */
    static final String FOLDER_PROPERTY = "schooljournal.example.data";
    /** The data folder when the property is not set, relative to the working directory. */
    static final String DEFAULT_FOLDER = "school-journal-data";
    /** The database's name in the folder; H2 keeps it in {@code journal.mv.db}. */
    static final String DATABASE = "journal";

    private static final String JDBC_PROVIDER = "jdbc";
    private static final String MEMORY_PROVIDER = "memory";
    private static final String H2_FILE_SUFFIX = ".mv.db";

    private final Optional<Path> folder;
    private final Optional<String> database;

    private JournalStorage(Optional<Path> folder, Optional<String> database) {
        this.folder = folder;
        this.database = database;
    }

    /** Returns the storage in memory, empty at every run. */
    static JournalStorage memory() {
        return new JournalStorage(Optional.empty(), Optional.empty());
    }

    /** Returns the storage in an H2 database in the folder, which is created when first used. */
    static JournalStorage in(Path folder) {
        return new JournalStorage(Optional.of(folder.toAbsolutePath().normalize()), Optional.empty());
    }

    /**
     * Returns the storage in an H2 database held in memory under the name, as long as the process
     * runs ({@code jdbc:h2:mem:<name>}): the durable store on the embedded database, fresh at
     * every start.
     */
    static JournalStorage h2InMemory(String name) {
        return new JournalStorage(Optional.empty(), Optional.of("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"));
    }

    /** Returns the folder named by {@value #FOLDER_PROPERTY}, or {@value #DEFAULT_FOLDER} in the working directory. */
    static Path defaultFolder() {
        return Path.of(Objects.requireNonNullElse(System.getProperty(FOLDER_PROPERTY), DEFAULT_FOLDER));
    }

    /** Returns whether the log is kept in memory. */
    boolean inMemory() {
        return folder.isEmpty() && database.isEmpty();
    }

    /** Returns the data folder; empty in memory. */
    Optional<Path> folder() {
        return folder;
    }

    /** Returns the database's file, {@code <folder>/journal.mv.db}; empty in memory. */
    Optional<Path> databaseFile() {
        return folder.map(f -> f.resolve(DATABASE + H2_FILE_SUFFIX));
    }

    /** Returns whether the database's file exists; false in memory. */
    boolean exists() {
        return databaseFile().filter(Files::isRegularFile).isPresent();
    }

    /**
     * Returns the JDBC URL of the database, {@code jdbc:h2:file:<folder>/journal} or the in-memory
     * H2 database's; empty in the engine's memory store.
     */
    Optional<String> url() {
        return folder.map(f -> "jdbc:h2:file:" + f.resolve(DATABASE)).or(() -> database);
    }

    /** Builds an engine on this storage, with the clock; closing the engine closes the store. */
    JournalEngine open(Clock clock) {
        JournalEngine.Builder builder = JournalEngine.builder().clock(clock);
        url().ifPresentOrElse(
                url -> builder.storageProvider(JDBC_PROVIDER, Map.of("url", url)),
                () -> builder.storageProvider(MEMORY_PROVIDER, Map.of()));
        return builder.build();
    }

    @Override
    public String toString() {
        return databaseFile().map(Path::toString).or(() -> database).orElse("memory");
    }
}
