package org.schooljournal.core.journal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.school.SchoolId;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.core.programme.Programme;

/**
 * Records a current mark (MRK-1) for a work of a lesson, with its weight. Its deadline follows the
 * work (MRK-2 the school day, MRK-3 a control work's 3 days, MRK-4 a written work's week); a written
 * or control work's marks sit on the work's lesson (MRK-5), and a control work must be in the
 * control-work schedule (YR-10). A mark for a student absent for illness or a valid reason is a
 * make-up (MRK-6): the absence stays and the mark is marked so, with no lesson deadline. Guardians
 * on immediate e-mail get «Новая отметка» with it (NTF-3); the others read it in their digest.
 *
 * @param schoolId the school
 * @param holderCode the class or group
 * @param subjectCode the subject
 * @param date the lesson's date (the work's, for a written or control work)
 * @param slot the lesson's slot
 * @param studentId the student
 * @param mark the mark as written: «5», «зач», as the journal's grading system allows
 * @param work the kind of work
 * @param weight the mark's weight in the average, 1 to 10
 * @param comment the teacher's comment, shown in the diary; empty if none
 */
public record RecordMark(
        @NotNull @Pattern(regexp = SchoolId.PATTERN) String schoolId,
        @NotBlank String holderCode,
        @NotBlank String subjectCode,
        @NotNull LocalDate date,
        @PositiveOrZero int slot,
        @NotBlank String studentId,
        @NotBlank String mark,
        @NotNull WorkKind work,
        @Min(1) @Max(10) int weight,
        @NotNull Optional<@Pattern(regexp = NewEntry.NOT_BLANK, message = "must not be blank") String> comment) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState journal) {
        NewEntry.Lesson target = NewEntry.lesson(context, journal, journal(), date, slot, this);
        JournalScope scope = target.scope();
        LessonRef lesson = target.lesson();
        LessonTime time = target.time();
        NewEntry.requireStudent(scope, lesson, studentId, this);
        if (!journal.grading().allows(mark)) {
            throw InvalidCommandException.of(this, "mark", mark, "is not a mark of the journal's grading system "
                    + journal.grading() + " (MRK-1), which allows " + journal.grading().marks());
        }
        boolean sameWork = journal.entries(e -> e.kind() == EntryKind.MARK && e.present()
                && e.lesson().equals(Optional.of(lesson)) && e.studentId().equals(Optional.of(studentId))
                && e.detail("work").equals(Optional.of(work.name()))).size() > 0;
        if (sameWork) {
            throw InvalidCommandException.of(this, "work", work, "already has a mark of student " + studentId
                    + " in lesson " + lesson + "; change it with CorrectEntry and a reason (MRK-10)");
        }
        Optional<String> absence = journal.presentEntry(EntryKind.ATTENDANCE, lesson, Optional.of(studentId))
                .map(e -> e.current().value());
        if (absence.equals(Optional.of(AbsenceCode.UNEXCUSED.code()))) {
            throw InvalidCommandException.of(this, "studentId", studentId, "was absent from lesson " + lesson
                    + " without a valid reason («н»); a make-up mark (MRK-6) needs «б» or «ну»");
        }
        if (work == WorkKind.CONTROL_WORK && Programme.of(context.school()).controlWorksOf(holderCode).stream()
                .noneMatch(w -> w.subjectCode().equals(subjectCode) && w.date().equals(date))) {
            throw InvalidCommandException.of(this, "date", date, "has no control work of " + subjectCode
                    + " for " + holderCode + " in the control-work schedule (YR-10)");
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("work", work.name());
        details.put("weight", String.valueOf(weight));
        comment.ifPresent(c -> details.put("comment", c.strip()));
        Optional<EntryTiming> timing;
        if (absence.isPresent()) {
            details.put("makeUp", absence.get());
            timing = Optional.empty();
        } else {
            timing = Optional.of(Timing.judge(context, deadline(time), this));
        }
        List<JournalEvent> events = new ArrayList<>(NewEntry.of(context, journal, EntryKind.MARK, lesson,
                Optional.of(studentId), details, mark, timing));
        events.addAll(JournalNotices.marked(context, journal(), lesson, studentId, journal.nextNumber(), mark, work));
        return events;
    }

    private Entry deadline(LessonTime time) {
        return switch (work.deadline()) {
            case MRK_3 -> new Entry.ControlWorkMarks(time.classCode(), date);
            case MRK_4 -> new Entry.WrittenWorkMarks(time.classCode(), date);
            default -> new Entry.LessonMarks(time);
        };
    }
}
