package org.schooljournal.spi.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in the provider's token proved (ACC-6): who (the subject), how strongly, and when the
 * provider authenticated them. Made only by a {@link SignInProvider} after every check of the
 * protocol passed; journal-core turns it into the bound person's {@code Actor} (PD-3).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param subject who signed in
 * @param assurance how strongly, in the provider's words: ЕСИА's level of the account, OpenID
 *     Connect's {@code acr}; empty when the provider states none
 * @param at when the provider authenticated the subject: OpenID Connect's {@code auth_time}, or the
 *     token's issue time when the provider gives no other
 */
public record VerifiedSignIn(Subject subject, String assurance, Instant at) {

    /**
     * Checks the parts are given.
     *
     * @throws IllegalArgumentException if the assurance is longer than 255 characters
     */
    public VerifiedSignIn {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(assurance, "assurance");
        Objects.requireNonNull(at, "at");
        if (assurance.length() > Subject.MAX_LENGTH) {
            throw new IllegalArgumentException("assurance of " + assurance.length() + " characters is longer than "
                    + Subject.MAX_LENGTH);
        }
    }
}
