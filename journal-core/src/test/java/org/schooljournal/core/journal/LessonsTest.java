package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
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

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddStudyGroup;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.GroupKind;
import org.schooljournal.core.programme.PlannedTopic;
import org.schooljournal.core.programme.SetThematicPlan;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.ruleset.RuleId;

@DisplayName("Lessons: dated records, topics, homework, substitutions, reschedules, notes")
class LessonsTest {

    private final JournalSchool school = JournalSchool.setUp();

    private static RecordTopic topic(JournalKey key, java.time.LocalDate date, int slot, String topic, LessonKind kind) {
        return new RecordTopic(ID, key, new LessonRef(date, slot), topic, kind);
    }

    @Test
    @Tag("LES-1")
    @DisplayName("LES-1: a double lesson is two records, each with its date, slot and topic")
    void doubleLesson() {
        school.at(MONDAY, LocalTime.of(11, 0));
        school.engine.execute(RUSSIAN, topic(RUSSIAN_5A, MONDAY, 2, "Орфограммы в корне слова", LessonKind.LESSON));
        school.engine.execute(RUSSIAN, topic(RUSSIAN_5A, MONDAY, 3, "Орфограммы в корне слова: практикум",
                LessonKind.PRACTICAL_WORK));

        JournalPage page = school.engine.journals().read(RUSSIAN, ID, RUSSIAN_5A).page(MONDAY, MONDAY);

        assertThat(page.lessons()).extracting(JournalPage.Lesson::lesson)
                .containsExactly(new LessonRef(MONDAY, 2), new LessonRef(MONDAY, 3));
        assertThat(page.lessons()).extracting(l -> l.topic().orElseThrow())
                .containsExactly("Орфограммы в корне слова", "Орфограммы в корне слова: практикум");
        assertThat(page.lessons()).extracting(l -> l.kind().orElseThrow())
                .containsExactly(LessonKind.LESSON, LessonKind.PRACTICAL_WORK);
    }

    @Test
    @Tag("LES-2")
    @Tag("LES-6")
    @DisplayName("LES-2, LES-6: the topic is linked to the thematic plan when it is one of its topics; the lesson's kind is kept")
    void topicFollowsThePlan() {
        school.school(new SetThematicPlan(ID, "5А", "math", List.of(new PlannedTopic("Натуральные числа", 4),
                new PlannedTopic("Дроби", 6))));
        school.at(MONDAY, LocalTime.of(9, 0));
        school.engine.execute(MATH, topic(MATH_5A, MONDAY, 1, "Дроби", LessonKind.LESSON));
        school.at(WEDNESDAY, LocalTime.of(9, 20));
        school.engine.execute(MATH, topic(MATH_5A, WEDNESDAY, 2, "Контрольная работа № 1", LessonKind.CONTROL_WORK));

        Journal journal = school.engine.journals().read(MATH, ID, MATH_5A);
        assertThat(journal.entry(1).details()).containsEntry("plannedTopic", "2").containsEntry("kind", "LESSON");
        assertThat(journal.entry(2).details()).containsEntry("plannedTopic", "none").containsEntry("kind", "CONTROL_WORK");
    }

