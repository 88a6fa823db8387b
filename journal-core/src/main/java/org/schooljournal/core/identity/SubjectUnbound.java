package org.schooljournal.core.identity;

import java.time.Instant;
import org.schooljournal.spi.identity.Subject;

/**
 * A subject was unbound from a person of the school (PD-3): signing in as it acts as no one from
 * now, and the person may be bound to another subject of the issuer.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param issuer the identity provider's issuer identifier
 * @param subjectId the subject's identifier there
 * @param personId the person it was bound to
 * @param unboundBy who unbound it
 * @param unboundAt when
 * @param reason why, such as «учётная запись ЕСИА заменена»
 */
public record SubjectUnbound(String issuer, String subjectId, String personId, String unboundBy, Instant unboundAt,
        String reason) implements BindingEvent {

    SubjectBindings applyTo(SubjectBindings bindings) {
        return bindings.without(Subject.of(issuer, subjectId));
    }
}
