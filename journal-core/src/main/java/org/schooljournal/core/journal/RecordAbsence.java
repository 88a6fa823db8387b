package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.calendar.LessonTime;

/**
 * Records a student's absence from a lesson with its code «н», «б» or «ну» (ATT-1), checked against
 * ATT-2 (within 20 minutes of the lesson's start; before the start it is refused, OUT_OF_TIME, since
 * who is absent cannot be known yet); an «н» puts «Отсутствовал на уроке» in the
 * outbox for the guardians who may be notified (ATT-5). Changing the code later, when a guardian
 * brings a document, is a correction (MRK-10, {@link CorrectEntry#absence}).
 *
 * @param schoolId the school
 * @param journal the class or group and the subject
 * @param lesson the lesson
 * @param studentId the student
 * @param code the absence code
 */
public record RecordAbsence(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid JournalKey journal,
        @NotNull @Valid LessonRef lesson,
        @NotNull @PersonId String studentId,
        @NotNull AbsenceCode code) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        NewEntry.Lesson target = NewEntry.lesson(context, state, journal, lesson, this);
        LessonTime time = target.time();
        NewEntry.requireStudent(target.scope(), lesson, studentId, this);
        NewEntry.requireFirst(state, EntryKind.ATTENDANCE, lesson, Optional.of(studentId), this);
        EntryTiming timing = Timing.judge(context, new Entry.Attendance(time), this);
        List<JournalEvent> events = new ArrayList<>(NewEntry.of(context, state, EntryKind.ATTENDANCE, lesson,
                Optional.of(studentId), Map.of(), code.code(), Optional.of(timing)));
        if (code == AbsenceCode.UNEXCUSED) {
            events.addAll(JournalNotices.absent(context, journal, lesson, time, studentId, state.nextNumber()));
        }
        return events;
    }
}
