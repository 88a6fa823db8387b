package org.schooljournal.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.forecast.RoundingRule;
import org.schooljournal.rules.ruleset.DayCounting;
import org.schooljournal.rules.ruleset.Enforcement;
import org.schooljournal.rules.ruleset.FailureRule;
import org.schooljournal.rules.ruleset.LimitRule;
import org.schooljournal.rules.ruleset.PeriodMarksRule;
import org.schooljournal.rules.ruleset.Rule;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.rules.ruleset.RuleSet;
import org.schooljournal.rules.ruleset.RuleSets;
import org.schooljournal.rules.ruleset.WorkMarksRule;
import org.schooljournal.rules.ruleset.YearSetupRule;

@Tag("ACC-5")
@DisplayName("ACC-5: a school's own settings over the region's rule set, as a value")
class SchoolSettingsTest {

    private static final RuleSet YUGRA = RuleSets.yugra2020();

    private static final SchoolSettings EVERY_SETTING = SchoolSettings.REGION_DEFAULTS
            .withControlWorkCounting(DayCounting.SCHOOL_DAYS)
            .withYearSetupDueBefore(MonthDay.of(9, 6))
            .withFailureGrace(Duration.ofHours(2))
            .withPeriodMarksLastDays(3)
            .withPeriodMarksNotBeforeLastLesson(false)
            .withEnforcement(RuleId.MRK_3, Enforcement.REJECT)
            .withForecastRounding(RoundingRule.UP_FROM_SIX_TENTHS);

    @Nested
    @DisplayName("the region's defaults")
    class RegionDefaults {

        @Test
        @DisplayName("choose nothing: laid over a rule set they give that very rule set, and the forecast rounds from .50")
        void chooseNothing() {
            SchoolSettings none = SchoolSettings.REGION_DEFAULTS;

            assertThat(none.hasChoices()).isFalse();
            assertThat(none.over(YUGRA)).isSameAs(YUGRA);
            assertThat(none.forecastRoundingOrDefault()).isEqualTo(RoundingRule.HALF_UP);
            assertThat(none).hasToString("SchoolSettings[the region's defaults]");
        }

        @Test
        @Tag("MRK-11")
        @DisplayName("a rounding rule alone is no part of the rule set: the rule set stays the region's")
        void roundingAlone() {
            SchoolSettings rounding = SchoolSettings.REGION_DEFAULTS.withForecastRounding(RoundingRule.DOWN);

            assertThat(rounding.hasChoices()).isTrue();
            assertThat(rounding.over(YUGRA)).isSameAs(YUGRA);
            assertThat(rounding.forecastRoundingOrDefault()).isEqualTo(RoundingRule.DOWN);
        }
    }

    @Nested
    @DisplayName("factories and checks")
    class Checks {

        @Test
        @DisplayName("each wither sets its own setting and keeps the others; the settings read back in toString")
        void withers() {
            assertThat(EVERY_SETTING.controlWorkCounting()).contains(DayCounting.SCHOOL_DAYS);
            assertThat(EVERY_SETTING.yearSetupDueBefore()).contains(MonthDay.of(9, 6));
            assertThat(EVERY_SETTING.failureGrace()).contains(Duration.ofHours(2));
            assertThat(EVERY_SETTING.periodMarksLastDays()).isEqualTo(OptionalInt.of(3));
            assertThat(EVERY_SETTING.periodMarksNotBeforeLastLesson()).contains(false);
            assertThat(EVERY_SETTING.enforcement()).containsExactly(Map.entry(RuleId.MRK_3, Enforcement.REJECT));
            assertThat(EVERY_SETTING.forecastRounding()).contains(RoundingRule.UP_FROM_SIX_TENTHS);
            assertThat(EVERY_SETTING).hasToString("SchoolSettings[controlWorkCounting=SCHOOL_DAYS, "
                    + "yearSetupDueBefore=--09-06, failureGrace=PT2H, periodMarksLastDays=3, "
                    + "periodMarksNotBeforeLastLesson=false, enforcement={MRK-3=REJECT}, forecastRounding=UP_FROM_0.60]");
            assertThat(EVERY_SETTING.withoutEnforcement(RuleId.MRK_3).enforcement()).isEmpty();
            assertThat(SchoolSettings.REGION_DEFAULTS.withControlWorkCounting(DayCounting.CALENDAR_DAYS))
                    .isNotEqualTo(SchoolSettings.REGION_DEFAULTS)
                    .as("choosing the region's own value is a choice: it stays if the region's default changes")
                    .satisfies(settings -> assertThat(settings.hasChoices()).isTrue());
        }

