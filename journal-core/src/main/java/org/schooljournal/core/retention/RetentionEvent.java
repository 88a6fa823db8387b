package org.schooljournal.core.retention;

import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.school.SchoolEvent;

/**
 * An event of the school's archive records: the journals and summary sheets archived at the end of a year, and the journals purged at the end of their retention (ARC-1…ARC-3). Each type's stored name is explicit and never changes with its class
 * (DESIGN.md, principle 10; docs/event-log.md).
 */
sealed interface RetentionEvent extends SchoolEvent
        permits JournalsArchived, SummarySheetArchived, JournalPurged {

    /** The stored types, and how each changes the part. */
    EventFamily<ArchiveRecords, RetentionEvent> FAMILY = EventFamily.<ArchiveRecords, RetentionEvent>of(RetentionEvent.class)
            .type("JournalsArchived", JournalsArchived.class, JournalsArchived::applyTo)
            .type("SummarySheetArchived", SummarySheetArchived.class, SummarySheetArchived::applyTo)
            .type("JournalPurged", JournalPurged.class, JournalPurged::applyTo)
            .build();
}
