package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ROS-2")
class MovementHistoryTest {

    private static final LocalDate SEPTEMBER_1 = LocalDate.of(2025, 9, 1);
    private static final LocalDate JANUARY_12 = LocalDate.of(2026, 1, 12);
    private static final LocalDate MAY_20 = LocalDate.of(2026, 5, 20);

    private static final MovementHistory HISTORY = MovementHistory.empty()
            .with(Movement.enrolment("5А", SEPTEMBER_1))
            .with(Movement.transfer("5А", "5Б", JANUARY_12))
            .with(Movement.withdrawal("5Б", MAY_20, "переезд"));

    @Test
    @DisplayName("ROS-2: the class on a date is the one of the last movement on or before it")
    void classOnDate() {
        assertThat(HISTORY.classOn(SEPTEMBER_1.minusDays(1))).isEmpty();
        assertThat(HISTORY.classOn(SEPTEMBER_1)).contains("5А");
        assertThat(HISTORY.classOn(JANUARY_12.minusDays(1))).contains("5А");
        assertThat(HISTORY.classOn(JANUARY_12)).contains("5Б");
        assertThat(HISTORY.classOn(MAY_20.minusDays(1))).contains("5Б");
        assertThat(HISTORY.classOn(MAY_20)).isEmpty();
        assertThat(HISTORY.currentClass()).isEmpty();
        assertThat(MovementHistory.empty().currentClass()).isEmpty();
        assertThat(MovementHistory.empty().last()).isEmpty();
    }

    @Test
    @DisplayName("ROS-2: a movement is added, never replacing one; the old history is unchanged")
    void addsWithoutChanging() {
        MovementHistory before = MovementHistory.empty().with(Movement.enrolment("5А", SEPTEMBER_1));
        MovementHistory after = before.with(Movement.transfer("5А", "5Б", JANUARY_12));

        assertThat(before.movements()).hasSize(1);
        assertThat(after.movements()).startsWith(before.movements().get(0)).hasSize(2);
    }

    @Test
    @DisplayName("ROS-2: a movement dated before the last one is refused")
    void refusesEarlierMovement() {
        assertThatThrownBy(() -> HISTORY.with(Movement.enrolment("5А", JANUARY_12)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("movement on 2026-01-12 is before the one on 2026-05-20");
    }

    @Test
    @DisplayName("ROS-2: a movement's classes and reason must fit its kind")
    void movementFitsKind() {
        assertThatThrownBy(() -> Movement.transfer("5А", "5А", JANUARY_12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Movement.withdrawal("5А", JANUARY_12, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Movement(MovementKind.ENROLMENT, JANUARY_12, Optional.of("5А"), Optional.of("5Б"), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a ENROLMENT on 2026-01-12 cannot have fromClass Optional[5А]");
        assertThat(Movement.withdrawal("5Б", MAY_20, "переезд").toClass()).isEmpty();
    }
}
