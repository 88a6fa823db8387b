package org.schooljournal.core.journal;

import org.schooljournal.core.log.EventFamily;

/**
 * An event of a journal's stream: an immutable fact, recorded once and never changed (DESIGN.md,
 * principle 1) — an entry and its corrections, substitutions and reschedules, the grading system,
 * deferrals, closed periods, marks excluded from the average, and the guardians' notifications
 * the entries caused with their delivery, and the entries a technical failure declared later excused. Each type's stored name is explicit and never changes
 * with its class (principle 10; docs/event-log.md).
 */
sealed interface JournalEvent
        permits EntryRecorded, EntryCorrected, SubstitutionRecorded, LessonRescheduled, GradingSystemSet,
        PeriodMarkDeferred, PeriodClosed, MarkExcluded, NotificationQueued, NotificationAttempted, EntryRejudged,
        NotificationClaimed {

    /** The stored types, and how each changes a journal. */
    EventFamily<JournalState, JournalEvent> FAMILY = EventFamily.<JournalState, JournalEvent>of(JournalEvent.class)
            .type("EntryRecorded", EntryRecorded.class, EntryRecorded::applyTo)
            .type("EntryCorrected", EntryCorrected.class, EntryCorrected::applyTo)
            .type("SubstitutionRecorded", SubstitutionRecorded.class, SubstitutionRecorded::applyTo)
            .type("LessonRescheduled", LessonRescheduled.class, LessonRescheduled::applyTo)
            .type("GradingSystemSet", GradingSystemSet.class, GradingSystemSet::applyTo)
            .type("PeriodMarkDeferred", PeriodMarkDeferred.class, PeriodMarkDeferred::applyTo)
            .type("PeriodClosed", PeriodClosed.class, PeriodClosed::applyTo)
            .type("MarkExcluded", MarkExcluded.class, MarkExcluded::applyTo)
            .type("NotificationQueued", NotificationQueued.class, NotificationQueued::applyTo)
            .type("NotificationAttempted", NotificationAttempted.class, NotificationAttempted::applyTo)
            .type("EntryRejudged", EntryRejudged.class, EntryRejudged::applyTo)
            .type("NotificationClaimed", NotificationClaimed.class, NotificationClaimed::applyTo)
            .build();
}
