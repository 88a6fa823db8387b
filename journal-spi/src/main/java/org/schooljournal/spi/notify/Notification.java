package org.schooljournal.spi.notify;

import java.util.Objects;

/**
 * One message to one address of one channel: what a guardian is told (ATT-5, NTF-1…NTF-4), with
 * the idempotency key that names it. The subject and body are plain UTF-8 text, in Russian when a
 * guardian reads them (DESIGN.md, principle 7); the address is the channel's own, such as an
 * e-mail address for the e-mail channel.
 *
 * <p>The key is chosen by the sender (the outbox of journal-core) and stays the same for every
 * attempt at one notification, so that a channel and the servers behind it can recognise a repeat.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param idempotencyKey names this notification across attempts; 1 to {@value #MAX_KEY_LENGTH}
 *     characters, not blank, no control characters
 * @param address where the channel delivers it; not blank, no control characters
 * @param subject the one-line subject; not blank, no line breaks or other control characters
 * @param body the plain-text body; not blank; line breaks allowed
 */
public record Notification(String idempotencyKey, String address, String subject, String body) {

    /** The longest idempotency key accepted, in characters. */
    public static final int MAX_KEY_LENGTH = 200;

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null, naming it
     * @throws IllegalArgumentException if a part is blank, too long or holds a forbidden
     *     character, naming the part, the value and the rule
     */
    public Notification {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        requireNotBlank("idempotencyKey", idempotencyKey);
        if (idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("idempotencyKey '" + idempotencyKey + "' has "
                    + idempotencyKey.length() + " characters; at most " + MAX_KEY_LENGTH + " are allowed");
        }
        requireNoControlCharacters("idempotencyKey", idempotencyKey);
        requireNotBlank("address", address);
        requireNoControlCharacters("address", address);
        requireNotBlank("subject", subject);
        requireNoControlCharacters("subject", subject);
        requireNotBlank("body", body);
    }

    /** Returns the same notification to another address, keeping the key. */
    public Notification withAddress(String otherAddress) {
        return new Notification(idempotencyKey, otherAddress, subject, body);
    }

    private static void requireNotBlank(String part, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(part + " '" + value + "' is blank; it must have text");
        }
    }

    private static void requireNoControlCharacters(String part, String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(part + " '" + value.replaceAll("\\p{Cntrl}", "?")
                    + "' holds a line break or another control character, which a one-line " + part
                    + " must not (it could inject a header)");
        }
    }
}
