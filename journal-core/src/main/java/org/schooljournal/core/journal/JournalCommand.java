package org.schooljournal.core.journal;

/**
 * A command to one journal: a record whose fields carry Jakarta Validation constraints, checked
 * before anything happens; then the actor's right to the journal is checked (ACC-2, LES-5,
 * {@link org.schooljournal.core.access.JournalRights}) with the period's lock (MRK-9), and the
 * events that record it are decided on the school's and the journal's current state, or it is
 * refused. Deciding has no effect; the engine appends the events to the journal's stream. Execute
 * it with {@code JournalEngine.execute(actor, command)}.
 *
 * <p>Identifiers (the school, a student, a teacher) are strings; what they refer to together is a
 * value: the journal a {@link JournalKey}, a lesson a {@link LessonRef}, an entry an
 * {@link EntryRef}, a study period a {@link PeriodRef}, a mark a {@link Mark}.
 */
public sealed interface JournalCommand
        permits RecordAbsence, RecordRollCall, RecordMark, CorrectEntry, SetPeriodMark, RecordTopic, AssignHomework, AddTeacherNote,
        MakeRemark, MessageGuardians, RecordExamResult, ExcludeMarkFromAverage, DeferPeriodMark, SetGradingSystem,
        RecordSubstitution, RescheduleLesson {

    /** Returns the school. */
    String schoolId();

    /** Returns the journal: the class or group and the subject. */
    JournalKey journal();
}
