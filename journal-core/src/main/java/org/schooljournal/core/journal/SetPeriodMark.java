package org.schooljournal.core.journal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.school.SchoolId;
import org.schooljournal.core.validation.InvalidCommandException;
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
 * @param holderCode the class or group
 * @param subjectCode the subject
 * @param period the period, such as {@code QUARTER-1} or {@code YEAR-1}
 * @param studentId the student
 * @param mark the mark as written: «4», «зач», «осв», «н/а», «безотм»
 */
public record SetPeriodMark(
        @NotNull @Pattern(regexp = SchoolId.PATTERN) String schoolId,
        @NotBlank String holderCode,
        @NotBlank String subjectCode,
        @NotBlank String period,
        @NotBlank String studentId,
        @NotBlank String mark) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState journal) {
        JournalScope scope = JournalScope.of(context, journal(), this);
        StudyPeriod studyPeriod = scope.period(period).orElseThrow(() -> InvalidCommandException.of(this, "period",
                period, "is not a study period of journal " + journal.key() + "; its periods are "
                        + scope.periods().stream().map(JournalScope::nameOf).toList()));
        boolean deferred = journal.deferral(studentId, period).isPresent();
        JournalGate.requireRecord(context, scope, journal, Optional.empty(),
                deferred ? Optional.empty() : Optional.of(period), this);
        if (!scope.hasStudent(studentId, studyPeriod.lastDay())) {
            throw InvalidCommandException.of(this, "studentId", studentId, "is not a student of journal "
                    + journal.key() + " at the end of " + period);
        }
        if (!(journal.grading().allows(mark) || SpecialMark.ofCode(mark).isPresent())) {
            throw InvalidCommandException.of(this, "mark", mark, "is neither a mark of the grading system "
                    + journal.grading() + " " + journal.grading().marks() + " nor «осв», «н/а», «безотм» (MRK-7)");
        }
        PeriodCompleteness.periodMark(journal, period, studentId).ifPresent(existing -> {
            throw InvalidCommandException.of(this, "studentId", studentId, "already has the " + period + " mark «"
                    + existing.current().value() + "» as entry " + existing.number()
                    + "; change it with CorrectEntry and a reason (MRK-10)");
        });
        SchoolCalendar calendar = scope.calendar(this);
        Optional<LessonTime> lastLesson = scope.lessons(journal, studyPeriod.firstDay(), studyPeriod.lastDay(), calendar)
                .stream().reduce((first, second) -> second)
                .map(l -> calendar.lesson(scope.classCodes().get(0), l.date(), l.slot()));
        EntryTiming timing = deferred
                ? Timing.judgeDeferred(context, journal.deferral(studentId, period).orElseThrow(), calendar)
                : Timing.judge(context, new Entry.PeriodMarks(studyPeriod, lastLesson), this);
        List<JournalEvent> events = new ArrayList<>();
        EntryRecorded recorded = new EntryRecorded(journal.nextNumber(), EntryKind.PERIOD_MARK, Optional.empty(),
                Optional.of(studentId), Optional.of(period), Map.of(), mark, context.actor().personId(),
                context.now(), Optional.of(timing));
        events.add(recorded);
        if (!journal.closed(period) && PeriodCompleteness.of(scope, recorded.applyTo(journal), studyPeriod).complete()) {
            events.add(new PeriodClosed(period));
        }
        return events;
    }
}
