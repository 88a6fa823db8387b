package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ADMIN;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FRIDAY;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.WEDNESDAY;
import static org.schooljournal.core.journal.JournalSchool.ZONE;
import static org.schooljournal.core.journal.JournalSchool.absence;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.TimeLimit;
import org.schooljournal.rules.calendar.AcademicYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.forecast.RoundingRule;
import org.schooljournal.core.log.FoldedStreams;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.reports.SetupReport;
import org.schooljournal.core.school.DeclareTechnicalFailure;
import org.schooljournal.core.school.Receipt;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolLog;
import org.schooljournal.core.school.SchoolSettings;
import org.schooljournal.core.school.SchoolSettingsSet;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.Schools;
import org.schooljournal.core.school.SetSchoolSettings;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.ruleset.DayCounting;
import org.schooljournal.rules.ruleset.Enforcement;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.rules.ruleset.RuleSets;
import org.schooljournal.rules.ruleset.WorkMarksRule;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * Two schools on one engine, alike in everything but their own settings (DESIGN.md, principle 11):
 * each entry is judged, and each forecast rounded, by its school's recorded settings, also by a
 * new engine over the same store.
 */
@Tag("ACC-5")
@DisplayName("ACC-5: each school is judged by its own settings, recorded in its log; one engine serves both, and a restart changes nothing")
class SettingsPerSchoolTest {

    /** The second school, set up as {@link JournalSchool#ID} is. */
    private static final String OTHER = "86-002";
    /** Monday 19 October 2026: the fifth calendar day after Wednesday's control work, but its third school day. */
    private static final LocalDate NEXT_MONDAY = WEDNESDAY.plusDays(5);

    private final JournalSchool school = JournalSchool.setUp();

    @BeforeEach
    void otherSchool() {
        school.addSchool(OTHER);
    }

    private Receipt settings(String schoolId, SchoolSettings settings) {
        return school.engine.execute(HEAD, new SetSchoolSettings(schoolId, settings));
    }

    private static EntryTiming timing(JournalEngine engine, String schoolId, int entry) {
        return engine.journals().read(MATH, schoolId, MATH_5A).entry(entry).original().timing().orElseThrow();
    }

    private static Instant local(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toInstant();
    }

    private JournalEngine restarted() {
        return JournalEngine.builder().eventStore(school.store).clock(school.clock).build();
    }

