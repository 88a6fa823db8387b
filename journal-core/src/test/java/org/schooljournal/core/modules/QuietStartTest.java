package org.schooljournal.core.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An engine starts without an INFO line from a dependency in the host's log: Hibernate Validator's
 * version line (HV000001), which it writes through JBoss Logging to {@code java.util.logging} the
 * first time a JVM bootstraps it, is silenced by raising the level of that one logger. Each case
 * starts a JVM of its own, on the tests' class path, where {@link StartEngine} captures what
 * {@code java.util.logging} receives.
 */
@DisplayName("An engine's start writes no INFO line of a dependency to java.util.logging")
class QuietStartTest {

    private static List<String> logged(String start) {
        ChildJvm.Run run = ChildJvm.java(List.of("-cp", ChildJvm.testClassPath(), StartEngine.class.getName(), start));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.lines()).as(run.toString()).contains("DONE");
        return run.lines().stream().filter(line -> line.startsWith("LOG ")).toList();
    }

    @Test
    @DisplayName("building an engine and executing a command logs nothing at INFO or above")
    void engineStartsQuietly() {
        assertThat(logged("engine"))
                .noneMatch(line -> line.startsWith("LOG INFO ") || line.startsWith("LOG WARNING ")
                        || line.startsWith("LOG SEVERE "));
    }

    @Test
    @DisplayName("the capture sees the line: Hibernate Validator bootstrapped alone logs HV000001 at INFO")
    void withoutTheEngineTheVersionLineIsLogged() {
        assertThat(logged("validator"))
                .anySatisfy(line -> assertThat(line).startsWith("LOG INFO org.hibernate.validator.internal.util.Version")
                        .contains("HV000001"));
    }
}
