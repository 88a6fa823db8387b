package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * Sets a student's period or year mark, or a special mark «осв», «н/а», «безотм» (MRK-7), within
 * the rule's window: the last week of the period, after the subject's last lesson in it. A mark
 * before the window is refused; a late one is recorded and flagged (or refused, by the rule set).
 * When the last student's mark is set, the period closes (MRK-9): the subject teacher can no
 * longer change it, only the administration may correct it. A student whose mark was deferred
 * (MRK-8) gets it from the subject teacher after the close too.
 *
 * @param schoolId the school
 * @param journal the class or group and the subject
 * @param period the period, such as the first quarter or the year
 * @param studentId the student
 * @param mark the mark: one of the grading system, such as «4» or «зач», or «осв», «н/а», «безотм»
 */
public record SetPeriodMark(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid JournalKey journal,
        @NotNull PeriodRef period,
        @NotNull @PersonId String studentId,
        @NotNull Mark mark) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        JournalScope scope = JournalScope.of(context, journal, this);
        StudyPeriod studyPeriod = scope.period(period).orElseThrow(() -> InvalidCommandException.of(this, "period",
                period, "is not a study period of journal " + journal + "; its periods are "
                        + scope.periods().stream().map(PeriodRef::of).toList()));
        Optional<Deferral> deferral = state.deferral(studentId, period);
        JournalGate.requireRecord(context, scope, state, Optional.empty(),
                deferral.isPresent() ? Optional.empty() : Optional.of(period), this);
        if (!scope.hasStudent(studentId, studyPeriod.lastDay())) {
            throw InvalidCommandException.of(this, "studentId", studentId, "is not a student of journal "
                    + journal + " at the end of " + period);
        }
        if (!(state.grading().allows(mark.value()) || SpecialMark.ofCode(mark.value()).isPresent())) {
            throw InvalidCommandException.of(this, "mark", mark, "is neither a mark of the grading system "
                    + state.grading() + " " + state.grading().marks() + " nor «осв», «н/а», «безотм» (MRK-7)");
        }
        PeriodCompleteness.periodMark(state, period, studentId).ifPresent(existing -> {
            throw InvalidCommandException.of(this, "studentId", studentId, "already has the " + period + " mark «"
                    + existing.current().value() + "» as entry " + existing.number()
                    + "; change it with CorrectEntry and a reason (MRK-10)");
        });
        SchoolCalendar calendar = scope.calendar(this);
        Optional<LessonTime> lastLesson = scope.lessons(state, studyPeriod.firstDay(), studyPeriod.lastDay(), calendar)
                .stream().reduce((first, second) -> second)
                .map(l -> calendar.lesson(scope.classCodes().get(0), l.date(), l.slot()));
        EntryTiming timing = deferral.isPresent()
                ? Timing.judgeDeferred(context, deferral.get(), calendar)
                : Timing.judge(context, new Entry.PeriodMarks(studyPeriod, lastLesson), this);
        List<JournalEvent> events = new ArrayList<>();
        EntryRecorded recorded = new EntryRecorded(state.nextNumber(), EntryKind.PERIOD_MARK, Optional.empty(),
                Optional.of(studentId), Optional.of(period.toString()), Map.of(), mark.value(),
                context.actor().personId(), context.now(), Optional.of(timing));
        events.add(recorded);
        if (!state.closed(period) && PeriodCompleteness.of(scope, recorded.applyTo(state), studyPeriod).complete()) {
            events.add(new PeriodClosed(period.toString()));
        }
        return events;
    }
}
