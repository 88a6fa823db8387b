package org.schooljournal.core.journal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.school.SchoolId;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.calendar.LessonTime;

/**
 * Records a student's absence from a lesson with its code «н», «б» or «ну» (ATT-1), checked against
 * ATT-2 (within 20 minutes of the lesson's start); an «н» puts «Отсутствовал на уроке» in the
 * outbox for the guardians who may be notified (ATT-5). Changing the code later, when a guardian
 * brings a document, is a correction (MRK-10).
 *
 * @param schoolId the school
 * @param holderCode the class or group
 * @param subjectCode the subject
 * @param date the lesson's date
 * @param slot the lesson's slot
 * @param studentId the student
 * @param code the absence code
 */
public record RecordAbsence(
        @NotNull @Pattern(regexp = SchoolId.PATTERN) String schoolId,
        @NotBlank String holderCode,
        @NotBlank String subjectCode,
        @NotNull LocalDate date,
        @PositiveOrZero int slot,
        @NotBlank String studentId,
        @NotNull AbsenceCode code) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState journal) {
        NewEntry.Lesson target = NewEntry.lesson(context, journal, journal(), date, slot, this);
        JournalScope scope = target.scope();
        LessonRef lesson = target.lesson();
        LessonTime time = target.time();
        NewEntry.requireStudent(scope, lesson, studentId, this);
        NewEntry.requireFirst(journal, EntryKind.ATTENDANCE, lesson, Optional.of(studentId), this);
        EntryTiming timing = Timing.judge(context, new Entry.Attendance(time), this);
        List<JournalEvent> events = new ArrayList<>(NewEntry.of(context, journal, EntryKind.ATTENDANCE, lesson,
                Optional.of(studentId), Map.of(), code.code(), Optional.of(timing)));
        if (code == AbsenceCode.UNEXCUSED) {
            events.addAll(JournalNotices.absent(context, journal(), lesson, time, studentId, journal.nextNumber()));
        }
        return events;
    }
}
