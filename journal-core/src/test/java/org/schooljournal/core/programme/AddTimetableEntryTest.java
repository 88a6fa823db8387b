package org.schooljournal.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.programme.ProgrammeFixture.ENGLISH;
import static org.schooljournal.core.programme.ProgrammeFixture.ENGLISH_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.ID;
import static org.schooljournal.core.programme.ProgrammeFixture.MATH;
import static org.schooljournal.core.programme.ProgrammeFixture.MATH_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.ROBOTICS;
import static org.schooljournal.core.programme.ProgrammeFixture.RUSSIAN;
import static org.schooljournal.core.programme.ProgrammeFixture.RUSSIAN_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.SECOND_ENGLISH_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.apply;
import static org.schooljournal.core.programme.ProgrammeFixture.assertInvalid;
import static org.schooljournal.core.programme.ProgrammeFixture.assertNotFound;
import static org.schooljournal.core.programme.ProgrammeFixture.decide;
import static org.schooljournal.core.programme.ProgrammeFixture.lesson;
import static org.schooljournal.core.programme.ProgrammeFixture.run;
import static org.schooljournal.core.programme.ProgrammeFixture.withLists;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.school.ClassOpened;
import org.schooljournal.core.school.SchoolState;

@Tag("YR-9")
@Tag("YR-12")
@DisplayName("YR-9, YR-12: the timetable of lessons, extracurricular and additional activities")
class AddTimetableEntryTest {

    private static final DayOfWeek MON = DayOfWeek.MONDAY;

    @Nested
    @DisplayName("added")
    class Added {

        @Test
        @DisplayName("a lesson of a class in a slot of its bells")
        void lessonOfAClass() {
            SchoolState state = run(withLists(), lesson("5А", MON, 1, MATH, MATH_TEACHER, "101"));

            assertThat(Programme.of(state).timetableEntry("5А", MON, 1)).contains(
                    new TimetableEntry("5А", MON, 1, ActivityKind.LESSON, MATH, MATH_TEACHER, "101"));
            assertThat(Programme.of(state).timetableOf("5А")).hasSize(1);
        }

        @Test
        @DisplayName("two halves of a class learn English in the same slot with two teachers in two rooms")
        void halvesAtOnce() {
            SchoolState state = run(withLists(), new AddStudyGroup(ID, "5А-1", GroupKind.HALF_CLASS, List.of("5А"), 5, ""));
            state = run(state, new AddStudyGroup(ID, "5А-2", GroupKind.HALF_CLASS, List.of("5А"), 5, ""));
            state = run(state, lesson("5А-1", MON, 2, ENGLISH, ENGLISH_TEACHER, "201"));
            state = run(state, lesson("5А-2", MON, 2, ENGLISH, SECOND_ENGLISH_TEACHER, "202"));

            assertThat(Programme.of(state).timetable()).hasSize(2);
        }

        @Test
        @Tag("YR-12")
        @DisplayName("a club's extracurricular activity and an additional-education activity")
        void otherActivities() {
            SchoolState state = run(withLists(), new AddStudyGroup(ID, "РОБ-5", GroupKind.CLUB, List.of("5А", "5Б"), 5, ""));
            state = run(state, new AddTimetableEntry(ID, "РОБ-5", DayOfWeek.WEDNESDAY, 6,
                    ActivityKind.EXTRACURRICULAR, ROBOTICS, MATH_TEACHER, "301"));
            state = run(state, new AddTimetableEntry(ID, "10А", DayOfWeek.WEDNESDAY, 7,
                    ActivityKind.ADDITIONAL, ROBOTICS, MATH_TEACHER, "301"));

            assertThat(Programme.of(state).timetable()).extracting(TimetableEntry::kind)
                    .containsExactly(ActivityKind.EXTRACURRICULAR, ActivityKind.ADDITIONAL);
        }

        @Test
        @DisplayName("any slot on a school weekday, while the class's bells are not set")
        void withoutBells() {
            SchoolState state = apply(withLists(), new ClassOpened("6А", 6, MATH_TEACHER));

            assertThat(decide(state, lesson("6А", MON, 9, MATH, MATH_TEACHER, "101"))).hasSize(1);
        }

        @Test
        @DisplayName("adding the same entry again changes nothing")
        void idempotent() {
            SchoolState state = run(withLists(), lesson("5А", MON, 1, MATH, MATH_TEACHER, "101"));

            assertThat(decide(state, lesson("5А", MON, 1, MATH, MATH_TEACHER, "101"))).isEmpty();
        }

