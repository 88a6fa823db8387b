package org.schooljournal.adapter.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * The settings of the e-mail channel, read from the map given to
 * {@link SmtpNotifierProvider#create(Map)}: {@code smtp.host} and {@code smtp.from} (required),
 * {@code smtp.port}, {@code smtp.user} with {@code smtp.password}, {@code smtp.tls}
 * ({@link SmtpSecurity}), {@code smtp.ssl-trust}, and the timeouts {@code smtp.connect-timeout-ms},
 * {@code smtp.read-timeout-ms}, {@code smtp.write-timeout-ms}. Unknown names are refused, so that a
 * misspelt setting is not silently ignored.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SmtpSettings {

    static final String HOST = "smtp.host";
    static final String PORT = "smtp.port";
    static final String USER = "smtp.user";
    static final String PASSWORD = "smtp.password";
    static final String FROM = "smtp.from";
    static final String TLS = "smtp.tls";
    static final String SSL_TRUST = "smtp.ssl-trust";
    static final String CONNECT_TIMEOUT = "smtp.connect-timeout-ms";
    static final String READ_TIMEOUT = "smtp.read-timeout-ms";
    static final String WRITE_TIMEOUT = "smtp.write-timeout-ms";

    private static final Set<String> KNOWN = Set.of(HOST, PORT, USER, PASSWORD, FROM, TLS, SSL_TRUST,
            CONNECT_TIMEOUT, READ_TIMEOUT, WRITE_TIMEOUT);

    private final String host;
    private final int port;
    private final Optional<String> user;
    private final String password;
    private final InternetAddress from;
    private final SmtpSecurity security;
    private final Optional<String> sslTrust;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private final int writeTimeoutMillis;

    private SmtpSettings(Map<String, String> settings) {
        Set<String> unknown = new TreeSet<>(settings.keySet());
        unknown.removeAll(KNOWN);
        if (!unknown.isEmpty()) {
            throw error("unknown settings " + unknown + "; the e-mail channel knows " + new TreeSet<>(KNOWN));
        }
        host = required(settings, HOST);
        security = parseSecurity(settings.getOrDefault(TLS, SmtpSecurity.STARTTLS.name()));
        port = settings.containsKey(PORT) ? number(settings, PORT, 1, 65_535) : security.defaultPort();
        user = Optional.ofNullable(settings.get(USER));
        password = settings.get(PASSWORD);
        if (user.isPresent() != (password != null)) {
            throw error("setting " + USER + " and setting " + PASSWORD + " go together; only "
                    + (user.isPresent() ? USER : PASSWORD) + " was given");
        }
        from = parseFrom(required(settings, FROM));
        sslTrust = Optional.ofNullable(settings.get(SSL_TRUST));
        connectTimeoutMillis = settings.containsKey(CONNECT_TIMEOUT) ? number(settings, CONNECT_TIMEOUT, 1, Integer.MAX_VALUE) : 10_000;
        readTimeoutMillis = settings.containsKey(READ_TIMEOUT) ? number(settings, READ_TIMEOUT, 1, Integer.MAX_VALUE) : 30_000;
        writeTimeoutMillis = settings.containsKey(WRITE_TIMEOUT) ? number(settings, WRITE_TIMEOUT, 1, Integer.MAX_VALUE) : 30_000;
    }

    /**
     * Reads the settings.
     *
     * @throws JournalException with code CONFIGURATION if a setting is missing, unknown or wrong,
     *     naming it, its value and the rule
     */
    static SmtpSettings of(Map<String, String> settings) {
        return new SmtpSettings(settings);
    }

    /** Returns the Jakarta Mail session properties of these settings. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", Integer.toString(connectTimeoutMillis));
        properties.put("mail.smtp.timeout", Integer.toString(readTimeoutMillis));
        properties.put("mail.smtp.writetimeout", Integer.toString(writeTimeoutMillis));
        properties.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
        switch (security) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        sslTrust.ifPresent(trust -> properties.put("mail.smtp.ssl.trust", trust));
        return properties;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    Optional<String> user() {
        return user;
    }

    String password() {
        return password;
    }

    InternetAddress from() {
        return from;
    }

    SmtpSecurity security() {
        return security;
    }

    /** Returns the domain of the sender's address, for Message-IDs. */
    String fromDomain() {
        String address = from.getAddress();
        return address.substring(address.lastIndexOf('@') + 1);
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security + ", from " + from.getAddress()
                + user.map(u -> ", user " + u).orElse("") + "]";
    }

    private static String required(Map<String, String> settings, String name) {
        String value = settings.get(name);
        if (value == null || value.isBlank()) {
            throw error("setting " + name + " is " + (value == null ? "missing" : "blank") + "; the e-mail channel needs it");
        }
        return value.strip();
    }

    private static int number(Map<String, String> settings, String name, int min, int max) {
        String value = settings.get(name);
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw error("setting " + name + " '" + value + "' is out of range; it must be " + min + " to " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw error("setting " + name + " '" + value + "' is not a whole number");
        }
    }

    private static SmtpSecurity parseSecurity(String value) {
        try {
            return SmtpSecurity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error("setting " + TLS + " '" + value + "' is not one of STARTTLS, SSL, NONE");
        }
    }

    private static InternetAddress parseFrom(String value) {
        try {
            InternetAddress address = new InternetAddress(value, true);
            if (!address.getAddress().contains("@")) {
                throw new AddressException("no domain", value);
            }
            return address;
        } catch (AddressException e) {
            throw error("setting " + FROM + " '" + value + "' is not an e-mail address: " + e.getMessage());
        }
    }

    private static JournalException error(String message) {
        return new JournalException(ErrorCode.CONFIGURATION, "the notify provider 'email': " + message);
    }
}
