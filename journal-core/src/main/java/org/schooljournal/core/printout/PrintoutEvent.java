package org.schooljournal.core.printout;

import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.school.SchoolEvent;

/**
 * An event of the school's printouts for the paper archive (ARC-1, ARC-2). Each type's stored name
 * is explicit and never changes with its class (DESIGN.md, principle 10; docs/event-log.md).
 */
sealed interface PrintoutEvent extends SchoolEvent permits PrintoutRecorded {

    /** The stored types, and how each changes the part. */
    EventFamily<Printouts, PrintoutEvent> FAMILY = EventFamily.<Printouts, PrintoutEvent>of(PrintoutEvent.class)
            .type("PrintoutRecorded", PrintoutRecorded.class, PrintoutRecorded::applyTo)
            .build();
}
