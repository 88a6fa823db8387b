package org.schooljournal.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.forecast.RoundingRule;
import org.schooljournal.core.log.EventCodec;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.ruleset.DayCounting;
import org.schooljournal.rules.ruleset.Enforcement;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.rules.ruleset.RuleSets;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * The command that sets a school's own settings, decided on a school's state as the engine
 * decides it ({@link SchoolLog}), without a store.
 */
@Tag("ACC-5")
@DisplayName("ACC-5: SetSchoolSettings — who may set a school's settings, what is refused, what is recorded")
class SetSchoolSettingsTest {

    private static final String SCHOOL = "86-001";
    private static final Actor ADMIN = Actor.of("admin");
    private static final Actor HEAD = Actor.of("head");
    private static final Actor DEPUTY = Actor.of("deputy");
    private static final Actor TEACHER = Actor.of("t-math");
    private static final Actor HOMEROOM = Actor.of("t-home");
    private static final Instant NOW = Instant.parse("2026-08-25T05:00:00Z");
    private static final SchoolSettings SCHOOL_DAYS = SchoolSettings.REGION_DEFAULTS
            .withControlWorkCounting(DayCounting.SCHOOL_DAYS);
    private static final EventCodec CODEC = SchoolLog.codec();

    /** A registered school with its system administrator, head, deputy head, a subject and a homeroom teacher. */
    private static SchoolState school() {
        return SchoolLog.apply(SchoolState.empty(SCHOOL), List.of(
                new SchoolRegistered("МБОУ «Средняя школа № 1»", SchoolCalendar.YUGRA),
                new RoleAssigned(ADMIN.personId(), Role.SYSTEM_ADMINISTRATOR),
                new RoleAssigned(HEAD.personId(), Role.HEAD),
                new RoleAssigned(DEPUTY.personId(), Role.DEPUTY_HEAD),
                new RoleAssigned(TEACHER.personId(), Role.SUBJECT_TEACHER),
                new RoleAssigned(HOMEROOM.personId(), Role.HOMEROOM_TEACHER)));
    }

    private static List<SchoolEvent> decide(SchoolState state, Actor actor, SchoolSettings settings) {
        return SchoolLog.decide(state, new SetSchoolSettings(SCHOOL, settings),
                new CommandContext(actor, NOW, RuleSets.yugra2020()));
    }

    @Nested
    @DisplayName("rights")
    class Rights {

        @Test
        @DisplayName("the head and the system administrator set the school's settings")
        void headAndAdministrator() {
            assertThat(decide(school(), HEAD, SCHOOL_DAYS)).containsExactly(new SchoolSettingsSet(SCHOOL_DAYS));
            assertThat(decide(school(), ADMIN, SCHOOL_DAYS)).containsExactly(new SchoolSettingsSet(SCHOOL_DAYS));
            assertThat(SchoolLog.permissionOf(new SetSchoolSettings(SCHOOL, SCHOOL_DAYS)))
                    .contains(Permission.SET_SCHOOL_SETTINGS);
            assertThat(Permission.SET_SCHOOL_SETTINGS.holders()).containsExactlyInAnyOrder(Role.HEAD,
                    Role.SYSTEM_ADMINISTRATOR);
        }

