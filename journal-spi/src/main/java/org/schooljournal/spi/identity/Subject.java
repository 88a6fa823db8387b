package org.schooljournal.spi.identity;

import java.util.Objects;

/**
 * Who an identity provider says signed in (ACC-6): the provider, by its issuer identifier (an
 * OpenID Connect issuer URL, or ЕСИА's issuer), and the subject's identifier there, which the
 * provider never reassigns (OpenID Connect's {@code sub}, ЕСИА's {@code urn:esia:sbj_id}). A
 * subject is bound to at most one person of a school (PD-3).
 *
 * <p>Both parts are 1 to {@value #MAX_LENGTH} visible ASCII characters (U+0021…U+007E), as
 * OpenID Connect limits {@code sub}: nothing a log, a URL or a printout could misread.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param issuer the identity provider's issuer identifier, such as {@code https://esia.gosuslugi.ru/}
 * @param id the subject's identifier at that provider
 */
public record Subject(String issuer, String id) {

    /** The longest issuer or identifier accepted. */
    public static final int MAX_LENGTH = 255;

    /**
     * Checks both parts.
     *
     * @throws IllegalArgumentException naming the part, its value and the rule, if one is empty,
     *     longer than {@value #MAX_LENGTH} characters or holds a character outside U+0021…U+007E
     */
    public Subject {
        check("issuer", issuer);
        check("id", id);
    }

    /** Returns the subject of that identifier at that issuer. */
    public static Subject of(String issuer, String id) {
        return new Subject(issuer, id);
    }

    private static void check(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isEmpty() || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
            throw new IllegalArgumentException("subject " + field + " '" + shown + "' (" + value.length()
                    + " characters) must be 1 to " + MAX_LENGTH + " visible ASCII characters, U+0021…U+007E");
        }
    }

    @Override
    public String toString() {
        return id + " at " + issuer;
    }
}