        @Test
        @DisplayName("removing an entry frees its teacher and room; removing it again changes nothing")
        void removed() {
            SchoolState state = run(withLists(), lesson("5А", MON, 1, MATH, MATH_TEACHER, "101"));
            RemoveTimetableEntry remove = new RemoveTimetableEntry(ID, "5А", MON, 1);
            assertThat(decide(state, remove)).containsExactly(new TimetableEntryRemoved("5А", MON, 1));

            state = run(state, remove);
            assertThat(Programme.of(state).timetable()).isEmpty();
            assertThat(decide(state, remove)).isEmpty();
            assertThat(decide(state, lesson("5Б", MON, 1, MATH, MATH_TEACHER, "101"))).hasSize(1);
        }
    }

    @Nested
    @DisplayName("refused")
    class Refused {

        @Test
        @DisplayName("a teacher already teaching in that slot of that weekday")
        void teacherDoubleBooked() {
            SchoolState state = run(withLists(), lesson("5А", MON, 1, MATH, MATH_TEACHER, "101"));

            assertInvalid(state, lesson("5Б", MON, 1, MATH, MATH_TEACHER, "102"), "teacherId")
                    .hasMessageContaining("teacherId = t-math: already teaches 5А on MONDAY in slot 1");
        }

        @Test
        @DisplayName("a room already used in that slot of that weekday")
        void roomDoubleBooked() {
            SchoolState state = run(withLists(), lesson("5А", MON, 1, MATH, MATH_TEACHER, "101"));

            assertInvalid(state, lesson("5Б", MON, 1, RUSSIAN, RUSSIAN_TEACHER, "101"), "roomNumber")
                    .hasMessageContaining("roomNumber = 101: is already used by 5А on MONDAY in slot 1");
        }

        @Test
        @DisplayName("a class that already has an entry in that slot")
        void classBusy() {
            SchoolState state = run(withLists(), lesson("5А", MON, 1, MATH, MATH_TEACHER, "101"));

            assertInvalid(state, lesson("5А", MON, 1, RUSSIAN, RUSSIAN_TEACHER, "102"), "holderCode")
                    .hasMessageContaining("remove it first");
        }

        @Test
        @DisplayName("a slot that is not in the class's bells, or in a group's base class's bells")
        void slotOutsideBells() {
            assertInvalid(withLists(), lesson("5А", MON, 7, MATH, MATH_TEACHER, "101"), "slot")
                    .hasMessageContaining("is not in the bell schedule of class 5А on MONDAY");
            assertThat(decide(withLists(), lesson("10А", MON, 7, MATH, MATH_TEACHER, "101"))).hasSize(1);

            SchoolState state = run(withLists(), new AddStudyGroup(ID, "кружок", GroupKind.CLUB, List.of("10А", "5А"), 10, ""));
            assertInvalid(state, new AddTimetableEntry(ID, "кружок", MON, 7, ActivityKind.EXTRACURRICULAR,
                    ROBOTICS, MATH_TEACHER, "301"), "slot").hasMessageContaining("class 5А");
        }

        @Test
        @DisplayName("a day outside the school week")
        void outsideWeek() {
            SchoolState state = apply(withLists(), new ClassOpened("6А", 6, MATH_TEACHER));

            assertInvalid(state, lesson("6А", DayOfWeek.SATURDAY, 1, MATH, MATH_TEACHER, "101"), "day");
        }

        @Test
        @DisplayName("an unknown class, subject, teacher or room is NOT_FOUND, naming the field and the value")
        void unknown() {
            assertNotFound(withLists(), lesson("5В", MON, 1, MATH, MATH_TEACHER, "101"))
                    .hasMessage("AddTimetableEntry: holderCode 5В is neither a class nor a study group of school 86-001");
            assertNotFound(withLists(), lesson("5А", MON, 1, "ФИЗ", MATH_TEACHER, "101"))
                    .hasMessage("AddTimetableEntry: subjectCode ФИЗ is not a subject of school 86-001");
            assertNotFound(withLists(), lesson("5А", MON, 1, MATH, "t-99", "101"))
                    .hasMessage("AddTimetableEntry: teacherId t-99 is not on the staff of school 86-001");
            assertNotFound(withLists(), lesson("5А", MON, 1, MATH, MATH_TEACHER, "999"))
                    .hasMessage("AddTimetableEntry: roomNumber 999 is not a room of school 86-001");
            assertNotFound(withLists(), new RemoveTimetableEntry(ID, "5В", MON, 1));
        }
    }
}
