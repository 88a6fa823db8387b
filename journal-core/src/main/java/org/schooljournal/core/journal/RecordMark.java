package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.calendar.LessonTime;

/**
 * Records a current mark (MRK-1) for a work of a lesson, with its weight. A lesson that has not
 * begun has no marks: they are refused before its start (OUT_OF_TIME). Its deadline follows the
 * work (MRK-2 the school day, MRK-3 a control work's 3 days, MRK-4 a written work's week); a written
 * or control work's marks sit on the work's lesson (MRK-5), and a control work must be in the
 * control-work schedule (YR-10). A mark for a student absent for illness or a valid reason is a
 * make-up (MRK-6): the absence stays and the mark is marked so, with no lesson deadline. Guardians
 * on immediate e-mail get «Новая отметка» with it (NTF-3); the others read it in their digest.
 *
 * <pre>{@code
 * JournalKey maths = new JournalKey("5А", "math");
 * engine.execute(teacher, RecordMark.of(schoolId, maths, new LessonRef(monday, 1), "s-1", Mark.of("5"), WorkKind.ORAL)
 *         .withWeight(2).withComment("у доски"));
 * }</pre>
 *
 * @param schoolId the school
 * @param journal the class or group and the subject
 * @param lesson the lesson (the work's, for a written or control work)
 * @param studentId the student
 * @param mark the mark, as the journal's grading system allows
 * @param work the kind of work
 * @param weight the mark's weight in the average, 1 to 10
 * @param comment the teacher's comment, shown in the diary; empty if none
 */
public record RecordMark(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid JournalKey journal,
        @NotNull @Valid LessonRef lesson,
        @NotNull @PersonId String studentId,
        @NotNull Mark mark,
        @NotNull WorkKind work,
        @Min(1) @Max(10) int weight,
        @NotNull Optional<@Pattern(regexp = Texts.NOT_BLANK, message = "must not be blank") @OneLine(max = Texts.COMMENT) String> comment) implements JournalCommand {

    /** Returns the command for a mark of weight 1 with no comment. */
    public static RecordMark of(String schoolId, JournalKey journal, LessonRef lesson, String studentId, Mark mark,
            WorkKind work) {
        return new RecordMark(schoolId, journal, lesson, studentId, mark, work, 1, Optional.empty());
    }

    /** Returns this command with the mark's weight in the average, 1 to 10. */
    public RecordMark withWeight(int weight) {
        return new RecordMark(schoolId, journal, lesson, studentId, mark, work, weight, comment);
    }

    /** Returns this command with the teacher's comment, shown in the diary. */
    public RecordMark withComment(String comment) {
        Objects.requireNonNull(comment, "comment");
        return new RecordMark(schoolId, journal, lesson, studentId, mark, work, weight, Optional.of(comment));
    }

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        NewEntry.Lesson target = NewEntry.lesson(context, state, journal, lesson, this);
        NewEntry.requireStudent(target.scope(), lesson, studentId, this);
        if (!state.grading().allows(mark.value())) {
            throw InvalidCommandException.of(this, "mark", mark, "is not a mark of the journal's grading system "
                    + state.grading() + " (MRK-1), which allows " + state.grading().marks());
        }
        boolean sameWork = state.lessonEntries(lesson).stream().anyMatch(e -> e.kind() == EntryKind.MARK && e.present()
                && e.studentId().equals(Optional.of(studentId)) && e.detail("work").equals(Optional.of(work.name())));
        if (sameWork) {
            throw InvalidCommandException.of(this, "work", work, "already has a mark of student " + studentId
                    + " in lesson " + lesson + "; change it with CorrectEntry and a reason (MRK-10)");
        }
        Optional<String> absence = state.presentEntry(EntryKind.ATTENDANCE, lesson, Optional.of(studentId))
                .map(e -> e.current().value());
        if (absence.equals(Optional.of(AbsenceCode.UNEXCUSED.code()))) {
            throw InvalidCommandException.of(this, "studentId", studentId, "was absent from lesson " + lesson
                    + " without a valid reason («н»); a make-up mark (MRK-6) needs «б» or «ну»");
        }
        if (work == WorkKind.CONTROL_WORK && Programme.of(context.school()).controlWorksOf(journal.holderCode())
                .stream().noneMatch(w -> w.subjectCode().equals(journal.subjectCode())
                        && w.date().equals(lesson.date()))) {
            throw InvalidCommandException.of(this, "lesson", lesson, "has no control work of " + journal.subjectCode()
                    + " for " + journal.holderCode() + " in the control-work schedule (YR-10)");
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
            timing = Optional.of(Timing.judge(context, deadline(target.time()), this));
        }
        List<JournalEvent> events = new ArrayList<>(NewEntry.of(context, state, EntryKind.MARK, lesson,
                Optional.of(studentId), details, mark.value(), timing));
        events.addAll(JournalNotices.marked(context, journal, lesson, studentId, state.nextNumber(), mark, work));
        return events;
    }

    private Entry deadline(LessonTime time) {
        return switch (work.deadline()) {
            case MRK_3 -> Entry.ControlWorkMarks.of(time);
            case MRK_4 -> Entry.WrittenWorkMarks.of(time);
            default -> new Entry.LessonMarks(time);
        };
    }
}
