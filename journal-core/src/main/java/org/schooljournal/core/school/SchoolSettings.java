package org.schooljournal.core.school;

import java.time.Duration;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.schooljournal.core.forecast.RoundingRule;
import org.schooljournal.rules.ruleset.DayCounting;
import org.schooljournal.rules.ruleset.Enforcement;
import org.schooljournal.rules.ruleset.LimitRule;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.rules.ruleset.RuleSet;

/**
 * A school's own settings (DESIGN.md, principle 11): the choices the regulation leaves to the
 * school, laid over the region's rule set for that school only. Each setting is optional; an
 * empty one is the region's default, so {@link #REGION_DEFAULTS} leaves the region's rule set as
 * it is. The head or the system administrator sets them with {@link SetSchoolSettings} (ACC-5,
 * the system parameters); they are recorded in the school's own stream as
 * {@link SchoolSettingsSet} and read back from it after every restart.
 *
 * <pre>{@code
 * SchoolSettings settings = SchoolSettings.REGION_DEFAULTS
 *         .withControlWorkCounting(DayCounting.SCHOOL_DAYS)      // MRK-3
 *         .withEnforcement(RuleId.ATT_2, Enforcement.REJECT)
 *         .withForecastRounding(RoundingRule.UP_FROM_SIX_TENTHS); // MRK-11
 * engine.execute(head, new SetSchoolSettings("86-001", settings));
 * }</pre>
 *
 * <p>The values' own rules — a grace that is not negative, a window of at least one day — are the
 * rule set's: {@link #over(RuleSet)} lays the settings over a rule set with
 * {@link RuleSet#withOverrides(String)}, which reads them as strictly as a whole rule set, and
 * {@link SetSchoolSettings} refuses settings that do not give a valid rule set before anything is
 * recorded. Only the rounding rule, which is no part of a rule set, is checked by its own type.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param controlWorkCounting MRK-3: how the 3 days for a control work's marks count, calendar
 *     days or the class's school days; the region's default is calendar days for Yugra
 * @param yearSetupDueBefore YR-11: the day before which the year is set up, such as
 *     {@code --09-06} for "on 5 September at the latest"; Yugra's default is {@code --09-05}
 * @param failureGrace ARC-7: how long after a declared technical failure ends the entries it
 *     delayed are on time; not negative; Yugra's default is 24 hours
 * @param periodMarksLastDays MRK-7: how many of the period's last calendar days form the window
 *     for period marks; at least 1; Yugra's default is 7
 * @param periodMarksNotBeforeLastLesson MRK-7: whether the window opens no earlier than the
 *     subject's last lesson; Yugra's default is yes
 * @param enforcement what is done with an entry outside a rule's limit, per rule — REJECT
 *     refuses it, RECORD accepts and flags it, WARN also warns; only rules that have an
 *     enforcement (not ARC-7); a rule not listed keeps the region's
 * @param forecastRounding MRK-11: from which fraction the forecast's average rounds up; the
 *     default is {@link RoundingRule#DEFAULT}, from .50
 */
