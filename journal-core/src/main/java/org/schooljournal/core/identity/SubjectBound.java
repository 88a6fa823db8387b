package org.schooljournal.core.identity;

import java.time.Instant;

/**
 * A subject of an identity provider was bound to a person of the school (PD-3, ACC-6).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param issuer the identity provider's issuer identifier
 * @param subjectId the subject's identifier there
 * @param personId the person
 * @param boundBy who bound it
 * @param boundAt when
 */
public record SubjectBound(String issuer, String subjectId, String personId, String boundBy, Instant boundAt)
        implements BindingEvent {

    SubjectBindings applyTo(SubjectBindings bindings) {
        return bindings.with(new Binding(issuer, subjectId, personId, boundBy, boundAt));
    }
}
