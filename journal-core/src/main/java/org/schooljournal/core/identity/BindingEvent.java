package org.schooljournal.core.identity;

import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.school.SchoolEvent;

/**
 * An event of the subjects' bindings in the school's stream (PD-3): a subject bound to a person,
 * or unbound. Each type's stored name is explicit and never changes with its class (DESIGN.md,
 * principle 10; docs/event-log.md).
 */
sealed interface BindingEvent extends SchoolEvent permits SubjectBound, SubjectUnbound {

    /** The stored types, and how each changes the bindings. */
    EventFamily<SubjectBindings, BindingEvent> FAMILY = EventFamily
            .<SubjectBindings, BindingEvent>of(BindingEvent.class)
            .type("SubjectBound", SubjectBound.class, SubjectBound::applyTo)
            .type("SubjectUnbound", SubjectUnbound.class, SubjectUnbound::applyTo)
            .build();
}