    @Test
    @Tag("LES-3")
    @Tag("LES-4")
    @DisplayName("LES-3, LES-4: general and individual homework with its manner; on time until 1.5 h after 5А's last lesson (11:00 → 12:30)")
    void homework() {
        school.at(MONDAY, LocalTime.of(12, 30));
        school.engine.execute(MATH, new AssignHomework(ID, MATH_5A, new LessonRef(MONDAY, 1), Optional.empty(),
                "§ 12, № 45–47", Optional.of("письменно")));
        school.at(MONDAY, LocalTime.of(12, 30, 1));
        school.engine.execute(MATH, new AssignHomework(ID, MATH_5A, new LessonRef(MONDAY, 1), Optional.of(IVANOV),
                "карточка № 3", Optional.empty()));

        Journal journal = school.engine.journals().read(MATH, ID, MATH_5A);
        assertThat(journal.entry(1).original().timing().orElseThrow().rule()).isEqualTo(RuleId.LES_4);
        assertThat(journal.entry(1).original().timing().orElseThrow().verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(journal.entry(1).details()).containsEntry("manner", "письменно");
        assertThat(journal.entry(2).studentId()).contains(IVANOV);
        assertThat(journal.entry(2).original().timing().orElseThrow().verdict()).isEqualTo(Timeliness.LATE);
        assertThat(journal.page(MONDAY, MONDAY).lessons().get(0).homework()).contains("§ 12, № 45–47");
    }

    @Test
    @Tag("LES-4")
    @DisplayName("LES-4 counts from the class's last timetabled lesson: on Friday 5А has one lesson, ending 9:10, so 10:40")
    void homeworkOnAShortDay() {
        school.at(FRIDAY, LocalTime.of(10, 40, 1));
        school.engine.execute(MATH, new AssignHomework(ID, MATH_5A, new LessonRef(FRIDAY, 1), Optional.empty(), "№ 50",
                Optional.empty()));

        EntryTiming timing = school.engine.journals().read(MATH, ID, MATH_5A).entry(1).original().timing().orElseThrow();
        assertThat(timing.verdict()).isEqualTo(Timeliness.LATE);
        assertThat(timing.lateBy()).isEqualTo(java.time.Duration.ofSeconds(1));
    }

    @Test
    @Tag("LES-5")
    @Tag("ACC-2")
    @DisplayName("LES-5: a substitute records only in the lesson they substituted, and the page shows who taught it")
    void substitution() {
        school.at(FRIDAY, LocalTime.of(7, 0));
        assertThatThrownBy(() -> school.engine.execute(MATH, new RecordSubstitution(ID, MATH_5A,
                new LessonRef(FRIDAY, 1), SUBSTITUTE.personId()))).isInstanceOf(AccessDeniedException.class);
        school.engine.execute(DEPUTY, new RecordSubstitution(ID, MATH_5A, new LessonRef(FRIDAY, 1),
                SUBSTITUTE.personId()));
        school.at(FRIDAY, LocalTime.of(8, 40));

        school.engine.execute(SUBSTITUTE, topic(MATH_5A, FRIDAY, 1, "Сложение дробей", LessonKind.LESSON));
        assertThatThrownBy(() -> school.engine.execute(SUBSTITUTE, topic(MATH_5A, WEDNESDAY, 2, "Дроби",
                LessonKind.LESSON))).isInstanceOf(AccessDeniedException.class).hasMessageContaining("no substitute");

        JournalPage.Lesson lesson = school.engine.journals().read(SUBSTITUTE, ID, MATH_5A).page(FRIDAY, FRIDAY).lessons().get(0);
        assertThat(lesson.taughtBy()).contains(SUBSTITUTE.personId());
        assertThat(lesson.substitute()).contains(SUBSTITUTE.personId());
        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).entry(1).details())
                .containsEntry("substitute", SUBSTITUTE.personId());
    }

    @Test
    @Tag("LES-5")
    @DisplayName("LES-5: a rescheduled lesson is recorded at its new date and slot, and no longer at the old")
    void reschedule() {
        school.at(MONDAY.minusDays(3), LocalTime.of(15, 0));
        school.engine.execute(DEPUTY, new RescheduleLesson(ID, MATH_5A, new LessonRef(WEDNESDAY, 2),
                new LessonRef(WEDNESDAY.plusDays(1), 3), "учитель на курсах"));
        school.at(WEDNESDAY.plusDays(1), LocalTime.of(10, 30));

        school.engine.execute(MATH, topic(MATH_5A, WEDNESDAY.plusDays(1), 3, "Дроби", LessonKind.LESSON));
        assertThatThrownBy(() -> school.engine.execute(MATH, topic(MATH_5A, WEDNESDAY, 2, "Дроби", LessonKind.LESSON)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("moved to");
        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).page(MONDAY, FRIDAY).lessons())
                .extracting(JournalPage.Lesson::lesson).containsExactly(new LessonRef(MONDAY, 1),
                        new LessonRef(WEDNESDAY.plusDays(1), 3), new LessonRef(FRIDAY, 1));
    }

    @Test
    @Tag("LES-7")
    @DisplayName("LES-7: teacher notes on behaviour and progress, for a student or the class")
    void notes() {
        school.at(MONDAY, LocalTime.of(9, 5));
        school.engine.execute(MATH, new AddTeacherNote(ID, MATH_5A, new LessonRef(MONDAY, 1), Optional.of(IVANOV),
                NoteKind.BEHAVIOUR, "мешал вести урок"));
        school.engine.execute(MATH, new AddTeacherNote(ID, MATH_5A, new LessonRef(MONDAY, 1), Optional.empty(),
                NoteKind.PROGRESS, "класс усвоил тему"));

        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).state().entries(e -> e.kind() == EntryKind.NOTE))
                .extracting(e -> e.detail("kind").orElseThrow(), e -> e.studentId().orElse("класс"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BEHAVIOUR", IVANOV),
                        org.assertj.core.groups.Tuple.tuple("PROGRESS", "класс"));
    }

    @Test
    @Tag("ATT-4")
    @DisplayName("ATT-4: lessons given at home to a long-ill student are recorded in the journal of their individual curriculum")
    void homeLessons() {
        school.school(new AddStudyGroup(ID, "5А-ИУП-Иванов", GroupKind.INDIVIDUAL, List.of("5А"), 5, IVANOV));
        school.school(new AssignTeachingLoad(ID, MATH.personId(), "math", "5А-ИУП-Иванов"));
        school.school(new AddTimetableEntry(ID, "5А-ИУП-Иванов", DayOfWeek.TUESDAY, 3, ActivityKind.LESSON, "math",
                MATH.personId(), "201"));
        JournalKey home = new JournalKey("5А-ИУП-Иванов", "math");
        school.at(MONDAY.plusDays(1), LocalTime.of(11, 0));

        school.engine.execute(MATH, topic(home, MONDAY.plusDays(1), 3, "Дроби (на дому)", LessonKind.HOME_OR_HOSPITAL));
        school.engine.execute(MATH, RecordMark.of(ID, home, new LessonRef(MONDAY.plusDays(1), 3), IVANOV,
                Mark.of("5"), WorkKind.ORAL));

        JournalPage page = school.engine.journals().read(MATH, ID, home).page(MONDAY, FRIDAY);
        assertThat(page.rows()).extracting(r -> r.student().personId()).containsExactly(IVANOV);
        assertThat(page.rows().get(0).cell(new LessonRef(MONDAY.plusDays(1), 3)).marks()).containsExactly("5");
        assertThat(school.engine.journals().read(MATH, ID, home).entry(1).details()).containsEntry("kind", "HOME_OR_HOSPITAL");
    }

    @Test
    @Tag("LES-1")
    @DisplayName("the journal page lists the students in alphabetical order, ё after е")
    void pageOrder() {
        JournalPage page = school.engine.journals().read(MATH, ID, MATH_5A).page(MONDAY, FRIDAY);

        assertThat(page.rows()).extracting(r -> r.student().surname()).containsExactly("Алексеева", "Ёлкин", "Иванов");
        assertThat(page.rows()).extracting(JournalPage.Row::number).containsExactly(1, 2, 3);
    }
}