    @Test
    @Tag("MRK-3")
    @DisplayName("MRK-3: the same control-work mark, entered at the same instant, is late in the school counting calendar days"
            + " and on time in the one counting school days — and so again after a restart")
    void eachSchoolCountsItsOwnDays() {
        settings(ID, SchoolSettings.REGION_DEFAULTS.withControlWorkCounting(DayCounting.CALENDAR_DAYS));
        settings(OTHER, SchoolSettings.REGION_DEFAULTS.withControlWorkCounting(DayCounting.SCHOOL_DAYS));
        school.at(NEXT_MONDAY, LocalTime.of(10, 0));

        school.engine.execute(MATH, mark(ID, WEDNESDAY, 2, IVANOV, "5", WorkKind.CONTROL_WORK));
        school.engine.execute(MATH, mark(OTHER, WEDNESDAY, 2, IVANOV, "5", WorkKind.CONTROL_WORK));

        assertThat(timing(school.engine, ID, 1).verdict()).isEqualTo(Timeliness.LATE);
        assertThat(timing(school.engine, ID, 1).closesAt()).contains(local(WEDNESDAY.plusDays(4), LocalTime.MIDNIGHT));
        assertThat(timing(school.engine, OTHER, 1).verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(timing(school.engine, OTHER, 1).closesAt()).contains(local(NEXT_MONDAY.plusDays(1), LocalTime.MIDNIGHT));

        JournalEngine restarted = restarted();
        restarted.execute(MATH, mark(ID, WEDNESDAY, 2, ALEKSEEVA, "4", WorkKind.CONTROL_WORK));
        restarted.execute(MATH, mark(OTHER, WEDNESDAY, 2, ALEKSEEVA, "4", WorkKind.CONTROL_WORK));

        assertThat(timing(restarted, ID, 2).verdict()).isEqualTo(Timeliness.LATE);
        assertThat(timing(restarted, OTHER, 2).verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(restarted.host().school(OTHER).settings().controlWorkCounting()).contains(DayCounting.SCHOOL_DAYS);
        assertThat(restarted.schools().ruleSet(restarted.host().school(ID)).rule(RuleId.MRK_3, WorkMarksRule.class)
                .counting()).isEqualTo(DayCounting.CALENDAR_DAYS);
    }

    @Test
    @Tag("MRK-3")
    @Tag("YR-2")
    @DisplayName("MRK-3: counted in school days, the marks of a control work on Friday 7 March 2025 are due by the end of"
            + " Wednesday 12 March: the federal production calendar moved Saturday 8 March's rest to 13 June, so Monday"
            + " 10 March is a school day")
    void schoolDaysOverTheProductionCalendar() {
        String id = "school-2025";
        school.engine.execute(ADMIN, new RegisterSchool(id, "МБОУ «Средняя школа № 2»", ZONE));
        school.engine.execute(ADMIN, new AssignRole(id, HEAD.personId(), Role.HEAD));
        school.engine.execute(HEAD, new HireStaff(id, HOMEROOM.personId(), "Смирнова", "Елена", "Викторовна"));
        school.engine.execute(HEAD, new SetAcademicYear(id, new AcademicYear(2024, LocalDate.of(2024, 9, 1),
                LocalDate.of(2025, 5, 26))));
        school.engine.execute(HEAD, new OpenClass(id, "5А", 5, HOMEROOM.personId()));
        settings(id, SchoolSettings.REGION_DEFAULTS.withControlWorkCounting(DayCounting.SCHOOL_DAYS));

        TimeLimit limit = school.engine.schools().rules(school.engine.host().school(id))
                .limit(new Entry.ControlWorkMarks("5А", LocalDate.of(2025, 3, 7), Optional.empty()));

        assertThat(limit.closesAt()).contains(local(LocalDate.of(2025, 3, 13), LocalTime.MIDNIGHT));
        assertThat(school.engine.schools().rules(school.engine.host().school(id)).calendar()
                .isSchoolDay("5А", LocalDate.of(2025, 3, 10))).isTrue();
    }

    @Test
    @Tag("MRK-3")
    @DisplayName("a school without a setting follows the engine's region rule set; a recorded setting outlives a change of it")
    void aRecordedSettingOutlivesTheRegionsDefault() {
        settings(OTHER, SchoolSettings.REGION_DEFAULTS.withControlWorkCounting(DayCounting.CALENDAR_DAYS));
        JournalEngine schoolDaysRegion = JournalEngine.builder().eventStore(school.store).clock(school.clock)
                .ruleSet(RuleSets.yugra2020().withOverrides("{\"rules\": {\"MRK-3\": {\"counting\": \"SCHOOL_DAYS\"}}}"))
                .build();
        school.at(NEXT_MONDAY, LocalTime.of(10, 0));

        schoolDaysRegion.execute(MATH, mark(ID, WEDNESDAY, 2, IVANOV, "5", WorkKind.CONTROL_WORK));
        schoolDaysRegion.execute(MATH, mark(OTHER, WEDNESDAY, 2, IVANOV, "5", WorkKind.CONTROL_WORK));

        assertThat(timing(schoolDaysRegion, ID, 1).verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(timing(schoolDaysRegion, OTHER, 1).verdict()).isEqualTo(Timeliness.LATE);
        SchoolState plain = schoolDaysRegion.host().school(ID);
        assertThat(schoolDaysRegion.schools().ruleSet(plain)).isSameAs(schoolDaysRegion.schools().ruleSet());
    }

    @Test
    @Tag("MRK-3")
    @DisplayName("REJECT in one school refuses a late control-work mark with OUT_OF_TIME and stores nothing; RECORD in the other records it late")
    void rejectHereRecordThere() {
        settings(ID, SchoolSettings.REGION_DEFAULTS.withEnforcement(RuleId.MRK_3, Enforcement.REJECT));
        settings(OTHER, SchoolSettings.REGION_DEFAULTS.withEnforcement(RuleId.MRK_3, Enforcement.RECORD));
        school.at(NEXT_MONDAY, LocalTime.of(10, 0));

        assertThatThrownBy(() -> school.engine.execute(MATH, mark(ID, WEDNESDAY, 2, IVANOV, "5", WorkKind.CONTROL_WORK)))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME))
                .hasMessageContaining("MRK-3").hasMessageContaining("REJECT");
        assertThat(school.store.version(MATH_5A.stream(ID))).isZero();
        school.engine.execute(MATH, mark(OTHER, WEDNESDAY, 2, IVANOV, "5", WorkKind.CONTROL_WORK));

        assertThat(timing(school.engine, OTHER, 1).verdict()).isEqualTo(Timeliness.LATE);
        assertThat(school.engine.journals().read(DEPUTY, OTHER, MATH_5A).lateEntries()).hasSize(1);
        assertThatThrownBy(() -> restarted().execute(MATH, mark(ID, WEDNESDAY, 2, ALEKSEEVA, "5", WorkKind.CONTROL_WORK)))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME));
    }

    @Test
    @Tag("YR-11")
    @DisplayName("YR-11: on 5 September the set-up of the school due before 5 September is late, that of the one due before 6 September is not")
    void yearSetupDeadline() {
        settings(OTHER, SchoolSettings.REGION_DEFAULTS.withYearSetupDueBefore(MonthDay.of(9, 6)));
        school.at(LocalDate.of(2026, 9, 5), LocalTime.of(12, 0));

        SetupReport region = school.engine.reports().setup(HEAD, ID);
        SetupReport own = school.engine.reports().setup(HEAD, OTHER);

        assertThat(region.deadline()).contains(local(LocalDate.of(2026, 9, 5), LocalTime.MIDNIGHT));
        assertThat(region.pastDeadline()).isTrue();
        assertThat(own.deadline()).contains(local(LocalDate.of(2026, 9, 6), LocalTime.MIDNIGHT));
        assertThat(own.pastDeadline()).isFalse();
    }

    @Test
    @Tag("ARC-7")
    @DisplayName("ARC-7: an absence delayed by the same failure is on time within the region's 24-hour grace, late after the school's own 2 hours")
    void failureGrace() {
        settings(OTHER, SchoolSettings.REGION_DEFAULTS.withFailureGrace(Duration.ofHours(2)));
        school.at(MONDAY, LocalTime.of(13, 0));
        for (String id : List.of(ID, OTHER)) {
            school.engine.execute(DEPUTY, new DeclareTechnicalFailure(id, local(MONDAY, LocalTime.of(8, 0)),
                    local(MONDAY, LocalTime.of(12, 0)), "нет интернета в школе"));
        }
        school.at(MONDAY, LocalTime.of(15, 0));

        school.engine.execute(MATH, absence(ID, MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        school.engine.execute(MATH, absence(OTHER, MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));

        assertThat(timing(school.engine, ID, 1).verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(timing(school.engine, ID, 1).causedByFailure()).isTrue();
        assertThat(timing(school.engine, ID, 1).closesAt()).contains(local(MONDAY.plusDays(1), LocalTime.of(12, 0)));
        assertThat(timing(school.engine, OTHER, 1).verdict()).isEqualTo(Timeliness.LATE);
        assertThat(timing(school.engine, OTHER, 1).lateBy()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    @Tag("MRK-7")
    @DisplayName("MRK-7: on the period's last Thursday a period mark is too early where the window opens at the last lesson,"
            + " on time where it opens with the last 3 days")
    void periodMarksWindow() {
        settings(OTHER, SchoolSettings.REGION_DEFAULTS.withPeriodMarksLastDays(3).withPeriodMarksNotBeforeLastLesson(false));
        school.at(LocalDate.of(2026, 10, 22), LocalTime.of(12, 0));

        assertThatThrownBy(() -> school.engine.execute(MATH, periodMark(ID, IVANOV)))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME))
                .hasMessageContaining("MRK-7");
        school.engine.execute(MATH, periodMark(OTHER, IVANOV));
        assertThat(timing(school.engine, OTHER, 1).verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(timing(school.engine, OTHER, 1).opensAt()).contains(local(LocalDate.of(2026, 10, 21), LocalTime.MIDNIGHT));

        school.at(LocalDate.of(2026, 10, 20), LocalTime.of(23, 59));
        assertThatThrownBy(() -> school.engine.execute(MATH, periodMark(OTHER, ALEKSEEVA)))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME))
                .hasMessageContaining("MRK-7");
    }

    private static SetPeriodMark periodMark(String schoolId, String student) {
        return new SetPeriodMark(schoolId, MATH_5A, PeriodRef.parse("QUARTER-1"), student, Mark.of("5"));
    }

    @Test
    @Tag("MRK-11")
    @DisplayName("MRK-11: the same marks, averaging 4.5, forecast a 5 rounding from .50 and a 4 rounding from .60, in the journal and in the diary")
    void forecastRounding() {
        settings(OTHER, SchoolSettings.REGION_DEFAULTS.withForecastRounding(RoundingRule.UP_FROM_SIX_TENTHS));
        school.at(FRIDAY, LocalTime.of(18, 0));
        for (String id : List.of(ID, OTHER)) {
            school.engine.execute(MATH, mark(id, MONDAY, 1, IVANOV, "5", WorkKind.ORAL));
            school.engine.execute(MATH, mark(id, FRIDAY, 1, IVANOV, "4", WorkKind.ORAL));
        }

        PeriodRef quarter = PeriodRef.parse("QUARTER-1");
        assertThat(school.engine.journals().read(MATH, ID, MATH_5A).forecast(IVANOV, quarter).predictedMark()).hasValue(5);
        assertThat(school.engine.journals().read(MATH, OTHER, MATH_5A).forecast(IVANOV, quarter).predictedMark())
                .hasValue(4);
        assertThat(diaryForecast(ID)).containsExactly(5);
        assertThat(diaryForecast(OTHER)).containsExactly(4);
    }

    private List<Integer> diaryForecast(String schoolId) {
        return school.engine.diaries().read(Actor.of(IVANOV), schoolId, IVANOV, MONDAY, FRIDAY.plusDays(1)).results()
                .stream().flatMap(result -> result.forecast().stream()).toList();
    }

    @Nested
    @DisplayName("setting them through the engine")
    class Setting {

        @Test
        @DisplayName("invalid settings are VALIDATION naming the setting, the value and the rule; nothing is appended")
        void invalid() {
            long before = school.store.version(Schools.streamOf(OTHER));

            assertThatThrownBy(() -> settings(OTHER, SchoolSettings.REGION_DEFAULTS.withFailureGrace(Duration.ofHours(-1))))
                    .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
                    .hasMessageContaining("settings.failureGrace = PT-1H: must not be negative").hasMessageContaining("ARC-7");
            assertThat(school.store.version(Schools.streamOf(OTHER))).isEqualTo(before);
        }

        @Test
        @DisplayName("a teacher and a deputy head are ACCESS_DENIED; the system administrator may; nothing is appended on a denial")
        void rights() {
            long before = school.store.version(Schools.streamOf(OTHER));
            SetSchoolSettings command = new SetSchoolSettings(OTHER,
                    SchoolSettings.REGION_DEFAULTS.withControlWorkCounting(DayCounting.SCHOOL_DAYS));

            for (Actor actor : List.of(MATH, DEPUTY)) {
                assertThatThrownBy(() -> school.engine.execute(actor, command))
                        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
                            assertThat(e.missing()).isEqualTo(Permission.SET_SCHOOL_SETTINGS);
                        });
            }
            assertThat(school.store.version(Schools.streamOf(OTHER))).isEqualTo(before);
            assertThat(school.engine.execute(ADMIN, command).changed()).isTrue();
        }

        @Test
        @Tag("ACC-7")
        @DisplayName("setting the same settings again appends nothing; the state rebuilt from the log, settings included, equals the live state")
        void idempotentAndRebuilt() {
            SchoolSettings settings = SchoolSettings.REGION_DEFAULTS.withControlWorkCounting(DayCounting.SCHOOL_DAYS)
                    .withEnforcement(RuleId.ATT_2, Enforcement.REJECT).withForecastRounding(RoundingRule.DOWN);
            assertThat(settings(OTHER, settings).changed()).isTrue();

            assertThat(settings(OTHER, settings).changed()).isFalse();
            SchoolState live = school.engine.host().school(OTHER);
            assertThat(live.settings()).isEqualTo(settings);
            assertThat(school.engine.host().rebuildSchool(OTHER)).isEqualTo(live);
            assertThat(restarted().host().school(OTHER)).isEqualTo(live);
            assertThat(school.engine.host().school(ID).settings()).isEqualTo(SchoolSettings.REGION_DEFAULTS);
        }
    }

    @Nested
    @DisplayName("recorded settings the engine's region rule set does not accept")
    class Misfit {

        /**
         * Appends settings with a negative grace to the school's stream, as a store written by
         * another version or tool might hold them: no command of this engine would record them.
         */
        @BeforeEach
        void recordedElsewhere() {
            Log log = new Log(school.store, SchoolLog.codec(), school.clock);
            FoldedStreams<SchoolState, SchoolEvent> streams = log.streams(SchoolEvent.class, SchoolLog::apply);
            String stream = Schools.streamOf(ID);
            streams.append(stream, streams.load(stream, SchoolState.empty(ID)),
                    List.of(new SchoolSettingsSet(SchoolSettings.REGION_DEFAULTS.withFailureGrace(Duration.ofHours(-1)))),
                    "another-tool", log.now(), index -> java.util.UUID.randomUUID());
            school.at(MONDAY, LocalTime.of(8, 40));
        }

        @Test
        @DisplayName("applying them never fails, but reading the school's rules is CONFIGURATION naming the school and the setting;"
                + " other schools go on")
        void readingTheRulesFails() {
            SchoolState state = school.engine.host().school(ID);
            assertThat(state.settings().failureGrace()).contains(Duration.ofHours(-1));
            assertThat(restarted().host().school(ID)).isEqualTo(state);

            assertThatThrownBy(() -> school.engine.schools().rules(state))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION))
                    .hasMessageContaining("school " + ID).hasMessageContaining("settings.failureGrace = PT-1H");
            assertThatThrownBy(() -> school.engine.execute(MATH, absence(ID, MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED)))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION));
            school.engine.execute(MATH, absence(OTHER, MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
            assertThat(timing(school.engine, OTHER, 1).verdict()).isEqualTo(Timeliness.ON_TIME);
        }

        @Test
        @DisplayName("the head sets the settings again, and the school's rules are read and applied once more")
        void theHeadMendsThem() {
            settings(ID, SchoolSettings.REGION_DEFAULTS.withFailureGrace(Duration.ofHours(2)));

            school.engine.execute(MATH, absence(ID, MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
            assertThat(timing(school.engine, ID, 1).verdict()).isEqualTo(Timeliness.ON_TIME);
            assertThat(school.engine.host().school(ID).settings().failureGrace()).contains(Duration.ofHours(2));
        }
    }
}
