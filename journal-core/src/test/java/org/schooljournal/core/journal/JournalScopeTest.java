package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FRIDAY;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.QUARTER_1;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;
import static org.schooljournal.core.journal.JournalSchool.WEDNESDAY;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddStudyGroup;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.CurriculumProfile;
import org.schooljournal.core.programme.GroupKind;
import org.schooljournal.core.programme.SetCurriculumHours;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * What a journal covers ({@link JournalScope}) on the school of {@link JournalSchool}: its
 * students, lessons, periods, curriculum hours, the end of its class's lessons, and its calendar.
 */
class JournalScopeTest {

    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate THURSDAY = MONDAY.plusDays(3);

    private final JournalSchool school = JournalSchool.setUp();

    private JournalScope scope(JournalKey key) {
        return JournalScope.of(school.engine.host().school(ID), key, "a test");
    }

    @Test
    @Tag("ATT-4")
    @DisplayName("ATT-4, ROS-1: the journal of an individual curriculum has its one student and none of their classmates")
    void individualGroupHasItsOneStudent() {
        school.school(new AddStudyGroup(ID, "5А-ИУП", GroupKind.INDIVIDUAL, List.of("5А"), 5, IVANOV));

        JournalScope individual = scope(new JournalKey("5А-ИУП", "math"));
        assertThat(individual.hasStudent(IVANOV, MONDAY)).isTrue();
        assertThat(individual.hasStudent(ALEKSEEVA, MONDAY)).as("a classmate").isFalse();
        assertThat(scope(MATH_5A).hasStudent(ALEKSEEVA, MONDAY)).isTrue();
        assertThat(scope(MATH_5A).hasStudent("s-nobody", MONDAY)).isFalse();
    }

    @Test
    @Tag("LES-5")
    @DisplayName("LES-5: a lesson moved to another week is on that week's page, not on this one's")
    void movedLessonsStayInTheirWeek() {
        school.at(MONDAY, LocalTime.of(7, 0));
        school.engine.execute(DEPUTY, new RescheduleLesson(ID, MATH_5A, new LessonRef(WEDNESDAY.plusDays(7), 2),
                new LessonRef(TUESDAY.plusDays(7), 1), "олимпиада"));

        Journal journal = school.engine.journals().read(DEPUTY, ID, MATH_5A);
        assertThat(journal.page(MONDAY, FRIDAY).lessons()).extracting(JournalPage.Lesson::lesson)
                .containsExactly(new LessonRef(MONDAY, 1), new LessonRef(WEDNESDAY, 2), new LessonRef(FRIDAY, 1));
        assertThat(journal.page(MONDAY.plusDays(7), FRIDAY.plusDays(7)).lessons()).extracting(JournalPage.Lesson::lesson)
                .containsExactly(new LessonRef(MONDAY.plusDays(7), 1), new LessonRef(TUESDAY.plusDays(7), 1),
                        new LessonRef(FRIDAY.plusDays(7), 1));
    }

    @Test
    @Tag("YR-1")
    @DisplayName("YR-1: a date's period is a quarter, trimester or semester, never a year period; a date only a year period covers has none")
    void periodOfIsNeverTheYear() {
        school.school(new AddStudyPeriod(ID, StudyPeriod.of(PeriodKind.YEAR, 1, LocalDate.of(2026, 11, 2),
                LocalDate.of(2027, 5, 26))));

        assertThat(scope(MATH_5A).periodOf(MONDAY)).contains(QUARTER_1);
        assertThat(scope(MATH_5A).periodOf(LocalDate.of(2026, 11, 9))).isEmpty();
    }

    @Test
    @Tag("YR-6")
    @DisplayName("YR-6: a journal's weekly hours are its subject's in the curriculum of its class, if set")
    void weeklyHours() {
        assertThat(scope(MATH_5A).weeklyHours()).isEmpty();
        school.school(new SetCurriculumHours(ID, "5А", CurriculumProfile.UNIVERSAL, Map.of("math", new BigDecimal("5"))));

        assertThat(scope(MATH_5A).weeklyHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("5"));
        assertThat(scope(RUSSIAN_5A).weeklyHours()).isEmpty();
    }

    @Test
    @Tag("LES-4")
    @DisplayName("LES-4: the class's lessons end with the last of its own, its groups' and the journal's lessons moved to that day, not another class's groups")
    void endOfTimetabledLessons() {
        school.school(new OpenClass(ID, "6Б", 6, RUSSIAN.personId()));
        school.school(new AddStudyGroup(ID, "5А-1", GroupKind.HALF_CLASS, List.of("5А"), 5, ""));
        school.school(new AddStudyGroup(ID, "6Б-1", GroupKind.HALF_CLASS, List.of("6Б"), 6, ""));
        school.school(new AddTimetableEntry(ID, "5А-1", DayOfWeek.TUESDAY, 2, ActivityKind.LESSON, "rus",
                RUSSIAN.personId(), "202"));
        school.school(new AddTimetableEntry(ID, "6Б-1", DayOfWeek.TUESDAY, 3, ActivityKind.LESSON, "rus",
                HOMEROOM.personId(), "201"));
        school.at(MONDAY, LocalTime.of(7, 0));
        school.engine.execute(DEPUTY, new RescheduleLesson(ID, MATH_5A, new LessonRef(FRIDAY, 1),
                new LessonRef(THURSDAY, 3), "экскурсия"));

        JournalScope scope = scope(MATH_5A);
        JournalState state = school.engine.host().journal(ID, MATH_5A);
        var calendar = scope.calendar("a test");
        assertThat(scope.endOfTimetabledLessons(state, TUESDAY, calendar)).as("the half class's slot 2")
                .contains(LocalTime.of(10, 0));
        assertThat(scope.endOfTimetabledLessons(state, THURSDAY, calendar)).as("the lesson moved to slot 3")
                .contains(LocalTime.of(11, 0));
        assertThat(scope.endOfTimetabledLessons(state, MONDAY, calendar)).contains(LocalTime.of(11, 0));
        assertThat(scope.endOfTimetabledLessons(state, MONDAY.plusDays(5), calendar)).isEmpty();
    }

    @Test
    @Tag("YR-2")
    @DisplayName("YR-2: a journal read outside a command follows the school's calendar: weekdays are school days, Saturday is not")
    void calendarOfTheSchool() {
        var calendar = scope(MATH_5A).calendar("a test");

        assertThat(calendar.isSchoolDay("5А", MONDAY)).isTrue();
        assertThat(calendar.isSchoolDay("5А", MONDAY.plusDays(5))).isFalse();
        assertThat(scope(MATH_5A).lessons(school.engine.host().journal(ID, MATH_5A), MONDAY, MONDAY.plusDays(6), calendar))
                .containsExactly(new LessonRef(MONDAY, 1), new LessonRef(WEDNESDAY, 2), new LessonRef(FRIDAY, 1));
    }
}
