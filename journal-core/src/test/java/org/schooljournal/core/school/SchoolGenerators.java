package org.schooljournal.core.school;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.quicktheories.core.Gen;
import org.schooljournal.core.forecast.RoundingRule;
import org.schooljournal.rules.ruleset.DayCounting;
import org.schooljournal.rules.ruleset.Enforcement;
import org.schooljournal.rules.ruleset.RuleId;

/**
 * Generators for a school's own settings ({@link SchoolSettings}): each setting chosen or left to
 * the region, within the range its rule accepts ({@link #settings()}) or reaching outside it, a
 * negative ARC-7 grace or an MRK-7 window of no day ({@link #anySettings()}).
 */
final class SchoolGenerators {

    private static final List<RuleId> WITH_ENFORCEMENT = SchoolSettings.rulesWithEnforcement();

    private SchoolGenerators() {
    }

    /** The settings of the MRK-3, YR-11, ARC-7 and MRK-7 rules, before enforcement and rounding. */
    private record Parameters(Optional<DayCounting> counting, Optional<MonthDay> dueBefore, Optional<Duration> grace,
            OptionalInt lastDays, Optional<Boolean> notBeforeLastLesson) {
    }

    /** Settings a rule set accepts: a grace of 0 to 72 hours, a window of 1 to 40 days. */
    static Gen<SchoolSettings> settings() {
        return settings(integers().between(0, 72 * 60), integers().between(1, 40));
    }

    /** Settings that may break their rules: a grace down to −2 hours, a window down to −2 days. */
    static Gen<SchoolSettings> anySettings() {
        return settings(integers().between(-120, 72 * 60), integers().between(-2, 40));
    }

    private static Gen<SchoolSettings> settings(Gen<Integer> graceMinutes, Gen<Integer> lastDays) {
        Gen<Parameters> parameters = optional(arbitrary().enumValues(DayCounting.class)).zip(
                optional(integers().between(1, 12).zip(integers().between(1, 28), MonthDay::of)),
                optional(graceMinutes.map(Duration::ofMinutes)),
                booleans().all().zip(lastDays, (chosen, days) -> chosen ? OptionalInt.of(days) : OptionalInt.empty()),
                optional(booleans().all()),
                Parameters::new);
        return parameters.zip(enforcements(), optional(roundings()), (p, enforcement, rounding) -> new SchoolSettings(
                p.counting(), p.dueBefore(), p.grace(), p.lastDays(), p.notBeforeLastLesson(), enforcement, rounding));
    }

    /** Each rule that has an enforcement left to the region or set to RECORD, WARN or REJECT. */
    static Gen<Map<RuleId, Enforcement>> enforcements() {
        return lists().of(integers().between(0, Enforcement.values().length)).ofSize(WITH_ENFORCEMENT.size())
                .map(choices -> {
                    Map<RuleId, Enforcement> enforcement = new EnumMap<>(RuleId.class);
                    for (int i = 0; i < choices.size(); i++) {
                        if (choices.get(i) > 0) {
                            enforcement.put(WITH_ENFORCEMENT.get(i), Enforcement.values()[choices.get(i) - 1]);
                        }
                    }
                    return enforcement;
                });
    }

    /** Rounding rules from every hundredth, 0.01…1.00 (MRK-11). */
    static Gen<RoundingRule> roundings() {
        return integers().between(1, 100).map(hundredths -> RoundingRule.upFrom(BigDecimal.valueOf(hundredths, 2)));
    }

    private static <T> Gen<Optional<T>> optional(Gen<T> value) {
        return booleans().all().zip(value, (chosen, v) -> chosen ? Optional.of(v) : Optional.empty());
    }
}
