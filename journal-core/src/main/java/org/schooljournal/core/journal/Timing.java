package org.schooljournal.core.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.Verdict;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * Judges an entry against its rule at the instant of recording (journal-rules) and applies the
 * rule's enforcement: RECORD and WARN keep the verdict with the entry; REJECT refuses a late entry.
 * An entry before its window opens is refused whatever the enforcement: what belongs to a lesson
 * that has not begun (ATT-2, MRK-2…MRK-4, LES-2, LES-4, and teachers' notes), and a period mark
 * before the last week (MRK-7: a window, not a deadline).
 */
final class Timing {

    private Timing() {
    }

    /**
     * Returns the timing of the entry.
     *
     * @throws JournalException OUT_OF_TIME if the entry is refused
     */
    static EntryTiming judge(JournalContext context, Entry entry, Object command) {
        Verdict verdict = requireOpen(context, entry, command);
        if (verdict.isRejected()) {
            throw new JournalException(ErrorCode.OUT_OF_TIME, command.getClass().getSimpleName() + ": "
                    + verdict.rule().code() + " (" + verdict.reference() + ") closed at "
                    + verdict.limit().closesAtLocal().orElseThrow() + ", " + verdict.lateness()
                    + " ago, and the rule set refuses late entries (REJECT)");
        }
        return EntryTiming.of(verdict);
    }

    /**
     * Checks the entry's window has opened: what belongs to a lesson that has not begun (its
     * absences, marks, topic and homework, unless the rule set lets the last two be entered ahead)
     * and period marks before their window are refused whatever the enforcement.
     *
     * @return the verdict
     * @throws JournalException OUT_OF_TIME naming when the window opens, if it has not
     */
    static Verdict requireOpen(JournalContext context, Entry entry, Object command) {
        Verdict verdict = context.rules().judge(entry, context.now());
        if (verdict.timeliness() == Timeliness.TOO_EARLY) {
            throw new JournalException(ErrorCode.OUT_OF_TIME, command.getClass().getSimpleName() + ": too early, "
                    + verdict.rule().code() + " (" + verdict.reference() + ") opens at "
                    + verdict.limit().opensAtLocal().orElseThrow() + ", " + verdict.earliness() + " after now");
        }
        return verdict;
    }

    /**
     * Checks the lesson has begun, for what tells what happened in it and has no rule of its own
     * (a teacher's note, LES-7: lateness, behaviour).
     *
     * @throws JournalException OUT_OF_TIME naming when the lesson begins, if it has not
     */
    static void requireBegun(JournalContext context, LessonTime lesson, Object command) {
        SchoolCalendar calendar = context.rules().calendar();
        Instant start = calendar.instant(lesson.date(), lesson.start());
        if (context.now().isBefore(start)) {
            throw new JournalException(ErrorCode.OUT_OF_TIME, command.getClass().getSimpleName() + ": too early, the"
                    + " lesson begins at " + start.atZone(calendar.zone()) + ", " + Duration.between(context.now(), start)
                    + " after now; what happened in it is recorded from then on");
        }
    }

    /**
     * Returns the timing of a deferred period mark (MRK-8): due by the end of the deferral's due
     * date, late after it; recorded, never refused.
     */
    static EntryTiming judgeDeferred(JournalContext context, Deferral deferral, SchoolCalendar calendar) {
        Instant due = calendar.endOfDay(deferral.dueDate());
        boolean late = context.now().isAfter(due);
        return new EntryTiming(RuleId.MRK_7, Optional.empty(), Optional.of(due),
                late ? Timeliness.LATE : Timeliness.ON_TIME,
                late ? Duration.between(due, context.now()) : Duration.ZERO, false);
    }
}
