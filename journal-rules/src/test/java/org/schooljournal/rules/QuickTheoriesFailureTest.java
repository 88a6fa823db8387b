package org.schooljournal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Shows that a falsified property fails the build: QuickTheories throws an {@link AssertionError}
 * naming the smallest falsifying value, which JUnit reports as a failed test and Surefire as a
 * failed build. Without this, a property that could never fail would pass unnoticed.
 */
class QuickTheoriesFailureTest {

    @Test
    @DisplayName("a falsified check(...) throws an AssertionError naming the shrunk value 500")
    void falsifiedPredicateFails() {
        assertThatThrownBy(() -> qt().forAll(integers().between(0, 1000)).check(i -> i < 500))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Property falsified")
                .hasMessageContaining("500");
    }

    @Test
    @DisplayName("a failed AssertJ assertion inside checkAssert(...) throws an AssertionError with its message")
    void failedAssertionInsideCheckAssertFails() {
        assertThatThrownBy(() -> qt().forAll(integers().between(0, 1000))
                .checkAssert(i -> assertThat(i).as("minutes late").isLessThan(500)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Property falsified")
                .hasMessageContaining("500")
                .hasMessageContaining("minutes late");
    }

    @Test
    @DisplayName("a property over the domain's generators fails too: a deadline is not always in the future")
    void falsifiedDomainPropertyFails() {
        assertThatThrownBy(() -> qt().withExamples(200)
                .forAll(RulesGenerators.lessons(), RulesGenerators.offsets())
                .checkAssert((lesson, offset) -> {
                    Entry absence = new Entry.Attendance(lesson);
                    assertThat(YugraSchool2026.rules()
                            .judge(absence, RulesGenerators.FIXTURE.instant(lesson.date(), lesson.start())
                                    .plus(Duration.ofMinutes(20)).plus(offset))
                            .isOnTime()).as("absence entered 20 minutes and %s after the lesson's start", offset)
                            .isTrue();
                }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Property falsified")
                .hasMessageContaining("LessonTime[classCode=")
                .hasMessageContaining("absence entered 20 minutes and");
    }
}