        @Test
        @DisplayName("a deputy head, a subject teacher and a homeroom teacher are denied, naming the right and ACC-5")
        void othersDenied() {
            for (Actor actor : List.of(DEPUTY, TEACHER, HOMEROOM, Actor.of("stranger"))) {
                assertThatThrownBy(() -> decide(school(), actor, SCHOOL_DAYS))
                        .as("%s", actor)
                        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
                            assertThat(e.missing()).isEqualTo(Permission.SET_SCHOOL_SETTINGS);
                            assertThat(e.requirement()).isEqualTo("ACC-5");
                        })
                        .hasMessageContaining("SetSchoolSettings").hasMessageContaining(actor.personId());
            }
        }
    }

    @Nested
    @DisplayName("refusals: settings that do not give a valid rule set are refused before anything is recorded")
    class Refusals {

        @Test
        @Tag("ARC-7")
        @DisplayName("ARC-7: a negative grace is VALIDATION naming settings.failureGrace, its value and the rule")
        void negativeGrace() {
            assertThatThrownBy(() -> decide(school(), HEAD,
                    SchoolSettings.REGION_DEFAULTS.withFailureGrace(Duration.ofHours(-1))))
                    .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                        assertThat(e.violations()).singleElement().satisfies(violation -> {
                            assertThat(violation.field()).isEqualTo("settings.failureGrace");
                            assertThat(violation.value()).isEqualTo("PT-1H");
                            assertThat(violation.rule()).startsWith("must not be negative").contains("ARC-7");
                        });
                    })
                    .hasMessageContaining("settings.failureGrace = PT-1H: must not be negative");
        }

        @Test
        @Tag("MRK-7")
        @DisplayName("MRK-7: a window of no day is VALIDATION naming settings.periodMarksLastDays")
        void windowOfNoDay() {
            assertThatThrownBy(() -> decide(school(), HEAD, SchoolSettings.REGION_DEFAULTS.withPeriodMarksLastDays(0)))
                    .isInstanceOf(InvalidCommandException.class)
                    .hasMessageContaining("settings.periodMarksLastDays = 0: must be at least 1").hasMessageContaining("MRK-7");
        }

        @Test
        @DisplayName("no settings at all, or a malformed school id, are refused by the command's constraints")
        void constraints() {
            assertThatThrownBy(() -> SchoolLog.decide(school(), new SetSchoolSettings(SCHOOL, null),
                    new CommandContext(HEAD, NOW, RuleSets.yugra2020())))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("settings");
            assertThatThrownBy(() -> SchoolLog.decide(school(), new SetSchoolSettings("school 1", SCHOOL_DAYS),
                    new CommandContext(HEAD, NOW, RuleSets.yugra2020())))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("schoolId");
        }

        @Test
        @DisplayName("the settings are checked against the region's rule set, even when the school's own rule set cannot be made")
        void checkedAgainstTheRegion() {
            CommandContext broken = new CommandContext(HEAD, NOW, RuleSets.yugra2020(), () -> {
                throw new JournalException(ErrorCode.CONFIGURATION, "the school's recorded settings do not fit");
            });

            assertThat(SchoolLog.decide(school(), new SetSchoolSettings(SCHOOL, SCHOOL_DAYS), broken))
                    .containsExactly(new SchoolSettingsSet(SCHOOL_DAYS));
            assertThat(broken.regionRuleSet()).isEqualTo(RuleSets.yugra2020());
            assertThatThrownBy(broken::ruleSet).isInstanceOfSatisfying(JournalException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION));
        }
    }

    @Nested
    @Tag("ACC-7")
    @DisplayName("what is recorded")
    class Recorded {

        @Test
        @DisplayName("setting the settings the school has changes nothing; new ones replace the old as a whole")
        void idempotentAndWhole() {
            SchoolState fresh = school();
            assertThat(fresh.settings()).isEqualTo(SchoolSettings.REGION_DEFAULTS);
            assertThat(decide(fresh, HEAD, SchoolSettings.REGION_DEFAULTS)).isEmpty();

            SchoolState counted = SchoolLog.apply(fresh, decide(fresh, HEAD, SCHOOL_DAYS));
            assertThat(counted.settings()).isEqualTo(SCHOOL_DAYS);
            assertThat(decide(counted, ADMIN, SCHOOL_DAYS)).isEmpty();

            SchoolSettings rounding = SchoolSettings.REGION_DEFAULTS.withForecastRounding(RoundingRule.DOWN)
                    .withEnforcement(RuleId.MRK_3, Enforcement.REJECT);
            SchoolState rounded = SchoolLog.apply(counted, decide(counted, HEAD, rounding));
            assertThat(rounded.settings()).isEqualTo(rounding);
            assertThat(rounded.settings().controlWorkCounting()).isEmpty();

            SchoolState back = SchoolLog.apply(rounded, decide(rounded, HEAD, SchoolSettings.REGION_DEFAULTS));
            assertThat(back.settings()).isEqualTo(SchoolSettings.REGION_DEFAULTS);
            assertThat(back).isEqualTo(SchoolLog.apply(fresh, List.of()));
        }

        @Test
        @DisplayName("for any settings: refused with VALIDATION naming a setting exactly when the rule set refuses them,"
                + " otherwise one event that stores exactly them; issued again, nothing")
        void anySettingsAreRefusedOrRecordedOnce() {
            qt().withExamples(300).forAll(SchoolGenerators.anySettings()).checkAssert(settings -> {
                boolean fits;
                try {
                    settings.over(RuleSets.yugra2020());
                    fits = true;
                } catch (IllegalArgumentException e) {
                    fits = false;
                }
                SchoolState state = school();
                if (!fits) {
                    assertThatThrownBy(() -> decide(state, HEAD, settings))
                            .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                                    .singleElement().satisfies(v -> assertThat(v.field()).isIn(
                                            "settings.failureGrace", "settings.periodMarksLastDays")));
                    return;
                }
                List<SchoolEvent> events = decide(state, HEAD, settings);
                SchoolState next = SchoolLog.apply(state, events);
                assertThat(events).hasSize(settings.hasChoices() ? 1 : 0);
                assertThat(next.settings()).isEqualTo(settings);
                assertThat(decide(next, ADMIN, settings)).isEmpty();
            });
        }

        @Test
        @DisplayName("DESIGN.md 9, 10: applying the event never fails, whatever the settings, and the log gives back the same event")
        void applyingIsTotal() {
            qt().withExamples(300).forAll(SchoolGenerators.anySettings()).checkAssert(settings -> {
                SchoolSettingsSet event = new SchoolSettingsSet(settings);

                SchoolState applied = SchoolLog.apply(school(), event);

                assertThat(applied.settings()).isEqualTo(settings);
                assertThat(applied.roles()).isEqualTo(school().roles());
                assertThat(SchoolLog.roundTrip(CODEC, event)).isEqualTo(event);
            });
        }

        @Test
        @DisplayName("the stored event names every setting, and a rounding rule is its threshold")
        void storedShape() {
            SchoolSettingsSet event = new SchoolSettingsSet(SchoolSettings.REGION_DEFAULTS
                    .withYearSetupDueBefore(MonthDay.of(9, 6)).withForecastRounding(RoundingRule.UP_FROM_SIX_TENTHS));

            EventCodec.Encoded encoded = CODEC.encode(event);

            String payload = new String(encoded.payload(), StandardCharsets.UTF_8);
            assertThat(encoded.type()).isEqualTo("SchoolSettingsSet");
            assertThat(payload).contains("\"yearSetupDueBefore\":\"--09-06\"")
                    .contains("\"forecastRounding\":{\"roundUpFrom\":0.60}")
                    .contains("\"controlWorkCounting\":null");
            for (RecordComponent component : SchoolSettings.class.getRecordComponents()) {
                assertThat(payload).contains("\"" + component.getName() + "\":");
            }
        }
    }
}