        @Test
        @Tag("ARC-7")
        @DisplayName("only a rule that has an enforcement takes one: ARC-7 is refused, naming the rules that do")
        void enforcementOnlyWhereARuleHasOne() {
            assertThat(SchoolSettings.rulesWithEnforcement()).doesNotContain(RuleId.ARC_7)
                    .contains(RuleId.ATT_2, RuleId.MRK_3, RuleId.MRK_7, RuleId.YR_11);
            assertThatThrownBy(() -> SchoolSettings.REGION_DEFAULTS.withEnforcement(RuleId.ARC_7, Enforcement.REJECT))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ARC-7").hasMessageContaining("MRK-3");
            assertThatThrownBy(() -> new SchoolSettings(Optional.empty(), Optional.empty(), Optional.empty(),
                    OptionalInt.empty(), Optional.empty(), Map.of(RuleId.ARC_7, Enforcement.RECORD), Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ARC-7");
        }

        @Test
        @DisplayName("every part is required (empty, not null), and the enforcements are copied and cannot change")
        void immutable() {
            assertThatThrownBy(() -> new SchoolSettings(null, Optional.empty(), Optional.empty(),
                    OptionalInt.empty(), Optional.empty(), Map.of(), Optional.empty()))
                    .isInstanceOf(NullPointerException.class).hasMessage("controlWorkCounting");
            assertThatThrownBy(() -> SchoolSettings.REGION_DEFAULTS.withEnforcement(RuleId.ATT_2, null))
                    .isInstanceOf(NullPointerException.class);
            Map<RuleId, Enforcement> given = new EnumMap<>(RuleId.class);
            given.put(RuleId.ATT_2, Enforcement.WARN);
            SchoolSettings settings = new SchoolSettings(Optional.empty(), Optional.empty(), Optional.empty(),
                    OptionalInt.empty(), Optional.empty(), given, Optional.empty());
            given.put(RuleId.MRK_2, Enforcement.REJECT);

            assertThat(settings.enforcement()).containsOnlyKeys(RuleId.ATT_2);
            assertThatThrownBy(() -> settings.enforcement().put(RuleId.MRK_2, Enforcement.REJECT))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    @DisplayName("laid over the region's rule set")
    class LaidOver {

        @Test
        @Tag("MRK-3")
        @Tag("YR-11")
        @Tag("ARC-7")
        @Tag("MRK-7")
        @DisplayName("MRK-3, YR-11, ARC-7, MRK-7: each setting becomes its rule's parameter; the region's rule set is not changed")
        void eachSettingIsItsRulesParameter() {
            String before = YUGRA.toJson();

            RuleSet school = EVERY_SETTING.over(YUGRA);

            assertThat(school.rule(RuleId.MRK_3, WorkMarksRule.class).counting()).isEqualTo(DayCounting.SCHOOL_DAYS);
            assertThat(school.rule(RuleId.MRK_3, WorkMarksRule.class).enforcement()).isEqualTo(Enforcement.REJECT);
            assertThat(school.rule(RuleId.YR_11, YearSetupRule.class).dueBefore()).isEqualTo(MonthDay.of(9, 6));
            assertThat(school.rule(RuleId.ARC_7, FailureRule.class).grace()).isEqualTo(Duration.ofHours(2));
            assertThat(school.rule(RuleId.MRK_7, PeriodMarksRule.class).lastDays()).isEqualTo(3);
            assertThat(school.rule(RuleId.MRK_7, PeriodMarksRule.class).notBeforeLastLesson()).isFalse();
            assertThat(school.rule(RuleId.MRK_4)).isEqualTo(YUGRA.rule(RuleId.MRK_4));
            assertThat(YUGRA.toJson()).isEqualTo(before);
        }

        @Test
        @Tag("MRK-3")
        @Tag("YR-11")
        @Tag("ARC-7")
        @Tag("MRK-7")
        @DisplayName("for any settings the rules accept, every chosen setting is its rule's parameter and everything else stays the region's")
        void anySettingsChangeOnlyWhatTheyChoose() {
            qt().withExamples(300).forAll(SchoolGenerators.settings()).checkAssert(settings -> {
                RuleSet school = settings.over(YUGRA);
                for (RuleId id : RuleId.values()) {
                    Set<String> chosen = new HashSet<>();
                    if (settings.enforcement().containsKey(id)) {
                        chosen.add("enforcement");
                        assertThat(((LimitRule) school.rule(id)).enforcement()).isEqualTo(settings.enforcement().get(id));
                    }
                    switch (id) {
                        case MRK_3 -> settings.controlWorkCounting().ifPresent(counting -> {
                            chosen.add("counting");
                            assertThat(school.rule(id, WorkMarksRule.class).counting()).isEqualTo(counting);
                        });
                        case YR_11 -> settings.yearSetupDueBefore().ifPresent(day -> {
                            chosen.add("dueBefore");
                            assertThat(school.rule(id, YearSetupRule.class).dueBefore()).isEqualTo(day);
                        });
                        case ARC_7 -> settings.failureGrace().ifPresent(grace -> {
                            chosen.add("grace");
                            assertThat(school.rule(id, FailureRule.class).grace()).isEqualTo(grace);
                        });
                        case MRK_7 -> {
                            settings.periodMarksLastDays().ifPresent(days -> {
                                chosen.add("lastDays");
                                assertThat(school.rule(id, PeriodMarksRule.class).lastDays()).isEqualTo(days);
                            });
                            settings.periodMarksNotBeforeLastLesson().ifPresent(notBefore -> {
                                chosen.add("notBeforeLastLesson");
                                assertThat(school.rule(id, PeriodMarksRule.class).notBeforeLastLesson()).isEqualTo(notBefore);
                            });
                        }
                        default -> {
                        }
                    }
                    assertSameBut(school.rule(id), YUGRA.rule(id), chosen);
                }
            });
        }

        @Test
        @Tag("ARC-7")
        @Tag("MRK-7")
        @DisplayName("a value its rule refuses is named as the setting, with its value, the problem and the rule")
        void aRefusedValueNamesTheSetting() {
            assertThatThrownBy(() -> SchoolSettings.REGION_DEFAULTS.withFailureGrace(Duration.ofHours(-1)).over(YUGRA))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("settings.failureGrace = PT-1H: must not be negative (ARC-7")
                    .hasMessageContaining("yugra-2020");
            assertThatThrownBy(() -> SchoolSettings.REGION_DEFAULTS.withPeriodMarksLastDays(0).over(YUGRA))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("settings.periodMarksLastDays = 0: must be at least 1 (MRK-7");
        }
    }

    /** Checks the two rules have the same type and equal components, but for the chosen ones. */
    private static void assertSameBut(Rule actual, Rule region, Set<String> chosen) {
        assertThat(actual).hasSameClassAs(region);
        for (RecordComponent component : actual.getClass().getRecordComponents()) {
            if (!chosen.contains(component.getName())) {
                try {
                    assertThat(component.getAccessor().invoke(actual)).as(component.getName())
                            .isEqualTo(component.getAccessor().invoke(region));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
