package org.schooljournal.core.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.spi.identity.SignInRefusal;

/**
 * A sign-in through an identity provider, granted or refused (ACC-6, PD-3, PD-4): who — the
 * subject, when the provider verified one, and the person it is bound to, when it is —, how
 * strongly, when, and the outcome. Every attempt is recorded, in the school's sign-in stream of the
 * day, for the administration to read.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param issuer the identity provider's issuer identifier
 * @param subjectId the subject, if the provider verified one; none when its protocol refused
 * @param personId the person the subject is bound to, if any
 * @param assurance how strongly the provider authenticated the subject; empty if unknown
 * @param refusal why it was refused; none if granted
 * @param detail what failed, in English, at most {@value #MAX_DETAIL} characters; empty if granted
 * @param at when the engine recorded it
 */
public record SignInAttempted(String issuer, Optional<String> subjectId, Optional<String> personId, String assurance,
        Optional<SignInRefusal> refusal, String detail, Instant at) implements SignInEvent {

    /** The longest detail kept: a refusal's message is cut to it. */
    public static final int MAX_DETAIL = 1000;

    /** Checks the parts are given. */
    public SignInAttempted {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(assurance, "assurance");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(at, "at");
    }

    /** Returns whether the sign-in was granted. */
    public boolean granted() {
        return refusal.isEmpty();
    }

    /** Returns a refusal's message as it may be kept: one line, no control character, cut to {@value #MAX_DETAIL}. */
    static String detailOf(String message) {
        String line = message.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL - 1) + "…";
    }

    SignInDay applyTo(SignInDay day) {
        return day.with(this);
    }
}
