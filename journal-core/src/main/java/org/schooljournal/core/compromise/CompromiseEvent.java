package org.schooljournal.core.compromise;

import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.school.SchoolEvent;

/**
 * An event of the compromise records in the school's stream (PD-4): a report, a drawing up of the
 * act with the operations it invalidates, a restored account. Together they are the act (Акт о
 * фиксации нарушения конфиденциальности). Each type's stored name is explicit and never changes
 * with its class (DESIGN.md, principle 10; docs/event-log.md).
 */
sealed interface CompromiseEvent extends SchoolEvent permits CompromiseReported, OperationsInvalidated, AccountRestored {

    /** The stored types, and how each changes the records. */
    EventFamily<CompromiseRecords, CompromiseEvent> FAMILY = EventFamily
            .<CompromiseRecords, CompromiseEvent>of(CompromiseEvent.class)
            .type("CompromiseReported", CompromiseReported.class, CompromiseReported::applyTo)
            .type("OperationsInvalidated", OperationsInvalidated.class, OperationsInvalidated::applyTo)
            .type("AccountRestored", AccountRestored.class, AccountRestored::applyTo)
            .build();
}
