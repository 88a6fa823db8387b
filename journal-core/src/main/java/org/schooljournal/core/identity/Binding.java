package org.schooljournal.core.identity;

import java.time.Instant;
import java.util.Objects;
import org.schooljournal.spi.identity.Subject;

/**
 * A subject of an identity provider bound to a person of the school (PD-3, ACC-6): who bound it,
 * and when. Signing in as the subject acts as the person.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param issuer the identity provider's issuer identifier
 * @param subjectId the subject's identifier there
 * @param personId the person of the school
 * @param boundBy who bound it: the administration or the system administrator
 * @param boundAt when
 */
public record Binding(String issuer, String subjectId, String personId, String boundBy, Instant boundAt) {

    /** Checks the parts are given. */
    public Binding {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(boundBy, "boundBy");
        Objects.requireNonNull(boundAt, "boundAt");
    }

    /** Returns the subject bound. */
    public Subject subject() {
        return Subject.of(issuer, subjectId);
    }
}
