package org.schooljournal.core.journal;

import java.util.List;

/** The event types of the journals (LES, ATT, MRK), for the codec. */
public final class JournalEvents {

    /** Every event type of this package. */
    public static final List<Class<? extends JournalEvent>> TYPES = List.of(
            EntryRecorded.class, EntryCorrected.class, SubstitutionRecorded.class, LessonRescheduled.class,
            GradingSystemSet.class, PeriodMarkDeferred.class, PeriodClosed.class, MarkExcluded.class,
            NotificationQueued.class, NotificationAttempted.class);

    private JournalEvents() {
    }
}