public record SchoolSettings(
        Optional<DayCounting> controlWorkCounting,
        Optional<MonthDay> yearSetupDueBefore,
        Optional<Duration> failureGrace,
        OptionalInt periodMarksLastDays,
        Optional<Boolean> periodMarksNotBeforeLastLesson,
        Map<RuleId, Enforcement> enforcement,
        Optional<RoundingRule> forecastRounding) {

    /** No setting of its own: the school follows the region's rule set and the default rounding. */
    public static final SchoolSettings REGION_DEFAULTS = new SchoolSettings(Optional.empty(), Optional.empty(),
            Optional.empty(), OptionalInt.empty(), Optional.empty(), Map.of(), Optional.empty());

    /**
     * Checks every part is given and copies the enforcements.
     *
     * @throws NullPointerException if a part, or a rule or an enforcement in the map, is {@code null}
     * @throws IllegalArgumentException if the map names a rule that has no enforcement, as ARC-7
     */
    public SchoolSettings {
        Objects.requireNonNull(controlWorkCounting, "controlWorkCounting");
        Objects.requireNonNull(yearSetupDueBefore, "yearSetupDueBefore");
        Objects.requireNonNull(failureGrace, "failureGrace");
        Objects.requireNonNull(periodMarksLastDays, "periodMarksLastDays");
        Objects.requireNonNull(periodMarksNotBeforeLastLesson, "periodMarksNotBeforeLastLesson");
        Objects.requireNonNull(enforcement, "enforcement");
        Objects.requireNonNull(forecastRounding, "forecastRounding");
        Map<RuleId, Enforcement> copy = new EnumMap<>(RuleId.class);
        enforcement.forEach((rule, mode) -> copy.put(hasEnforcement(rule), Objects.requireNonNull(mode, "enforcement")));
        enforcement = Collections.unmodifiableMap(copy);
    }

    private static RuleId hasEnforcement(RuleId rule) {
        Objects.requireNonNull(rule, "rule");
        if (!LimitRule.class.isAssignableFrom(rule.parameters())) {
            throw new IllegalArgumentException("rule " + rule + " has no enforcement to set; rules that have one are "
                    + rulesWithEnforcement());
        }
        return rule;
    }

    /** Returns the rules whose enforcement a school may set, in the order of {@link RuleId}. */
    public static List<RuleId> rulesWithEnforcement() {
        List<RuleId> rules = new ArrayList<>();
        for (RuleId rule : RuleId.values()) {
            if (LimitRule.class.isAssignableFrom(rule.parameters())) {
                rules.add(rule);
            }
        }
        return List.copyOf(rules);
    }

    /** Returns these settings with MRK-3's days counted as given. */
    public SchoolSettings withControlWorkCounting(DayCounting counting) {
        return new SchoolSettings(Optional.of(counting), yearSetupDueBefore, failureGrace, periodMarksLastDays,
                periodMarksNotBeforeLastLesson, enforcement, forecastRounding);
    }

    /** Returns these settings with the YR-11 deadline before that day of September's year. */
    public SchoolSettings withYearSetupDueBefore(MonthDay dueBefore) {
        return new SchoolSettings(controlWorkCounting, Optional.of(dueBefore), failureGrace, periodMarksLastDays,
                periodMarksNotBeforeLastLesson, enforcement, forecastRounding);
    }

    /** Returns these settings with that ARC-7 grace after a technical failure. */
    public SchoolSettings withFailureGrace(Duration grace) {
        return new SchoolSettings(controlWorkCounting, yearSetupDueBefore, Optional.of(grace), periodMarksLastDays,
                periodMarksNotBeforeLastLesson, enforcement, forecastRounding);
    }

    /** Returns these settings with the MRK-7 window formed by the period's last {@code lastDays} days. */
    public SchoolSettings withPeriodMarksLastDays(int lastDays) {
        return new SchoolSettings(controlWorkCounting, yearSetupDueBefore, failureGrace, OptionalInt.of(lastDays),
                periodMarksNotBeforeLastLesson, enforcement, forecastRounding);
    }

    /** Returns these settings with the MRK-7 window opening no earlier than the subject's last lesson, or not. */
    public SchoolSettings withPeriodMarksNotBeforeLastLesson(boolean notBeforeLastLesson) {
        return new SchoolSettings(controlWorkCounting, yearSetupDueBefore, failureGrace, periodMarksLastDays,
                Optional.of(notBeforeLastLesson), enforcement, forecastRounding);
    }

    /**
     * Returns these settings with the rule's enforcement.
     *
     * @throws IllegalArgumentException if the rule has no enforcement, as ARC-7
     */
    public SchoolSettings withEnforcement(RuleId rule, Enforcement mode) {
        Map<RuleId, Enforcement> more = new EnumMap<>(RuleId.class);
        more.putAll(enforcement);
        more.put(hasEnforcement(rule), Objects.requireNonNull(mode, "mode"));
        return new SchoolSettings(controlWorkCounting, yearSetupDueBefore, failureGrace, periodMarksLastDays,
                periodMarksNotBeforeLastLesson, more, forecastRounding);
    }

    /** Returns these settings with the rule's enforcement back to the region's. */
    public SchoolSettings withoutEnforcement(RuleId rule) {
        Map<RuleId, Enforcement> fewer = new EnumMap<>(RuleId.class);
        fewer.putAll(enforcement);
        fewer.remove(Objects.requireNonNull(rule, "rule"));
        return new SchoolSettings(controlWorkCounting, yearSetupDueBefore, failureGrace, periodMarksLastDays,
                periodMarksNotBeforeLastLesson, fewer, forecastRounding);
    }

    /** Returns these settings with the MRK-11 forecast rounded by that rule. */
    public SchoolSettings withForecastRounding(RoundingRule rounding) {
        return new SchoolSettings(controlWorkCounting, yearSetupDueBefore, failureGrace, periodMarksLastDays,
                periodMarksNotBeforeLastLesson, enforcement, Optional.of(rounding));
    }

    /** Returns whether the school chose any setting of its own; if not, it follows the region. */
    public boolean hasChoices() {
        return !equals(REGION_DEFAULTS);
    }

    /** Returns the rounding rule of the school's forecasts (MRK-11): its own, or the default from .50. */
    public RoundingRule forecastRoundingOrDefault() {
        return forecastRounding.orElse(RoundingRule.DEFAULT);
    }

    /**
     * Returns the region's rule set with these settings laid over it, through
     * {@link RuleSet#withOverrides(String)}: the school's effective rule set. The region's rule
     * set is not changed; with no setting it is returned as it is.
     *
     * @throws IllegalArgumentException if a setting breaks its rule, naming the setting, its
     *     value, the rule and what is wrong, as {@code settings.failureGrace = PT-1H: must not be
     *     negative (ARC-7 …)}
     */
    public RuleSet over(RuleSet regionRuleSet) {
        return SettingsOverrides.layOver(this, regionRuleSet);
    }

    /** Returns the settings the school chose, such as {@code SchoolSettings[controlWorkCounting=SCHOOL_DAYS]}. */
    @Override
    public String toString() {
        List<String> chosen = new ArrayList<>();
        controlWorkCounting.ifPresent(value -> chosen.add("controlWorkCounting=" + value));
        yearSetupDueBefore.ifPresent(value -> chosen.add("yearSetupDueBefore=" + value));
        failureGrace.ifPresent(value -> chosen.add("failureGrace=" + value));
        periodMarksLastDays.ifPresent(value -> chosen.add("periodMarksLastDays=" + value));
        periodMarksNotBeforeLastLesson.ifPresent(value -> chosen.add("periodMarksNotBeforeLastLesson=" + value));
        if (!enforcement.isEmpty()) {
            chosen.add("enforcement=" + enforcement);
        }
        forecastRounding.ifPresent(value -> chosen.add("forecastRounding=" + value));
        return "SchoolSettings[" + (chosen.isEmpty() ? "the region's defaults" : String.join(", ", chosen)) + "]";
    }
}
