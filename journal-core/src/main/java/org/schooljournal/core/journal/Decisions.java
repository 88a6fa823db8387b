package org.schooljournal.core.journal;

import java.util.List;
import java.util.Map;

/**
 * How each journal command decides its events: every type the sealed {@link JournalCommand}
 * permits, listed once, checked against the list when first used.
 */
final class Decisions {

    /** How a command of one type decides. */
    @FunctionalInterface
    private interface Decide<C extends JournalCommand> {
        List<JournalEvent> decide(C command, JournalContext context, JournalState journal);
    }

    private static final Map<Class<?>, Decide<JournalCommand>> BY_TYPE = Map.ofEntries(
            entry(RecordAbsence.class, RecordAbsence::decide),
            entry(RecordRollCall.class, RecordRollCall::decide),
            entry(RecordMark.class, RecordMark::decide),
            entry(CorrectEntry.class, CorrectEntry::decide),
            entry(SetPeriodMark.class, SetPeriodMark::decide),
            entry(RecordTopic.class, RecordTopic::decide),
            entry(AssignHomework.class, AssignHomework::decide),
            entry(AddTeacherNote.class, AddTeacherNote::decide),
            entry(MakeRemark.class, MakeRemark::decide),
            entry(MessageGuardians.class, MessageGuardians::decide),
            entry(RecordExamResult.class, RecordExamResult::decide),
            entry(ExcludeMarkFromAverage.class, ExcludeMarkFromAverage::decide),
            entry(DeferPeriodMark.class, DeferPeriodMark::decide),
            entry(SetGradingSystem.class, SetGradingSystem::decide),
            entry(RecordSubstitution.class, RecordSubstitution::decide),
            entry(RescheduleLesson.class, RescheduleLesson::decide));

    static {
        for (Class<?> type : JournalCommand.class.getPermittedSubclasses()) {
            if (!BY_TYPE.containsKey(type)) {
                throw new IllegalStateException("no decision for " + type.getName());
            }
        }
    }

    private Decisions() {
    }

    /** Returns the events the command decides on the journal's state. */
    static List<JournalEvent> decide(JournalCommand command, JournalContext context, JournalState journal) {
        return BY_TYPE.get(command.getClass()).decide(command, context, journal);
    }

    private static <C extends JournalCommand> Map.Entry<Class<?>, Decide<JournalCommand>> entry(Class<C> type,
            Decide<C> decide) {
        return Map.entry(type, (command, context, journal) -> decide.decide(type.cast(command), context, journal));
    }
}
