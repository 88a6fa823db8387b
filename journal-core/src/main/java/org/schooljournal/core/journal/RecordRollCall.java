package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.calendar.LessonTime;

/**
 * Records the roll call of a lesson in one command: the absences of a whole class or group, each
 * pupil with «н», «б» or «ну» (ATT-1); every pupil not listed was present. It records what a
 * {@link RecordAbsence} per pupil would, in one append: an attendance entry per listed pupil, in
 * the list's order, each judged against ATT-2 (within 20 minutes of the lesson's start; before the
 * start refused, OUT_OF_TIME) and each «н» with «Отсутствовал на уроке» in the outbox for the
 * guardians who may be notified (ATT-5). The same right as {@code RecordAbsence} (ACC-2, LES-5).
 *
 * <p>Every pupil is checked before anything is appended, and a refusal names each bad one by its
 * place in the list ({@code absences[2].studentId}): not a student of the journal that day, listed
 * twice, or with an attendance entry for the lesson already (to be corrected, MRK-10); a missing
 * code is refused by the fields' validation. One bad pupil refuses the whole roll call. An empty
 * list — everyone present — is checked like any other and records nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param journal the class or group and the subject
 * @param lesson the lesson
 * @param absences the absent pupils with their codes, at most {@value #MAX_ABSENCES}
 */
public record RecordRollCall(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid JournalKey journal,
        @NotNull @Valid LessonRef lesson,
        @NotNull @Size(max = RecordRollCall.MAX_ABSENCES) List<@NotNull @Valid Absence> absences)
        implements JournalCommand {

    /** The most pupils one roll call lists: a stream of several classes fits. */
    public static final int MAX_ABSENCES = 1000;

    /**
     * One absent pupil of a roll call (ATT-1).
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param studentId the pupil
     * @param code the absence code
     */
    public record Absence(@NotNull @PersonId String studentId, @NotNull AbsenceCode code) {
    }

    /** Copies the list. */
    public RecordRollCall {
        absences = absences == null ? null : Collections.unmodifiableList(new ArrayList<>(absences));
    }

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        NewEntry.Lesson target = NewEntry.lesson(context, state, journal, lesson, this);
        LessonTime time = target.time();
        requireEachPupil(target.scope(), state);
        EntryTiming timing = Timing.judge(context, new Entry.Attendance(time), this);
        List<JournalEvent> events = new ArrayList<>();
        int number = state.nextNumber();
        for (Absence absence : absences) {
            events.add(NewEntry.recorded(context, number, EntryKind.ATTENDANCE, lesson,
                    Optional.of(absence.studentId()), Map.of(), absence.code().code(), Optional.of(timing)));
            if (absence.code() == AbsenceCode.UNEXCUSED) {
                events.addAll(JournalNotices.absent(context, journal, lesson, time, absence.studentId(), number));
            }
            number++;
        }
        return events;
    }

    /**
     * Checks every pupil at once.
     *
     * @throws InvalidCommandException naming every pupil who is not a student of the journal, is
     *     listed twice, or has attendance for the lesson already
     */
    private void requireEachPupil(JournalScope scope, JournalState state) {
        List<InvalidCommandException.Violation> violations = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < absences.size(); i++) {
            String studentId = absences.get(i).studentId();
            Integer earlier = first.putIfAbsent(studentId, i);
            Optional<String> problem = earlier != null
                    ? Optional.of("is listed twice in the roll call: also as absences[" + earlier + "]")
                    : NewEntry.notStudent(scope, lesson, studentId).or(() -> NewEntry.notFirst(state,
                            EntryKind.ATTENDANCE, lesson, Optional.of(studentId))
                            .map(rule -> "has attendance for lesson " + lesson + ": the lesson " + rule));
            if (problem.isPresent()) {
                violations.add(new InvalidCommandException.Violation("absences[" + i + "].studentId", studentId,
                        problem.get()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(getClass().getSimpleName(), violations);
        }
    }
}
