package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FIRST_QUARTER;
import static org.schooljournal.core.journal.JournalSchool.FRIDAY;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;
import static org.schooljournal.core.journal.JournalSchool.SUBSTITUTE;
import static org.schooljournal.core.journal.JournalSchool.WEDNESDAY;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.diary.Diary;
import org.schooljournal.core.diary.DiaryDay;
import org.schooljournal.core.diary.DiaryLesson;
import org.schooljournal.core.diary.DiaryTeacher;
import org.schooljournal.core.school.AddHolidays;
import org.schooljournal.rules.calendar.HolidayKind;
import org.schooljournal.rules.calendar.Holidays;
import org.schooljournal.core.roster.RegisterGuardian;

@DisplayName("The diary: a mirror of the journals for the student and their guardians only")
class DiaryTest {

    private static final Actor IVANOV_STUDENT = Actor.of(IVANOV);
    private static final Actor IVANOV_MOTHER = Actor.of("g-ivanova");
    private static final Actor ALEKSEEVA_FATHER = Actor.of("g-alekseev");

    private final JournalSchool school = JournalSchool.setUp();

    @BeforeEach
    void guardians() {
        school.school(new RegisterGuardian(ID, IVANOV_MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.school(new RegisterGuardian(ID, ALEKSEEVA_FATHER.personId(), "Алексеев", "Павел", "Ильич", ALEKSEEVA));
    }

    private Diary diary(Actor reader, String student) {
        return school.engine.diaries().read(reader, ID, student, MONDAY, FRIDAY.plusDays(1));
    }

    private static DiaryDay day(Diary diary, LocalDate date) {
        return diary.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }

    @Test
    @Tag("DRY-1")
    @Tag("DRY-3")
    @DisplayName("DRY-1, DRY-3: the diary shows a mark with its kind of work and comment, and an absence, as soon as they are recorded")
    void followsTheJournal() {
        school.at(MONDAY, LocalTime.of(8, 35));
        school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, new LessonRef(MONDAY, 1), IVANOV, Mark.of("4"),
                WorkKind.ORAL).withComment("хороший ответ"));
        school.at(MONDAY, LocalTime.of(9, 25));
        school.engine.execute(RUSSIAN, new RecordAbsence(ID, RUSSIAN_5A, new LessonRef(MONDAY, 2), IVANOV,
                AbsenceCode.UNEXCUSED));

        DiaryDay monday = day(diary(IVANOV_STUDENT, IVANOV), MONDAY);

        assertThat(monday.lessons()).extracting(DiaryLesson::slot).containsExactly(1, 2, 3);
        DiaryLesson maths = monday.lessons().get(0);
        assertThat(maths.subject()).isEqualTo("Математика");
        assertThat(maths.teacher()).isEqualTo("Петрова Мария Ивановна");
        assertThat(maths.marks()).singleElement().satisfies(mark -> {
            assertThat(mark.value()).isEqualTo("4");
            assertThat(mark.work()).isEqualTo("Устный ответ");
            assertThat(mark.comment()).contains("хороший ответ");
        });
        assertThat(monday.lessons().get(1).absence()).contains("н");

        school.engine.execute(MATH, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 1), Mark.of("5"), "ошибка при вводе"));
        assertThat(day(diary(IVANOV_MOTHER, IVANOV), MONDAY).lessons().get(0).marks().get(0))
                .satisfies(mark -> {
                    assertThat(mark.value()).isEqualTo("5");
                    assertThat(mark.corrected()).isTrue();
                });
    }

    @Test
    @Tag("DRY-2")
    @Tag("PD-2")
    @DisplayName("DRY-2, PD-2: the student and their guardians read the diary; another guardian, another student, a teacher are denied")
    void onlyTheStudentAndTheirGuardians() {
        assertThat(diary(IVANOV_STUDENT, IVANOV).student().personId()).isEqualTo(IVANOV);
        assertThat(diary(IVANOV_MOTHER, IVANOV).days()).hasSize(6);
        assertThat(diary(ALEKSEEVA_FATHER, ALEKSEEVA).student().surname()).isEqualTo("Алексеева");

        for (Actor stranger : new Actor[] {ALEKSEEVA_FATHER, Actor.of(ALEKSEEVA), MATH, DEPUTY}) {
            assertThatThrownBy(() -> diary(stranger, IVANOV)).as("%s", stranger)
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.missing()).isEqualTo(Permission.READ_DIARY))
                    .hasMessageContaining("diary of student " + IVANOV);
        }
    }

    @Test
    @Tag("DRY-3")
    @DisplayName("DRY-3: topics, the class's and one's own homework, substitutes, the control-work schedule, days without school")
    void everythingOfTheDay() {
        school.at(MONDAY, LocalTime.of(9, 5));
        school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(MONDAY, 1), "Дроби", LessonKind.LESSON));
        school.engine.execute(MATH, new AssignHomework(ID, MATH_5A, new LessonRef(MONDAY, 1), Optional.empty(), "№ 12",
                Optional.empty()));
        school.engine.execute(MATH, new AssignHomework(ID, MATH_5A, new LessonRef(MONDAY, 1), Optional.of(IVANOV),
                "карточка № 3", Optional.empty()));
        school.engine.execute(DEPUTY, new RecordSubstitution(ID, MATH_5A, new LessonRef(FRIDAY, 1),
                SUBSTITUTE.personId()));

        Diary ivanov = diary(IVANOV_STUDENT, IVANOV);
        DiaryLesson maths = day(ivanov, MONDAY).lessons().get(0);
        assertThat(maths.topic()).contains("Дроби");
        assertThat(maths.homework()).contains("№ 12");
        assertThat(maths.ownHomework()).contains("карточка № 3");
        assertThat(day(diary(ALEKSEEVA_FATHER, ALEKSEEVA), MONDAY).lessons().get(0).ownHomework()).isEmpty();
        assertThat(day(ivanov, WEDNESDAY).lessons()).singleElement()
                .satisfies(lesson -> assertThat(lesson.controlWork()).isTrue());
        assertThat(day(ivanov, FRIDAY).lessons().get(0).substitute()).contains("Кузнецов Олег Андреевич");
        assertThat(day(ivanov, FRIDAY.plusDays(1)).schoolDay()).isFalse();
        assertThat(ivanov.teachers()).containsExactly(new DiaryTeacher("Смирнова Елена Викторовна", Optional.empty()),
                new DiaryTeacher("Петрова Мария Ивановна", Optional.of("Математика")),
                new DiaryTeacher("Сидорова Ольга Петровна", Optional.of("Русский язык")));
    }

    @Test
    @Tag("DRY-3")
    @DisplayName("DRY-3: days in holidays are named by their holidays")
    void holidays() {
        school.school(new AddHolidays(ID, Holidays.of(HolidayKind.AUTUMN, LocalDate.of(2026, 10, 26),
                LocalDate.of(2026, 11, 3))));

        Diary diary = school.engine.diaries().read(IVANOV_STUDENT, ID, IVANOV, FRIDAY.plusDays(7), FRIDAY.plusDays(11));

        assertThat(diary.days()).extracting(DiaryDay::holidays).containsExactly(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(HolidayKind.AUTUMN), Optional.of(HolidayKind.AUTUMN));
        assertThat(diary.days()).extracting(DiaryDay::schoolDay).containsExactly(true, false, false, false, false);
    }

    @Test
    @Tag("DRY-3")
    @Tag("YR-2")
    @DisplayName("YR-2, DRY-3: 4 November 2026, a public holiday of the production calendar, is a public non-working day"
            + " without school in the diary; the days around it are not")
    void publicHoliday() {
        Diary diary = school.engine.diaries().read(IVANOV_STUDENT, ID, IVANOV, LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 5));

        assertThat(diary.days()).extracting(DiaryDay::publicDayOff).containsExactly(false, true, false);
        assertThat(diary.days().get(1).schoolDay()).isFalse();
        assertThat(diary.days().get(1).lessons()).isEmpty();
    }

    @Test
    @Tag("DRY-3")
    @Tag("MRK-11")
    @DisplayName("the diary lists the period marks set and the forecast of those still to come")
    void periodMarksAndForecast() {
        school.at(MONDAY, LocalTime.of(9, 0));
        school.engine.execute(MATH, JournalSchool.mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));
        school.engine.execute(MATH, JournalSchool.mark(MONDAY, 1, ALEKSEEVA, "3", WorkKind.ORAL));
        school.at(LocalDate.of(2026, 10, 23), LocalTime.of(12, 0));
        school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, ALEKSEEVA, Mark.of("3")));

        assertThat(diary(IVANOV_STUDENT, IVANOV).results()).singleElement().satisfies(result -> {
            assertThat(result.what()).isEqualTo("QUARTER-1");
            assertThat(result.value()).isEmpty();
            assertThat(result.forecast()).contains(5);
        });
        assertThat(diary(ALEKSEEVA_FATHER, ALEKSEEVA).results()).singleElement().satisfies(result -> {
            assertThat(result.subject()).isEqualTo("Математика");
            assertThat(result.value()).contains("3");
        });
    }
}
