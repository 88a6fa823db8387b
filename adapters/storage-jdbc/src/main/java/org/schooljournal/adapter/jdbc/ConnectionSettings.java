package org.schooljournal.adapter.jdbc;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventStoreProvider;

/**
 * The settings of the JDBC storage provider, read from the map the engine passes on: {@code url}
 * (required), {@code user}, {@code password} and {@code poolSize}. The password never appears in
 * {@link #toString()} or in a message, and secrets written into a URL are masked wherever the URL
 * is shown ({@link #withoutSecrets(String)}).
 *
 * <p>This class is immutable and thread-safe.
 */
final class ConnectionSettings {

    /** The JDBC URL: {@code jdbc:postgresql://host/journal} or {@code jdbc:h2:file:/var/lib/journal/journal}. */
    static final String URL = "url";
    /** The database user; the driver's default (or the URL's) when absent. */
    static final String USER = "user";
    /** The database user's password; never shown. */
    static final String PASSWORD = "password";
    /** The most connections the pool opens, a whole number from 1; {@value #DEFAULT_POOL_SIZE} when absent. */
    static final String POOL_SIZE = "poolSize";

    /** Whether the store migrates its schema, {@code true} or {@code false}; {@code true} when absent. */
    static final String MIGRATE = "migrate";

    /** The pool size when none is given: enough for a region's server on two to eight cores. */
    static final int DEFAULT_POOL_SIZE = 8;

    private static final Set<String> KNOWN = Set.of(URL, USER, PASSWORD, POOL_SIZE, MIGRATE);
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)((?:password|passwd|pwd|sslpassword|secret|token)\\s*=)[^&;]*");
    private static final Pattern USER_INFO_SECRET = Pattern.compile("(//[^/:@?;]*:)[^/@?;]*@");

    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private final int poolSize;
    private final boolean migrate;

    private ConnectionSettings(String url, Optional<String> user, Optional<String> password, int poolSize,
            boolean migrate) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.poolSize = poolSize;
        this.migrate = migrate;
    }

    /**
     * Reads the settings.
     *
     * @param settings the provider's settings
     * @return the settings
     * @throws JournalException with code CONFIGURATION if a setting is unknown, {@code url} is
     *     missing or blank, {@code poolSize} is not a whole number from 1, or {@code migrate} is
     *     neither true nor false, naming the setting
     */
    static ConnectionSettings parse(Map<String, String> settings) {
        Objects.requireNonNull(settings, "settings");
        Set<String> unknown = new TreeSet<>(settings.keySet());
        unknown.removeAll(KNOWN);
        if (!unknown.isEmpty()) {
            throw configuration("does not know the setting(s) " + unknown + "; its settings are "
                    + new TreeSet<>(KNOWN));
        }
        String url = settings.get(URL) == null ? null : settings.get(URL).strip();
        if (url == null || url.isEmpty()) {
            throw configuration("needs the setting '" + URL + "', a JDBC URL such as "
                    + "jdbc:postgresql://localhost:5432/journal or jdbc:h2:file:/var/lib/journal/journal");
        }
        if (!url.startsWith("jdbc:")) {
            throw configuration("needs in '" + URL + "' a JDBC URL starting with jdbc:, was " + withoutSecrets(url));
        }
        return new ConnectionSettings(url, Optional.ofNullable(settings.get(USER)),
                Optional.ofNullable(settings.get(PASSWORD)), poolSize(settings.get(POOL_SIZE)),
                migrate(settings.get(MIGRATE)));
    }

    private static boolean migrate(String value) {
        if (value == null) {
            return true;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw configuration("needs in '" + MIGRATE + "' true or false, was '" + value + "'");
        };
    }

    private static int poolSize(String value) {
        if (value == null) {
            return DEFAULT_POOL_SIZE;
        }
        try {
            int size = Integer.parseInt(value.strip());
            if (size >= 1) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw configuration("needs in '" + POOL_SIZE + "' a whole number from 1, was '" + value + "'");
    }

    private static JournalException configuration(String message) {
        return new JournalException(ErrorCode.CONFIGURATION, "the " + EventStoreProvider.PORT + " provider '"
                + JdbcEventStoreProvider.ID + "' " + message);
    }

    /**
     * Returns the URL with the values of secret parameters ({@code password=…}, {@code pwd=…} and
     * the like) and the password of a {@code //user:password@host} part masked, for messages.
     */
    static String withoutSecrets(String url) {
        String masked = SECRET_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO_SECRET.matcher(masked).replaceAll("$1***@");
    }

    /** Returns the JDBC URL, secrets included: for the pool only, never for a message. */
    String url() {
        return url;
    }

    Optional<String> user() {
        return user;
    }

    /** Returns the password: for the pool only, never for a message. */
    Optional<String> password() {
        return password;
    }

    int poolSize() {
        return poolSize;
    }

    /** Returns whether the store migrates its schema. */
    boolean migrate() {
        return migrate;
    }

    /** Returns whether the URL names an H2 database. */
    boolean isH2() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    }

    /** Shows the settings without the password and with the URL's secrets masked. */
    @Override
    public String toString() {
        return "ConnectionSettings[url=" + withoutSecrets(url) + ", user=" + user.orElse("(default)")
                + ", password=" + (password.isPresent() ? "***" : "(none)") + ", poolSize=" + poolSize + "]";
    }
}
