package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FRIDAY;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;
import static org.schooljournal.core.journal.JournalSchool.SUBSTITUTE;
import static org.schooljournal.core.journal.JournalSchool.WEDNESDAY;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;
import static org.schooljournal.core.journal.JournalSchool.ZONE;
import static org.schooljournal.core.journal.JournalSchool.absence;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.compromise.Compromise;
import org.schooljournal.core.compromise.ReportCompromise;
import org.schooljournal.core.programme.PlannedTopic;
import org.schooljournal.core.programme.SetThematicPlan;
import org.schooljournal.core.reports.ControlCounts;
import org.schooljournal.core.reports.FewMarks;
import org.schooljournal.core.reports.JournalControl;
import org.schooljournal.core.reports.LateEntry;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.school.DeclareTechnicalFailure;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.rules.ruleset.RuleId;

@Tag("REP-5")
@DisplayName("REP-5: the control of the completeness and timeliness of the journals")
class JournalControlTest {

    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate THURSDAY = WEDNESDAY.plusDays(1);
    private static final LocalDate SATURDAY = FRIDAY.plusDays(1);
    private static final int N = JournalControl.DEFAULT_MINIMUM_MARKS;

    private final JournalSchool school = JournalSchool.setUp();

    private static Instant local(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toInstant();
    }

