package org.schooljournal.core.retention;

import java.util.List;
import org.schooljournal.core.school.SchoolEvent;

/** The event types of archiving and purging (ARC-1…ARC-3), for the codec. */
public final class RetentionEvents {

    /** Every event type of this package. */
    public static final List<Class<? extends SchoolEvent>> TYPES = List.of(
            JournalsArchived.class, SummarySheetArchived.class, JournalPurged.class);

    private RetentionEvents() {
    }
}
