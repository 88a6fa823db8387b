package org.schooljournal.core.identity;

import org.schooljournal.core.log.EventFamily;

/**
 * An event of a school's sign-in stream of a day (ACC-6, PD-3, PD-4): a sign-in, granted or
 * refused. Its stored name is explicit and never changes with its class (DESIGN.md, principle 10;
 * docs/event-log.md).
 */
sealed interface SignInEvent permits SignInAttempted {

    /** The stored types, and how each changes a day's sign-ins. */
    EventFamily<SignInDay, SignInEvent> FAMILY = EventFamily.<SignInDay, SignInEvent>of(SignInEvent.class)
            .type("SignInAttempted", SignInAttempted.class, SignInAttempted::applyTo)
            .build();
}
