package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.FRIDAY;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.WEDNESDAY;
import static org.schooljournal.core.journal.JournalSchool.absence;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.programme.PlannedTopic;
import org.schooljournal.core.programme.SetThematicPlan;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.rules.ruleset.RuleSets;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

@DisplayName("A lesson that has not begun: its attendance, marks and notes cannot be known; topics and homework wait for it unless the rule set plans ahead")
class LessonNotBegunTest {

    private final JournalSchool school = JournalSchool.setUp();

    private long mathVersion() {
        return school.store.version(MATH_5A.stream(ID));
    }

    private void refusedUntil(ThrowableAssert.ThrowingCallable command, String opensAt) {
        long before = mathVersion();
        assertThatThrownBy(command).isInstanceOfSatisfying(JournalException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME)).hasMessageContaining("too early")
                .hasMessageContaining(opensAt);
        assertThat(mathVersion()).as("nothing stored").isEqualTo(before);
    }

    @Test
    @Tag("ATT-2")
    @Tag("ATT-5")
    @DisplayName("ATT-2: an «н» recorded on Monday for Friday's lesson is refused with OUT_OF_TIME naming when it opens; nothing is stored, nothing is mailed")
    void absenceAhead() {
        school.at(MONDAY.minusDays(3), LocalTime.of(18, 0));
        school.school(new RegisterGuardian(ID, "g-ivanova", "Иванова", "Ольга", "", IVANOV));
        school.subscribe(Actor.of("g-ivanova"), "ivanova@example.ru", Schedule.IMMEDIATE);
        school.at(MONDAY, LocalTime.of(8, 40));

        refusedUntil(() -> school.engine.execute(MATH, absence(FRIDAY, 1, IVANOV, AbsenceCode.UNEXCUSED)),
                "2026-10-16T08:30+05:00");

        school.at(FRIDAY, LocalTime.of(8, 30));
        school.engine.execute(MATH, absence(FRIDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).state().outbox()).hasSize(1);
    }

    @Test
    @Tag("MRK-2")
    @DisplayName("MRK-2: a mark for a lesson that has not begun is refused, even a second before its start; from its start it is accepted")
    void markAhead() {
        school.at(MONDAY, LocalTime.of(8, 29, 59));
        refusedUntil(() -> school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL)),
                "2026-10-12T08:30+05:00");
        refusedUntil(() -> school.engine.execute(MATH, mark(FRIDAY, 1, IVANOV, "5", WorkKind.TEST)),
                "2026-10-16T08:30+05:00");

        school.at(MONDAY, LocalTime.of(8, 30));
        school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));
        assertThat(mathVersion()).isPositive();
    }

    @Test
    @Tag("MRK-3")
    @DisplayName("MRK-3: a control work's marks before the work's lesson are refused (14.10, 09:20)")
    void controlWorkAhead() {
        school.at(WEDNESDAY, LocalTime.of(9, 0));
        refusedUntil(() -> school.engine.execute(MATH, mark(WEDNESDAY, 2, IVANOV, "4", WorkKind.CONTROL_WORK)),
                "2026-10-14T09:20+05:00");
        school.at(WEDNESDAY, LocalTime.of(9, 20));
        school.engine.execute(MATH, mark(WEDNESDAY, 2, IVANOV, "4", WorkKind.CONTROL_WORK));
    }

    @Test
    @Tag("LES-7")
    @Tag("ATT-1")
    @DisplayName("LES-7: a teacher's note on a lesson that has not begun (a lateness) is refused")
    void noteAhead() {
        school.at(MONDAY, LocalTime.of(8, 0));
        refusedUntil(() -> school.engine.execute(MATH, new AddTeacherNote(ID, MATH_5A, new LessonRef(MONDAY, 1),
                Optional.of(IVANOV), NoteKind.LATENESS, "опоздал на 10 минут")), "2026-10-12T08:30+05:00");
    }

    @Test
    @Tag("LES-2")
    @Tag("LES-4")
    @DisplayName("LES-2, LES-4: as the regulation reads, a topic and homework wait for their lesson, planned in the КТП or not")
    void plannedEntriesWaitByDefault() {
        school.school(new SetThematicPlan(ID, "5А", "math", List.of(new PlannedTopic("Дроби", 6))));
        school.at(MONDAY, LocalTime.of(12, 0));
        refusedUntil(() -> school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(WEDNESDAY, 2), "Дроби",
                LessonKind.LESSON)), "2026-10-14T09:20+05:00");
        refusedUntil(() -> school.engine.execute(MATH, new AssignHomework(ID, MATH_5A, new LessonRef(WEDNESDAY, 2),
                Optional.empty(), "§ 12", Optional.empty())), "2026-10-14T09:20+05:00");
    }

    @Test
    @Tag("LES-2")
    @Tag("LES-4")
    @DisplayName("LES-2, LES-4: a rule set that plans a week ahead accepts the КТП's topic and the homework before the lesson, but no topic outside the plan")
    void plannedAheadAsASetting() {
        JournalEngine planning = JournalEngine.builder().eventStore(school.store).clock(school.clock)
                .ruleSet(RuleSets.yugra2020().withOverrides(
                        "{\"rules\": {\"LES-2\": {\"plannedAhead\": \"P7D\"}, \"LES-4\": {\"ahead\": \"P7D\"}}}"))
                .build();
        school.school(new SetThematicPlan(ID, "5А", "math", List.of(new PlannedTopic("Дроби", 6))));
        school.at(MONDAY, LocalTime.of(12, 0));

        planning.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(WEDNESDAY, 2), "Дроби", LessonKind.LESSON));
        planning.execute(MATH, new AssignHomework(ID, MATH_5A, new LessonRef(WEDNESDAY, 2), Optional.empty(), "§ 12",
                Optional.empty()));
        assertThatThrownBy(() -> planning.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(FRIDAY, 1),
                "Повторение", LessonKind.LESSON))).isInstanceOfSatisfying(JournalException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME)).hasMessageContaining("LES-2");

        Journal journal = planning.journals().read(MATH, ID, MATH_5A);
        assertThat(journal.entry(1).details()).containsEntry("plannedTopic", "1");
        assertThat(journal.entry(2).original().timing().orElseThrow().late()).isFalse();
    }
}
