package org.schooljournal.adapter.email;

/**
 * How the connection to the SMTP server is protected (setting {@code smtp.tls}). Guardians'
 * personal data crosses it (PD-1), so STARTTLS, required, is the default.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SmtpSecurity {
    /** Plain connection upgraded with STARTTLS, which the server must offer; default port 587. */
    STARTTLS(587),
    /** TLS from the first byte (SMTPS); default port 465. */
    SSL(465),
    /** No encryption: only for a server on the same host or a test server; default port 25. */
    NONE(25);

    private final int defaultPort;

    SmtpSecurity(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** Returns the port used when {@code smtp.port} is not set. */
    public int defaultPort() {
        return defaultPort;
    }
}
