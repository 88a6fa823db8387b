package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FIRST_QUARTER;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schooljournal.adapter.tck.MovingClock;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddRoom;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.core.school.SetBellSchedule;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.EducationLevel;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

@DisplayName("Across periods and education levels: a closed period and the next, periods that differ by level, the last grade of a level")
class PeriodsAndLevelsTest {

    /** Monday 9 November 2026, in the second quarter. */
    private static final LocalDate NOVEMBER_9 = LocalDate.of(2026, 11, 9);
    private static final LocalDate LAST_DAY_OF_Q1 = LocalDate.of(2026, 10, 23);

    @Nested
    @Tag("MRK-9")
    @DisplayName("MRK-9: the first quarter closed, the teacher records in the second")
    class ClosedPeriodAndTheNext {

        private final JournalSchool school = JournalSchool.setUp();

        private void closeTheFirstQuarter() {
            school.school(new AddStudyPeriod(ID, StudyPeriod.of(PeriodKind.QUARTER, 2, LocalDate.of(2026, 11, 5),
                    LocalDate.of(2026, 12, 29))));
            school.at(LAST_DAY_OF_Q1, LocalTime.of(9, 0));
            school.engine.execute(MATH, mark(LAST_DAY_OF_Q1, 1, IVANOV, "4", WorkKind.ORAL));
            school.at(LAST_DAY_OF_Q1, LocalTime.of(12, 0));
            for (String pupil : List.of(IVANOV, ALEKSEEVA, YOLKIN)) {
                school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, pupil, Mark.of("4")));
            }
        }

        @Test
        @DisplayName("MRK-9: entries of the second quarter are taken; the first quarter's are LOCKED for the teacher, new or corrected")
        void recordInTheNext() {
            closeTheFirstQuarter();
            school.at(NOVEMBER_9, LocalTime.of(8, 40));

            school.engine.execute(MATH, mark(NOVEMBER_9, 1, IVANOV, "5", WorkKind.ORAL));
            assertThatThrownBy(() -> school.engine.execute(MATH, mark(LAST_DAY_OF_Q1, 1, ALEKSEEVA, "5", WorkKind.TEST)))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCKED))
                    .hasMessageContaining("QUARTER-1");
            assertThatThrownBy(() -> school.engine.execute(MATH, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 1),
                    Mark.of("5"), "ошибка"))).isInstanceOfSatisfying(JournalException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCKED));

            Journal journal = school.engine.journals().read(MATH, ID, MATH_5A);
            PeriodRef second = PeriodRef.of(PeriodKind.QUARTER, 2);
            assertThat(journal.completeness(FIRST_QUARTER).complete()).isTrue();
            assertThat(journal.completeness(second).complete()).isFalse();
            assertThat(journal.forecast(IVANOV, second).average()).hasValueSatisfying(average ->
                    assertThat(average.display()).isEqualByComparingTo("5"));
            assertThat(journal.forecast(IVANOV, FIRST_QUARTER).average()).hasValueSatisfying(average ->
                    assertThat(average.display()).isEqualByComparingTo("4"));
        }

        @Test
        @Tag("MRK-7")
        @DisplayName("MRK-7: the second quarter's marks wait for its own last week, though the first is closed")
        void nextPeriodsWindow() {
            closeTheFirstQuarter();
            school.at(NOVEMBER_9, LocalTime.of(12, 0));
            assertThatThrownBy(() -> school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A,
                    PeriodRef.of(PeriodKind.QUARTER, 2), IVANOV, Mark.of("5"))))
                    .isInstanceOfSatisfying(JournalException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME)).hasMessageContaining("MRK-7");
            assertThat(school.engine.journals().read(DEPUTY, ID, MATH_5A).state().closed(FIRST_QUARTER)).isTrue();
        }
    }

    @Nested
    @Tag("YR-1")
    @DisplayName("YR-1: quarters for grades 1–9, semesters for grades 10–11, each class judged by its level's")
    class PeriodsByLevel {

        private final MovingClock clock = new MovingClock(
                LocalDate.of(2026, 8, 25).atTime(10, 0).atZone(JournalSchool.ZONE).toInstant());
        private final JournalEngine engine = JournalEngine.builder().clock(clock).build();
        private final Actor head = Actor.of("head");

        PeriodsByLevel() {
            Actor admin = Actor.of("admin");
            engine.execute(admin, new RegisterSchool(ID, "МБОУ «Средняя школа № 1»", JournalSchool.ZONE));
            engine.execute(admin, new AssignRole(ID, head.personId(), Role.HEAD));
            engine.execute(head, new SetAcademicYear(ID, new AcademicYear(2026, LocalDate.of(2026, 9, 1),
                    LocalDate.of(2027, 5, 26))));
            engine.execute(head, new AddStudyPeriod(ID, new StudyPeriod(PeriodKind.QUARTER, 1, LocalDate.of(2026, 9, 1),
                    LAST_DAY_OF_Q1, EnumSet.of(EducationLevel.PRIMARY, EducationLevel.BASIC))));
            engine.execute(head, new AddStudyPeriod(ID, new StudyPeriod(PeriodKind.SEMESTER, 1, LocalDate.of(2026, 9, 1),
                    LocalDate.of(2026, 12, 25), EnumSet.of(EducationLevel.SECONDARY))));
            engine.execute(head, new AddSubject(ID, "math", "Математика", SubjectComponent.FEDERAL));
        }

        private void at(LocalDate date, LocalTime time) {
            clock.set(date.atTime(time).atZone(JournalSchool.ZONE).toInstant());
        }

        /** Opens a class of the grade with mathematics on Fridays, slot 1, and one pupil. */
        private Actor classOf(String code, int grade) {
            Actor teacher = Actor.of("t-" + code);
            engine.execute(head, new HireStaff(ID, teacher.personId(), "Учитель", "Класса", ""));
            engine.execute(head, new OpenClass(ID, code, grade, teacher.personId()));
            engine.execute(head, new SetBellSchedule(ID, code, Map.of(DayOfWeek.FRIDAY,
                    List.of(new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10))))));
            engine.execute(head, new AssignTeachingLoad(ID, teacher.personId(), "math", code));
            String room = String.valueOf(300 + grade);
            engine.execute(head, new AddRoom(ID, room, "Кабинет " + code));
            engine.execute(head, new AddTimetableEntry(ID, code, DayOfWeek.FRIDAY, 1, ActivityKind.LESSON, "math",
                    teacher.personId(), room));
            engine.execute(head, new EnrolStudent(ID, "s-" + code, "Ученик", "Класса", "", LocalDate.of(2010, 1, 1), code,
                    LocalDate.of(2026, 9, 1)));
            return teacher;
        }

        @ParameterizedTest(name = "grade {1} ({0}), the last of its level: {2}")
        @CsvSource({"4А, 4, QUARTER-1", "9А, 9, QUARTER-1", "11А, 11, SEMESTER-1"})
        @DisplayName("a pupil in the last grade of a level (4, 9, 11) has the periods of that level, and no other's")
        void lastGradeOfALevel(String code, int grade, String period) {
            classOf(code, grade);
            Journal journal = engine.journals().read(head, ID, new JournalKey(code, "math"));
            assertThat(journal.completeness(PeriodRef.parse(period)).missing())
                    .extracting(org.schooljournal.core.roster.Student::personId).containsExactly("s-" + code);
            String other = period.startsWith("QUARTER") ? "SEMESTER-1" : "QUARTER-1";
            assertThatThrownBy(() -> journal.completeness(PeriodRef.parse(other)))
                    .hasMessageContaining("is not a study period of journal");
        }

        @Test
        @Tag("MRK-7")
        @DisplayName("MRK-7: on the first quarter's last day the 9th grade's quarter mark is taken; the 10th grade has no quarter, and its semester's window has not opened")
        void marksByLevel() {
            Actor ninth = classOf("9А", 9);
            Actor tenth = classOf("10А", 10);
            at(LAST_DAY_OF_Q1, LocalTime.of(12, 0));

            engine.execute(ninth, new SetPeriodMark(ID, new JournalKey("9А", "math"), FIRST_QUARTER, "s-9А",
                    Mark.of("5")));
            assertThatThrownBy(() -> engine.execute(tenth, new SetPeriodMark(ID, new JournalKey("10А", "math"),
                    FIRST_QUARTER, "s-10А", Mark.of("5")))).isInstanceOf(InvalidCommandException.class)
                    .hasMessageContaining("is not a study period of journal 10А × math");
            PeriodRef semester = PeriodRef.of(PeriodKind.SEMESTER, 1);
            assertThatThrownBy(() -> engine.execute(tenth, new SetPeriodMark(ID, new JournalKey("10А", "math"),
                    semester, "s-10А", Mark.of("5")))).isInstanceOfSatisfying(JournalException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME));
            assertThat(engine.journals().read(head, ID, new JournalKey("9А", "math")).state().closed(FIRST_QUARTER))
                    .isTrue();

            at(LocalDate.of(2026, 12, 25), LocalTime.of(12, 0));
            engine.execute(tenth, new SetPeriodMark(ID, new JournalKey("10А", "math"), semester, "s-10А", Mark.of("5")));
            assertThat(engine.journals().read(head, ID, new JournalKey("10А", "math")).state().closed(semester)).isTrue();
        }
    }
}
