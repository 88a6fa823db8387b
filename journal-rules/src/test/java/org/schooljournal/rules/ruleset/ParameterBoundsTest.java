package org.schooljournal.rules.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.RulesGenerators;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.TechnicalFailure;

/**
 * The bounds of rule parameters ({@link ParameterBounds}): a value beyond them is refused when the
 * rule set or a school's overrides are read, naming the parameter's JSON path; every value within
 * them leaves every limit computable.
 */
@DisplayName("Rule parameters are bounded when read, so that every limit stays computable")
class ParameterBoundsTest {

    private static final RuleSet YUGRA = RuleSets.yugra2020();

    /** A parameter a school or a region may set, and whether it is a duration or a number. */
    private record Parameter(String rule, String name, boolean duration) {
    }

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("ATT-2", "within", true), new Parameter("LES-4", "afterLessonsEnd", true),
            new Parameter("MRK-13", "within", true), new Parameter("PD-4", "within", true),
            new Parameter("ARC-7", "grace", true), new Parameter("MRK-3", "days", false),
            new Parameter("MRK-4", "days", false), new Parameter("MRK-7", "lastDays", false),
            new Parameter("PD-4", "workingDays", false), new Parameter("ARC-1", "retentionYears", false),
            new Parameter("ARC-2", "retentionYears", false));

    /** One override: a parameter and its value as JSON. */
    private record Setting(Parameter parameter, String json) {
        @Override
        public String toString() {
            return parameter.rule() + "." + parameter.name() + " = " + json;
        }
    }

    @Test
    @Tag("ATT-2")
    @DisplayName("ATT-2: a limit of PT2562047788015215H is refused when the overrides are read, naming $.rules.ATT-2.within")
    void hugeDurationRefused() {
        assertThatThrownBy(() -> YUGRA.withOverrides("{\"rules\":{\"ATT-2\":{\"within\":\"PT2562047788015215H\"}}}"))
                .isInstanceOfSatisfying(InvalidRuleSetException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.rules.ATT-2.within");
                    assertThat(e.problem()).contains("at most PT8784H");
                });
    }

    @Test
    @Tag("PD-4")
    @Tag("ARC-1")
    @DisplayName("PD-4, ARC-1: counts beyond their bounds are refused, naming the parameter; the bounds themselves are accepted")
    void countsBounded() {
        assertThatThrownBy(() -> YUGRA.withOverrides("{\"rules\":{\"PD-4\":{\"workingDays\":2147483647}}}"))
                .isInstanceOfSatisfying(InvalidRuleSetException.class,
                        e -> assertThat(e.path()).isEqualTo("$.rules.PD-4.workingDays"));
        assertThatThrownBy(() -> YUGRA.withOverrides("{\"rules\":{\"ARC-1\":{\"retentionYears\":101}}}"))
                .isInstanceOfSatisfying(InvalidRuleSetException.class,
                        e -> assertThat(e.path()).isEqualTo("$.rules.ARC-1.retentionYears"));

        RuleSet widest = YUGRA.withOverrides("{\"rules\":{\"PD-4\":{\"workingDays\":366},\"ARC-1\":{\"retentionYears\":100},"
                + "\"ARC-7\":{\"grace\":\"P366D\"}}}");
        assertThat(widest.rule(RuleId.ARC_1, ArchiveRule.class).retentionYears()).isEqualTo(100);
        assertThat(widest.rule(RuleId.ARC_7, FailureRule.class).grace()).isEqualTo(ParameterBounds.MAX_DURATION);
    }

    @Test
    @Tag("ATT-2") @Tag("LES-4") @Tag("MRK-3") @Tag("MRK-4") @Tag("MRK-7") @Tag("MRK-13") @Tag("PD-4")
    @Tag("ARC-1") @Tag("ARC-2") @Tag("ARC-7")
    @DisplayName("any override values are either refused with the rule set's error, or leave every limit and verdict computable")
    void anyOverrideIsRefusedOrComputable() {
        qt().withExamples(300).forAll(lists().of(overrides()).ofSizeBetween(1, 4),
                        lists().of(RulesGenerators.entries()).ofSize(6), RulesGenerators.failures())
                .checkAssert((overrides, entries, failure) -> {
                    RuleSet school;
                    try {
                        school = YUGRA.withOverrides(json(overrides));
                    } catch (InvalidRuleSetException refused) {
                        assertThat(refused.path()).startsWith("$.rules.");
                        return;
                    }
                    SchoolRules rules = SchoolRules.of(school, RulesGenerators.FIXTURE).withFailure(failure);
                    for (Entry entry : entries) {
                        rules.limit(entry);
                        rules.judge(entry, Instant.parse("2027-01-15T10:00:00Z"));
                    }
                });
    }

    private static String json(List<Setting> overrides) {
        return overrides.stream()
                .collect(Collectors.groupingBy(o -> o.parameter().rule(), java.util.LinkedHashMap::new,
                        Collectors.toMap(o -> o.parameter().name(), Setting::json, (first, second) -> second,
                                java.util.LinkedHashMap::new)))
                .entrySet().stream()
                .map(rule -> "\"" + rule.getKey() + "\":{" + rule.getValue().entrySet().stream()
                        .map(p -> "\"" + p.getKey() + "\":" + p.getValue()).collect(Collectors.joining(",")) + "}")
                .collect(Collectors.joining(",", "{\"rules\":{", "}}"));
    }

    /** Overrides of any parameter with any value: huge, negative, at and around the bounds. */
    private static Gen<Setting> overrides() {
        return arbitrary().pick(PARAMETERS).flatMap(parameter -> (parameter.duration() ? durations() : counts())
                .map(json -> new Setting(parameter, json)));
    }

    private static Gen<String> durations() {
        Gen<String> seconds = longs().all().map((Long s) -> "\"PT" + s + "S\"");
        Gen<String> hours = longs().all().map((Long h) -> "\"PT" + h + "H\"");
        Gen<String> days = integers().all().map((Integer d) -> "\"P" + d + "D\"");
        Gen<String> nearBound = longs().between(-5, 5).map((Long n) -> "\"" + ParameterBounds.MAX_DURATION.plusNanos(n) + "\"");
        Gen<String> small = longs().between(0, Duration.ofDays(400).toMinutes()).map((Long m) -> "\"" + Duration.ofMinutes(m) + "\"");
        return seconds.mix(hours).mix(days).mix(nearBound).mix(small);
    }

    private static Gen<String> counts() {
        return integers().all().map((Integer n) -> String.valueOf(n)).mix(integers().between(-2, 400).map((Integer n) -> String.valueOf(n)));
    }
}