    private void topic(LocalDate date, int slot, String topic) {
        school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(date, slot), topic, LessonKind.LESSON));
    }

    private void homework(LocalDate date, int slot) {
        school.engine.execute(MATH, new AssignHomework(ID, MATH_5A, new LessonRef(date, slot), Optional.empty(),
                "§ 12, упр. 5–7", Optional.empty()));
    }

    private void mark(LocalDate date, int slot, String student, String mark) {
        school.engine.execute(MATH, JournalSchool.mark(date, slot, student, mark, WorkKind.ORAL));
    }

    /** The mathematics week of 12–16 October: three lessons, one topic entered the next day, homework on two. */
    private void week() {
        school.at(MONDAY, LocalTime.of(8, 35));
        topic(MONDAY, 1, "Дроби");
        homework(MONDAY, 1);
        school.at(WEDNESDAY, LocalTime.of(9, 30));
        homework(WEDNESDAY, 2);
        school.at(THURSDAY, LocalTime.of(10, 0));
        topic(WEDNESDAY, 2, "Дроби");
        school.engine.execute(DEPUTY, new RecordSubstitution(ID, MATH_5A, new LessonRef(FRIDAY, 1),
                SUBSTITUTE.personId()));
        school.at(FRIDAY, LocalTime.of(8, 40));
        school.engine.execute(SUBSTITUTE, new RecordTopic(ID, MATH_5A, new LessonRef(FRIDAY, 1), "Повторение",
                LessonKind.LESSON));
    }

    private JournalControl ofWeek(Actor reader) {
        return school.engine.reports().control(reader, ID, MONDAY, FRIDAY, local(SATURDAY, LocalTime.NOON), N);
    }

    @Nested
    @DisplayName("known answers")
    class KnownAnswers {

        @Test
        @DisplayName("REP-5: three lessons due, all given, one topic entered after its day, one substituted; homework on two of three → 2/3; the Russian lessons not given, each listed")
        void lessonsAndHomework() {
            week();
            school.at(SATURDAY, LocalTime.of(13, 0));

            JournalControl control = ofWeek(DEPUTY);

            ControlCounts maths = control.row(MATH_5A).orElseThrow().counts();
            assertThat(maths.lessonsDue()).isEqualTo(3);
            assertThat(maths.lessonsGiven()).isEqualTo(3);
            assertThat(maths.lessonsRecordedLater()).isEqualTo(1);
            assertThat(maths.lessonsSubstituted()).isEqualTo(1);
            assertThat(maths.homeworkFilled()).isEqualTo(2);
            assertThat(maths.homeworkPercent()).contains(new BigDecimal("66.7"));
            ControlCounts russian = control.row(RUSSIAN_5A).orElseThrow().counts();
            assertThat(russian.lessonsDue()).isEqualTo(2);
            assertThat(russian.lessonsNotGiven()).isEqualTo(2);
            assertThat(russian.givenPercent()).contains(new BigDecimal("0.0"));
            assertThat(control.row(RUSSIAN_5A).orElseThrow().lessonsNotGiven())
                    .as("the days a reader opens to see what is missing").hasSize(2).isSorted()
                    .allSatisfy(lesson -> assertThat(lesson.date()).isBetween(MONDAY, FRIDAY));
            assertThat(control.row(MATH_5A).orElseThrow().lessonsNotGiven()).isEmpty();
            assertThat(control.byTeacher()).containsEntry(MATH.personId(), maths)
                    .containsEntry(RUSSIAN.personId(), russian);
            assertThat(control.byClass()).containsOnlyKeys("5А");
            assertThat(control.byClass().get("5А").lessonsDue()).isEqualTo(5);
            assertThat(control.total()).isEqualTo(maths.plus(russian));
            assertThat(control.row(MATH_5A).orElseThrow().teacherId()).contains(MATH.personId());
        }

        @Test
        @DisplayName("REP-5: lessons not yet ended at the report's instant are not due")
        void notYetDue() {
            week();
            JournalControl midweek = school.engine.reports().control(DEPUTY, ID, MONDAY, FRIDAY,
                    local(WEDNESDAY, LocalTime.of(9, 59)), N);
            assertThat(midweek.row(MATH_5A).orElseThrow().counts().lessonsDue()).isEqualTo(1);
            assertThat(midweek.row(RUSSIAN_5A).orElseThrow().lessonsNotGiven())
                    .hasSize(midweek.row(RUSSIAN_5A).orElseThrow().counts().lessonsNotGiven());
            JournalControl ended = school.engine.reports().control(DEPUTY, ID, MONDAY, FRIDAY,
                    local(WEDNESDAY, LocalTime.of(10, 0)), N);
            assertThat(ended.row(MATH_5A).orElseThrow().counts().lessonsDue()).isEqualTo(2);
        }

        @Test
        @Tag("ARC-7")
        @DisplayName("REP-5, ARC-7: an absence late by its teacher and one late because of a declared failure are counted apart, each with how late")
        void lateApartFromFailure() {
            school.at(MONDAY, LocalTime.of(12, 30));
            school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
            school.at(TUESDAY, LocalTime.of(12, 0, 1));
            school.engine.execute(MATH, absence(MONDAY, 1, ALEKSEEVA, AbsenceCode.ILLNESS));
            school.at(TUESDAY, LocalTime.of(13, 0));
            school.engine.execute(DEPUTY, new DeclareTechnicalFailure(ID, local(MONDAY, LocalTime.of(8, 0)),
                    local(MONDAY, LocalTime.of(12, 0)), "нет интернета в школе"));

            JournalControl control = ofWeek(DEPUTY);

            ControlCounts maths = control.row(MATH_5A).orElseThrow().counts();
            assertThat(maths.absences()).isEqualTo(2);
            assertThat(maths.absencesLate()).isEqualTo(1);
            assertThat(maths.absencesLateByFailure()).isEqualTo(1);
            assertThat(maths.lateEntries()).isEqualTo(1);
            assertThat(maths.lateByFailure()).isEqualTo(1);
            Instant deadline = local(MONDAY, LocalTime.of(8, 50));
            assertThat(control.lateEntries()).containsExactly(
                    new LateEntry(MATH_5A, 1, EntryKind.ATTENDANCE, RuleId.ATT_2, Optional.of(new LessonRef(MONDAY, 1)),
                            Optional.of(IVANOV), MATH.personId(), local(MONDAY, LocalTime.of(12, 30)),
                            Optional.of(deadline), Duration.ofMinutes(220), true),
                    new LateEntry(MATH_5A, 2, EntryKind.ATTENDANCE, RuleId.ATT_2, Optional.of(new LessonRef(MONDAY, 1)),
                            Optional.of(ALEKSEEVA), MATH.personId(), local(TUESDAY, LocalTime.of(12, 0, 1)),
                            Optional.of(deadline), Duration.between(deadline, local(TUESDAY, LocalTime.of(12, 0, 1))),
                            false));
        }

        @Test
        @DisplayName("REP-5: a student with 2 marks in the quarter is flagged before the period mark, one with none too; the minimum is the reader's")
        void density() {
            school.at(MONDAY, LocalTime.of(8, 35));
            topic(MONDAY, 1, "Дроби");
            mark(MONDAY, 1, IVANOV, "4");
            mark(MONDAY, 1, ALEKSEEVA, "5");
            school.at(WEDNESDAY, LocalTime.of(9, 25));
            topic(WEDNESDAY, 2, "Дроби");
            mark(WEDNESDAY, 2, IVANOV, "3");
            mark(WEDNESDAY, 2, ALEKSEEVA, "5");
            school.at(FRIDAY, LocalTime.of(8, 35));
            topic(FRIDAY, 1, "Проценты");
            mark(FRIDAY, 1, ALEKSEEVA, "4");
            LocalDate lastDay = JournalSchool.QUARTER_1.lastDay();
            school.at(lastDay, LocalTime.of(15, 0));
            school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, JournalSchool.FIRST_QUARTER, IVANOV, Mark.of("4")));
            Instant asOf = school.clock.instant();

            JournalControl quarter = school.engine.reports().journalControl(MATH, ID, MATH_5A,
                    JournalSchool.QUARTER_1.firstDay(), lastDay, asOf, N);

            ControlCounts counts = quarter.total();
            assertThat(counts.marks()).isEqualTo(5);
            assertThat(counts.pupilLessons()).isEqualTo(9);
            assertThat(counts.marksPerPupilLesson()).contains(new BigDecimal("0.56"));
            assertThat(counts.pupilPeriods()).isEqualTo(3);
            assertThat(quarter.fewMarks()).containsExactly(
                    new FewMarks(MATH_5A, YOLKIN, "QUARTER-1", 0, Optional.empty()),
                    new FewMarks(MATH_5A, IVANOV, "QUARTER-1", 2, Optional.of("4")));
            assertThat(counts.pupilsWithFewMarks()).isEqualTo(2);
            assertThat(school.engine.reports().journalControl(MATH, ID, MATH_5A, JournalSchool.QUARTER_1.firstDay(),
                    lastDay, asOf, 2).fewMarks()).extracting(FewMarks::studentId).containsExactly(YOLKIN);
            assertThat(school.engine.reports().journalControl(MATH, ID, MATH_5A, MONDAY, FRIDAY, asOf, N).fewMarks())
                    .as("no period ends within the week").isEmpty();
        }

        @Test
        @DisplayName("REP-5: the programme covered against the КТП: the plan's hours and topics, the lessons on the plan, the plan's topics given")
        void programme() {
            school.school(new SetThematicPlan(ID, "5А", "math", List.of(new PlannedTopic("Дроби", 30),
                    new PlannedTopic("Проценты", 20))));
            week();
            school.at(SATURDAY, LocalTime.of(13, 0));

            ControlCounts maths = ofWeek(DEPUTY).row(MATH_5A).orElseThrow().counts();

            assertThat(maths.plannedHours()).isEqualTo(50);
            assertThat(maths.plannedTopics()).isEqualTo(2);
            assertThat(maths.lessonsOnPlan()).isEqualTo(2);
            assertThat(maths.plannedTopicsCovered()).isEqualTo(1);
            assertThat(maths.plannedTopicsPercent()).contains(new BigDecimal("50.0"));
        }
    }

    @Nested
    @Tag("PD-4")
    @DisplayName("a compromised account")
    class Compromised {

        @Test
        @DisplayName("REP-5, PD-4: what a compromised account entered after the head was informed counts for nothing: its mark, its late absence")
        void leftOut() {
            school.at(MONDAY, LocalTime.of(8, 35));
            topic(MONDAY, 1, "Дроби");
            mark(MONDAY, 1, IVANOV, "4");
            school.at(MONDAY, LocalTime.of(9, 45));
            mark(MONDAY, 1, ALEKSEEVA, "2");
            school.engine.execute(MATH, absence(MONDAY, 1, YOLKIN, AbsenceCode.UNEXCUSED));
            school.at(MONDAY, LocalTime.of(10, 10));
            Instant now = school.clock.instant();
            ControlCounts before = school.engine.reports().control(DEPUTY, ID, MONDAY, FRIDAY, now, N).total();
            assertThat(before.marks()).isEqualTo(2);
            assertThat(before.absencesLate()).isEqualTo(1);

            Compromise reported = school.engine.compromises().report(HEAD, new ReportCompromise(ID, MATH.personId(),
                    local(MONDAY, LocalTime.of(9, 0)), local(MONDAY, LocalTime.of(9, 30)), "пароль стал известен"));
            school.engine.compromises().drawUpAct(HEAD, ID, reported.number());

            ControlCounts after = school.engine.reports().control(DEPUTY, ID, MONDAY, FRIDAY,
                    school.clock.instant(), N).total();
            assertThat(after.marks()).isEqualTo(1);
            assertThat(after.absences()).isZero();
            assertThat(after.absencesLate()).isZero();
            assertThat(after.lateEntries()).isZero();
            assertThat(after.lessonsGiven()).as("the topic entered before stands").isEqualTo(1);
        }
    }

    @Nested
    @Tag("ACC-3")
    @DisplayName("who may read it")
    class Access {

        @Test
        @DisplayName("REP-5: the administration reads the school's; a homeroom teacher the class's; a subject teacher their journals, not another's; a guardian nothing")
        void readers() {
            week();
            Instant now = school.clock.instant();
            Actor mother = Actor.of("g-mother");
            school.school(new RegisterGuardian(ID, mother.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));

            assertThat(school.engine.reports().classControl(HOMEROOM, ID, "5А", MONDAY, FRIDAY, now, N).rows())
                    .extracting(JournalControl.Row::journal).containsExactly(MATH_5A, RUSSIAN_5A);
            assertThat(school.engine.reports().journalControl(MATH, ID, MATH_5A, MONDAY, FRIDAY, now, N).rows())
                    .hasSize(1);
            assertThat(school.engine.reports().teacherControl(MATH, ID, MATH.personId(), MONDAY, FRIDAY, now, N)
                    .rows()).extracting(JournalControl.Row::journal).containsExactly(MATH_5A);
            assertThat(school.engine.reports().teacherControl(DEPUTY, ID, RUSSIAN.personId(), MONDAY, FRIDAY, now, N)
                    .rows()).extracting(JournalControl.Row::journal).containsExactly(RUSSIAN_5A);
            assertThatThrownBy(() -> school.engine.reports().journalControl(RUSSIAN, ID, MATH_5A, MONDAY, FRIDAY, now,
                    N)).isInstanceOf(AccessDeniedException.class).hasMessageContaining("math");
            assertThatThrownBy(() -> school.engine.reports().teacherControl(RUSSIAN, ID, MATH.personId(), MONDAY,
                    FRIDAY, now, N)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> school.engine.reports().classControl(MATH, ID, "5А", MONDAY, FRIDAY, now, N))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> school.engine.reports().control(HOMEROOM, ID, MONDAY, FRIDAY, now, N))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> school.engine.reports().control(mother, ID, MONDAY, FRIDAY, now, N))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> school.engine.reports().journalControl(mother, ID, MATH_5A, MONDAY, FRIDAY, now,
                    N)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    @DisplayName("bad arguments")
    class BadArguments {

        @Test
        @DisplayName("REP-5: reversed or unbounded dates, an instant out of range, a minimum out of bounds, an unknown class, journal or teacher: each named with its value")
        void refused() {
            Instant now = school.clock.instant();
            assertThatThrownBy(() -> school.engine.reports().control(DEPUTY, ID, FRIDAY, MONDAY, now, N))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("to").hasMessageContaining(
                            MONDAY.toString());
            assertThatThrownBy(() -> school.engine.reports().control(DEPUTY, ID, MONDAY, MONDAY.plusYears(2), now, N))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("366");
            assertThatThrownBy(() -> school.engine.reports().control(DEPUTY, ID, MONDAY, FRIDAY, Instant.MAX, N))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("asOf");
            assertThatThrownBy(() -> school.engine.reports().control(DEPUTY, ID, MONDAY, FRIDAY, now, 0))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("minimumMarks")
                    .hasMessageContaining("0");
            assertThatThrownBy(() -> school.engine.reports().control(DEPUTY, ID, MONDAY, FRIDAY, now,
                    JournalControl.MAX_MINIMUM_MARKS + 1)).isInstanceOf(InvalidCommandException.class)
                    .hasMessageContaining("minimumMarks");
            assertThatThrownBy(() -> school.engine.reports().control(DEPUTY, ID, MONDAY, FRIDAY, null, N))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("asOf");
            assertThatThrownBy(() -> school.engine.reports().classControl(DEPUTY, ID, "9Я", MONDAY, FRIDAY, now, N))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("9Я");
            assertThatThrownBy(() -> school.engine.reports().journalControl(DEPUTY, ID, new JournalKey("5А", "chem"),
                    MONDAY, FRIDAY, now, N)).isInstanceOf(NotFoundException.class).hasMessageContaining("chem");
            assertThatThrownBy(() -> school.engine.reports().teacherControl(DEPUTY, ID, "nobody", MONDAY, FRIDAY,
                    now, N)).isInstanceOf(NotFoundException.class).hasMessageContaining("nobody");
        }
    }

    @Nested
    @DisplayName("as of an instant")
    class AsOf {

        @Test
        @DisplayName("REP-5: as of Monday noon the absence entered at 12:30 is not seen; the report of Saturday noon reads the same a year later, though a failure declared since excuses the absence now")
        void then() {
            school.at(MONDAY, LocalTime.of(8, 35));
            topic(MONDAY, 1, "Дроби");
            school.at(MONDAY, LocalTime.of(12, 30));
            school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
            school.at(SATURDAY, LocalTime.of(13, 0));
            JournalControl onSaturday = ofWeek(DEPUTY);
            school.at(SATURDAY, LocalTime.of(14, 0));
            school.engine.execute(DEPUTY, new DeclareTechnicalFailure(ID, local(MONDAY, LocalTime.of(8, 0)),
                    local(MONDAY, LocalTime.of(12, 0)), "нет интернета в школе"));
            school.at(SATURDAY.plusYears(1), LocalTime.of(9, 0));

            JournalControl atNoon = school.engine.reports().control(DEPUTY, ID, MONDAY, FRIDAY,
                    local(MONDAY, LocalTime.NOON), N);
            assertThat(atNoon.total().absences()).isZero();
            assertThat(atNoon.total().lessonsGiven()).isEqualTo(1);
            assertThat(onSaturday.total().absencesLate()).isEqualTo(1);
            assertThat(ofWeek(DEPUTY)).as("the report of Saturday noon, a year later").isEqualTo(onSaturday);
            assertThat(school.engine.reports().control(DEPUTY, ID, MONDAY, FRIDAY, school.clock.instant(), N)
                    .total().absencesLateByFailure()).as("now").isEqualTo(1);
        }

        @Test
        @DisplayName("REP-5 property: the control as of an instant equals that of a school given only what was recorded by then")
        void property() {
            qt().withExamples(15).forAll(lists().of(integers().between(0, 39)).ofSizeBetween(1, 10),
                    integers().between(0, 10)).checkAssert((steps, cut) -> {
                        JournalSchool full = JournalSchool.setUp();
                        JournalSchool part = JournalSchool.setUp();
                        Instant asOf = local(MONDAY, LocalTime.of(8, 0));
                        for (int i = 0; i < steps.size(); i++) {
                            Instant at = local(MONDAY, LocalTime.of(8, 35)).plus(Duration.ofMinutes(397L * i));
                            full.clock.set(at);
                            boolean applied = apply(full, steps.get(i));
                            if (i < cut) {
                                part.clock.set(at);
                                assertThat(apply(part, steps.get(i))).isEqualTo(applied);
                                asOf = at;
                            }
                        }
                        part.clock.set(asOf);
                        Instant instant = asOf;
                        assertThat(full.engine.reports().control(DEPUTY, ID, MONDAY, FRIDAY, instant, 2))
                                .isEqualTo(part.engine.reports().control(DEPUTY, ID, MONDAY, FRIDAY, instant, 2));
                    });
        }
    }

    /**
     * Applies a step of the property to the school: a topic, homework, an absence or a mark in one
     * of the week's mathematics lessons, or the failure declared; returns whether it was taken.
     */
    private static boolean apply(JournalSchool school, int step) {
        List<LessonRef> lessons = List.of(new LessonRef(MONDAY, 1), new LessonRef(WEDNESDAY, 2),
                new LessonRef(FRIDAY, 1));
        List<String> students = List.of(IVANOV, ALEKSEEVA, YOLKIN);
        LessonRef lesson = lessons.get(step % 3);
        String student = students.get(step / 3 % 3);
        try {
            switch (step / 9) {
                case 0 -> school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, lesson, "Дроби", LessonKind.LESSON));
                case 1 -> school.engine.execute(MATH, new AssignHomework(ID, MATH_5A, lesson, Optional.empty(),
                        "§ 12", Optional.empty()));
                case 2 -> school.engine.execute(MATH, new RecordAbsence(ID, MATH_5A, lesson, student,
                        AbsenceCode.UNEXCUSED));
                case 3 -> school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, lesson, student, Mark.of("5"),
                        WorkKind.ORAL));
                default -> school.engine.execute(DEPUTY, new DeclareTechnicalFailure(ID,
                        local(MONDAY, LocalTime.of(8, 0)), local(MONDAY, LocalTime.of(12, 0)), "сбой"));
            }
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }
}
