package org.schooljournal.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.programme.ProgrammeFixture.ID;
import static org.schooljournal.core.programme.ProgrammeFixture.MATH;
import static org.schooljournal.core.programme.ProgrammeFixture.assertNotFound;
import static org.schooljournal.core.programme.ProgrammeFixture.decide;
import static org.schooljournal.core.programme.ProgrammeFixture.run;
import static org.schooljournal.core.programme.ProgrammeFixture.withLists;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;

@Tag("YR-8")
@DisplayName("YR-8: the calendar-thematic plan — ordered topics with hours")
class SetThematicPlanTest {

    private static final List<PlannedTopic> TOPICS = List.of(
            new PlannedTopic("Натуральные числа", 12),
            new PlannedTopic("Дроби", 20),
            new PlannedTopic("Итоговое повторение", 3));

    @Test
    @DisplayName("the plan keeps its topics in teaching order")
    void sets() {
        SchoolState state = run(withLists(), new SetThematicPlan(ID, "5А", MATH, TOPICS));

        ThematicPlan plan = Programme.of(state).thematicPlan("5А", MATH).orElseThrow();
        assertThat(plan.topics()).extracting(PlannedTopic::title)
                .containsExactly("Натуральные числа", "Дроби", "Итоговое повторение");
        assertThat(plan.totalHours()).isEqualTo(35);
    }

    @Test
    @DisplayName("setting the same plan again changes nothing; another plan replaces it")
    void idempotentAndReplaced() {
        SchoolState state = run(withLists(), new SetThematicPlan(ID, "5А", MATH, TOPICS));
        assertThat(decide(state, new SetThematicPlan(ID, "5А", MATH, TOPICS))).isEmpty();

        state = run(state, new SetThematicPlan(ID, "5А", MATH, List.of(new PlannedTopic("Дроби", 30))));
        assertThat(Programme.of(state).thematicPlans()).hasSize(1);
        assertThat(Programme.of(state).thematicPlan("5А", MATH).orElseThrow().totalHours()).isEqualTo(30);
    }

    @Test
    @DisplayName("an unknown subject is NOT_FOUND; an empty plan and a topic without hours are refused")
    void refused() {
        assertNotFound(withLists(), new SetThematicPlan(ID, "5А", "ФИЗ", TOPICS))
                .hasMessage("SetThematicPlan: subjectCode ФИЗ is not a subject of school 86-001");
        assertThatThrownBy(() -> decide(withLists(), new SetThematicPlan(ID, "5А", MATH, List.of())))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("topics");
        assertThatThrownBy(() -> new PlannedTopic("Дроби", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
