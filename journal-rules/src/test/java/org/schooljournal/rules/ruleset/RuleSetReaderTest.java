package org.schooljournal.rules.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.MonthDay;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rule-set documents: the built-in Yugra 2020 set against the regulation, writing and reading back,
 * a school's overrides, and the exact JSON path and problem of every kind of invalid document.
 * Invalid documents are the Yugra document edited as a Jackson tree, one change each.
 */
@DisplayName("Rule-set documents")
class RuleSetReaderTest {

    private static final String SOURCE = "edited-yugra.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleSet yugra;

    @BeforeEach
    void setUp() {
        yugra = RuleSets.yugra2020();
    }

    /** The built-in Yugra document as a mutable tree. */
    private static ObjectNode yugraDocument() {
        try {
            return (ObjectNode) JSON.readTree(RuleSets.yugra2020().toJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode rules(ObjectNode document) {
        return (ObjectNode) document.get("rules");
    }

    private static ObjectNode rule(ObjectNode document, String code) {
        return (ObjectNode) rules(document).get(code);
    }

    private static String text(JsonNode document) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the document, expecting it to be refused. */
    private static InvalidRuleSetException readFails(ObjectNode document) {
        return readFails(text(document));
    }

    private static InvalidRuleSetException readFails(String json) {
        Throwable thrown = catchThrowable(() -> RuleSets.read(SOURCE, json));
        assertThat(thrown).isInstanceOf(InvalidRuleSetException.class);
        return (InvalidRuleSetException) thrown;
    }

    /** Lays the overrides over the Yugra set, expecting them to be refused. */
    private InvalidRuleSetException overrideFails(String overrides) {
        Throwable thrown = catchThrowable(() -> yugra.withOverrides(overrides));
        assertThat(thrown).isInstanceOf(InvalidRuleSetException.class);
        return (InvalidRuleSetException) thrown;
    }

    /** A fresh copy of the built-in document, read independently of {@link RuleSets#yugra2020()}. */
    private static RuleSet freshYugra() {
        return RuleSets.read("yugra-2020.json", RuleSets.class.getResourceAsStream("yugra-2020.json"));
    }

    @Nested
    @DisplayName("The built-in Yugra 2020 set")
    class BuiltInYugraSet {

        @Test
        @DisplayName("is Yugra's order No. 287 of 28 February 2020 for region RU-KHM")
        void identifiesTheRegulation() {
            assertThat(yugra.id()).isEqualTo(RuleSets.YUGRA_2020).isEqualTo("yugra-2020");
            assertThat(yugra.region()).isEqualTo("RU-KHM");
            assertThat(yugra.title()).contains("Югры", "28.02.2020", "287");
        }

        @Test
        @DisplayName("has every rule of the catalogue, each with parameters of its own type")
        void hasEveryRule() {
            assertThat(yugra.rules()).containsOnlyKeys(RuleId.values());
            for (RuleId ruleId : RuleId.values()) {
                assertThat(yugra.rule(ruleId)).as(ruleId.code()).isInstanceOf(ruleId.parameters());
                assertThat(yugra.rule(ruleId).reference()).as(ruleId.code()).isNotBlank();
            }
        }

        @Test
        @Tag("ATT-2")
        @DisplayName("ATT-2: absences within 20 minutes of the lesson's start")
        void attendanceWithinTwentyMinutes() {
            AttendanceRule rule = yugra.rule(RuleId.ATT_2, AttendanceRule.class);

            assertThat(rule.within()).isEqualTo(Duration.parse("PT20M"));
        }

        @Test
        @Tag("MRK-2")
        @DisplayName("MRK-2: a lesson's marks within the current school day, only recorded when late")
        void lessonMarksWithinTheSchoolDay() {
            LessonMarksRule rule = yugra.rule(RuleId.MRK_2, LessonMarksRule.class);

            assertThat(rule.enforcement()).isEqualTo(Enforcement.RECORD);
            assertThat(rule.reference()).contains("2.5");
        }

        @Test
        @Tag("LES-4")
        @DisplayName("LES-4: homework within 1.5 hours after the class's lessons end")
        void homeworkWithinNinetyMinutes() {
            HomeworkRule rule = yugra.rule(RuleId.LES_4, HomeworkRule.class);

            assertThat(rule.afterLessonsEnd()).isEqualTo(Duration.parse("PT1H30M"));
        }

        @Test
        @Tag("LES-2")
        @Tag("LES-4")
        @DisplayName("LES-2, LES-4: as the regulation reads, neither a topic nor homework is entered before its lesson")
        void nothingPlannedAhead() {
            assertThat(yugra.rule(RuleId.LES_4, HomeworkRule.class).ahead()).isZero();
            assertThat(yugra.rule(RuleId.LES_2, TopicRule.class).plannedAhead()).isZero();
            assertThat(yugra.rule(RuleId.LES_2).reference()).contains("2.6", "КТП");
        }

        @Test
        @Tag("MRK-3")
        @DisplayName("MRK-3: control-work marks within 3 calendar days")
        void controlWorkMarksWithinThreeCalendarDays() {
            WorkMarksRule rule = yugra.rule(RuleId.MRK_3, WorkMarksRule.class);

            assertThat(rule.days()).isEqualTo(3);
            assertThat(rule.counting()).isEqualTo(DayCounting.CALENDAR_DAYS);
        }

        @Test
        @Tag("MRK-4")
        @DisplayName("MRK-4: written-work marks within one week, 7 calendar days")
        void writtenWorkMarksWithinOneWeek() {
            WorkMarksRule rule = yugra.rule(RuleId.MRK_4, WorkMarksRule.class);

            assertThat(rule.days()).isEqualTo(7);
            assertThat(rule.counting()).isEqualTo(DayCounting.CALENDAR_DAYS);
        }

        @Test
        @Tag("MRK-7")
        @DisplayName("MRK-7: period marks during the period's last 7 days, after its last lesson")
        void periodMarksDuringTheLastWeek() {
            PeriodMarksRule rule = yugra.rule(RuleId.MRK_7, PeriodMarksRule.class);

            assertThat(rule.lastDays()).isEqualTo(7);
            assertThat(rule.notBeforeLastLesson()).isTrue();
        }

        @Test
        @Tag("MRK-13")
        @DisplayName("MRK-13: final results visible within 24 hours")
        void finalResultsWithinADay() {
            FinalResultsRule rule = yugra.rule(RuleId.MRK_13, FinalResultsRule.class);

            assertThat(rule.within()).isEqualTo(Duration.parse("PT24H"));
        }

        @Test
        @Tag("PD-4")
        @DisplayName("PD-4: a compromise reported within 1 hour; one working day is the other setting")
        void compromiseReportedWithinAnHour() {
            CompromiseReportRule rule = yugra.rule(RuleId.PD_4, CompromiseReportRule.class);

            assertThat(rule.measure()).isEqualTo(CompromiseReportRule.Measure.DURATION);
            assertThat(rule.within()).isEqualTo(Duration.parse("PT1H"));
            assertThat(rule.workingDays()).isEqualTo(1);
        }

        @Test
        @Tag("YR-11")
        @DisplayName("YR-11: the year set up before 5 September")
        void yearSetUpBeforeFifthOfSeptember() {
            YearSetupRule rule = yugra.rule(RuleId.YR_11, YearSetupRule.class);

            assertThat(rule.dueBefore()).isEqualTo(MonthDay.parse("--09-05"));
        }

        @Test
        @Tag("ARC-1")
        @DisplayName("ARC-1: journals printed by 30 June and kept 5 years")
        void journalsKeptFiveYears() {
            ArchiveRule rule = yugra.rule(RuleId.ARC_1, ArchiveRule.class);

            assertThat(rule.printBy()).isEqualTo(MonthDay.parse("--06-30"));
            assertThat(rule.retentionYears()).isEqualTo(5);
            assertThat(rule.retentionCountsFrom())
                    .isEqualTo(ArchiveRule.RetentionStart.JANUARY_FIRST_AFTER_CLOSING);
        }

        @Test
        @Tag("ARC-2")
        @DisplayName("ARC-2: summary sheets printed by 30 June and kept 25 years")
        void summarySheetsKeptTwentyFiveYears() {
            ArchiveRule rule = yugra.rule(RuleId.ARC_2, ArchiveRule.class);

            assertThat(rule.printBy()).isEqualTo(MonthDay.parse("--06-30"));
            assertThat(rule.retentionYears()).isEqualTo(25);
            assertThat(rule.retentionCountsFrom())
                    .isEqualTo(ArchiveRule.RetentionStart.JANUARY_FIRST_AFTER_CLOSING);
        }

        @Test
        @Tag("ARC-7")
        @DisplayName("ARC-7: a technical failure excuses the journal's late entries for 24 hours after it ends")
        void failureExcusesJournalEntries() {
            FailureRule rule = yugra.rule(RuleId.ARC_7, FailureRule.class);

            assertThat(rule.grace()).isEqualTo(Duration.parse("PT24H"));
            assertThat(rule.appliesTo()).isEqualTo(EnumSet.complementOf(EnumSet.of(RuleId.PD_4, RuleId.ARC_7, RuleId.LES_2)));
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = RuleId.class, names = {"ARC_7", "LES_2"}, mode = EnumSource.Mode.EXCLUDE)
        @DisplayName("every time limit only records a late entry (enforcement RECORD)")
        void everyLimitOnlyRecords(RuleId ruleId) {
            assertThat(yugra.rule(ruleId)).isInstanceOfSatisfying(LimitRule.class,
                    rule -> assertThat(rule.enforcement()).isEqualTo(Enforcement.RECORD));
        }

        @Test
        @DisplayName("is read once: every call returns the same set")
        void isReadOnce() {
            assertThat(RuleSets.yugra2020()).isSameAs(yugra).isEqualTo(freshYugra());
        }
    }

    @Nested
    @DisplayName("toJson()")
    class Writing {

        @Test
        @DisplayName("round-trips: reading the written document gives an equal set")
        void roundTrips() {
            RuleSet read = RuleSets.read("x", yugra.toJson());

            assertThat(read).isEqualTo(yugra).hasSameHashCodeAs(yugra);
        }

        @Test
        @DisplayName("round-trips a set with overrides too")
        void roundTripsAnOverriddenSet() {
            RuleSet school = yugra.withOverrides(
                    "{\"id\":\"school-42\",\"rules\":{\"ARC-1\":{\"retentionCountsFrom\":\"DAY_AFTER_CLOSING\"}}}");

            assertThat(RuleSets.read("x", school.toJson())).isEqualTo(school);
        }

        @Test
        @DisplayName("writes times as ISO-8601 text and rules by their catalogue codes")
        void writesIsoTextAndCodes() throws JsonProcessingException {
            JsonNode written = JSON.readTree(yugra.toJson());

            assertThat(written.at("/rules/ATT-2/within").textValue()).isEqualTo("PT20M");
            assertThat(written.at("/rules/YR-11/dueBefore").textValue()).isEqualTo("--09-05");
            assertThat(written.at("/rules/ARC-7/appliesTo/0").textValue()).isEqualTo("ATT-2");
        }

        @Test
        @DisplayName("a document read from an InputStream equals the same text read as a String")
        void readsAStream() {
            assertThat(freshYugra()).isEqualTo(RuleSets.read("x", yugra.toJson()));
        }
    }

    @Nested
    @DisplayName("Overrides")
    class Overrides {

        @Test
        @Tag("MRK-3")
        @DisplayName("MRK-3 counted in school days changes only that parameter")
        void changesOnlyTheOverriddenParameter() {
            RuleSet school = yugra.withOverrides("{\"rules\":{\"MRK-3\":{\"counting\":\"SCHOOL_DAYS\"}}}");

            WorkMarksRule base = yugra.rule(RuleId.MRK_3, WorkMarksRule.class);
            assertThat(school.rule(RuleId.MRK_3)).isEqualTo(
                    new WorkMarksRule(base.reference(), base.enforcement(), base.days(), DayCounting.SCHOOL_DAYS));
            for (RuleId other : EnumSet.complementOf(EnumSet.of(RuleId.MRK_3))) {
                assertThat(school.rule(other)).as(other.code()).isEqualTo(yugra.rule(other));
            }
            assertThat(school.id()).isEqualTo(yugra.id());
            assertThat(school.region()).isEqualTo(yugra.region());
            assertThat(school.title()).isEqualTo(yugra.title());
        }

        @Test
        @Tag("PD-4")
        @DisplayName("PD-4 switched to one working day keeps its other parameters")
        void switchesCompromiseReportToWorkingDays() {
            RuleSet school = yugra.withOverrides("{\"rules\":{\"PD-4\":{\"measure\":\"WORKING_DAYS\"}}}");

            CompromiseReportRule rule = school.rule(RuleId.PD_4, CompromiseReportRule.class);
            assertThat(rule.measure()).isEqualTo(CompromiseReportRule.Measure.WORKING_DAYS);
            assertThat(rule.workingDays()).isEqualTo(1);
            assertThat(rule.within()).isEqualTo(Duration.ofHours(1));
        }

        @Test
        @DisplayName("a new id names the school's set; its rules stay those of the base")
        void overridesTheId() {
            RuleSet school = yugra.withOverrides("{\"id\":\"school-42\"}");

            assertThat(school.id()).isEqualTo("school-42");
            assertThat(school.rules()).isEqualTo(yugra.rules());
            assertThat(school).isNotEqualTo(yugra);
        }

        @Test
        @Tag("ARC-7")
        @DisplayName("a list replaces the base's list, it is not merged into it")
        void replacesAList() {
            RuleSet school = yugra.withOverrides("{\"rules\":{\"ARC-7\":{\"appliesTo\":[\"ATT-2\"]}}}");

            assertThat(school.rule(RuleId.ARC_7, FailureRule.class).appliesTo()).containsExactly(RuleId.ATT_2);
        }

        @Test
        @DisplayName("empty overrides give an equal set")
        void emptyOverridesChangeNothing() {
            assertThat(yugra.withOverrides("{}")).isEqualTo(yugra);
        }

        @Test
        @DisplayName("the base set is unchanged after an override")
        void leavesTheBaseUnchanged() {
            String before = yugra.toJson();

            yugra.withOverrides("{\"id\":\"school-42\",\"rules\":{\"MRK-3\":{\"counting\":\"SCHOOL_DAYS\","
                    + "\"days\":5},\"ARC-7\":{\"appliesTo\":[]}}}");

            assertThat(yugra.toJson()).isEqualTo(before);
            assertThat(yugra).isEqualTo(freshYugra());
            assertThat(RuleSets.yugra2020().rule(RuleId.MRK_3, WorkMarksRule.class).counting())
                    .isEqualTo(DayCounting.CALENDAR_DAYS);
        }
    }

    @Nested
    @Tag("rule-set")
    @DisplayName("An invalid document is refused with its JSON path")
    class InvalidDocuments {

        @Test
        @DisplayName("the message names the document, the path and the problem")
        void messageNamesDocumentPathAndProblem() {
            ObjectNode document = yugraDocument();
            rule(document, "ATT-2").put("within", "-PT5M");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.source()).isEqualTo(SOURCE);
            assertThat(e.getMessage())
                    .isEqualTo(SOURCE + ": $.rules.ATT-2.within: must not be negative, was PT-5M");
        }

        @Test
        @DisplayName("an unknown rule")
        void unknownRule() {
            ObjectNode document = yugraDocument();
            rules(document).set("XYZ-1", rule(document, "ATT-2").deepCopy());

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.XYZ-1");
            assertThat(e.problem()).startsWith("unknown rule").contains("ATT-2", "ARC-7");
        }

        @Test
        @DisplayName("a missing rule")
        void missingRule() {
            ObjectNode document = yugraDocument();
            rules(document).remove("ARC-7");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.ARC-7");
            assertThat(e.problem()).isEqualTo("rule is missing");
        }

        @Test
        @DisplayName("a rule that is not an object")
        void ruleNotAnObject() {
            ObjectNode document = yugraDocument();
            rules(document).put("ATT-2", "PT20M");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.ATT-2");
            assertThat(e.problem()).contains("expected a JSON object", "STRING");
        }

        @Test
        @DisplayName("a negative duration")
        void negativeDuration() {
            ObjectNode document = yugraDocument();
            rule(document, "ATT-2").put("within", "-PT5M");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.ATT-2.within");
            assertThat(e.problem()).contains("must not be negative", "PT-5M");
        }

        @Test
        @DisplayName("a zero duration where a positive one is required")
        void zeroDuration() {
            ObjectNode document = yugraDocument();
            rule(document, "MRK-13").put("within", "PT0S");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.MRK-13.within");
            assertThat(e.problem()).contains("must be positive", "PT0S");
        }

        @Test
        @DisplayName("a count below its minimum")
        void countBelowMinimum() {
            ObjectNode document = yugraDocument();
            rule(document, "MRK-7").put("lastDays", 0);

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.MRK-7.lastDays");
            assertThat(e.problem()).isEqualTo("must be at least 1, was 0");
        }

        @Test
        @DisplayName("a blank legal reference")
        void blankReference() {
            ObjectNode document = yugraDocument();
            rule(document, "ARC-1").put("reference", " ");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.ARC-1.reference");
            assertThat(e.problem()).isEqualTo("must not be blank");
        }

        @Test
        @DisplayName("a missing field")
        void missingField() {
            ObjectNode document = yugraDocument();
            rule(document, "MRK-3").remove("days");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.MRK-3.days");
            assertThat(e.problem()).isEqualTo("required field is missing");
        }

        @Test
        @DisplayName("a missing top-level field")
        void missingTopLevelField() {
            ObjectNode document = yugraDocument();
            document.remove("region");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.region");
            assertThat(e.problem()).isEqualTo("required field is missing");
        }

        @Test
        @DisplayName("a number of days written as text")
        void daysAsText() {
            ObjectNode document = yugraDocument();
            rule(document, "MRK-3").put("days", "three");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.MRK-3.days");
            assertThat(e.problem()).contains("String value (\"three\")", "`int`");
        }

        @Test
        @DisplayName("a fractional number of days")
        void fractionalDays() {
            ObjectNode document = yugraDocument();
            rule(document, "MRK-4").put("days", 3.5);

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.MRK-4.days");
            assertThat(e.problem()).contains("Floating-point value (3.5)", "`int`");
        }

        @Test
        @DisplayName("a number of days out of the range of int")
        void daysOutOfRange() {
            ObjectNode document = yugraDocument();
            rule(document, "MRK-3").put("days", 3_000_000_000L);

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.MRK-3.days");
            assertThat(e.problem()).contains("3000000000", "out of range of int");
        }

        @Test
        @DisplayName("a duration written as a number instead of ISO-8601 text")
        void durationAsNumber() {
            ObjectNode document = yugraDocument();
            rule(document, "ATT-2").put("within", 20);

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.ATT-2.within");
            assertThat(e.problem()).contains("expected an ISO-8601 duration such as \"PT20M\"", "VALUE_NUMBER_INT");
        }

        @Test
        @DisplayName("a duration that is not ISO-8601")
        void durationNotIso() {
            ObjectNode document = yugraDocument();
            rule(document, "LES-4").put("afterLessonsEnd", "90 minutes");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.LES-4.afterLessonsEnd");
            assertThat(e.problem()).contains("\"90 minutes\"", "expected an ISO-8601 duration");
        }

        @Test
        @DisplayName("planning ahead beyond a school year, or by a negative time, names the parameter")
        void aheadBounded() {
            ObjectNode document = yugraDocument();
            rule(document, "LES-2").put("plannedAhead", "P367D");
            InvalidRuleSetException tooFar = readFails(document);
            assertThat(tooFar.path()).isEqualTo("$.rules.LES-2.plannedAhead");
            assertThat(tooFar.problem()).contains("at most PT8784H", "PT8808H");

            ObjectNode negative = yugraDocument();
            rule(negative, "LES-4").put("ahead", "-PT1H");
            InvalidRuleSetException e = readFails(negative);
            assertThat(e.path()).isEqualTo("$.rules.LES-4.ahead");
            assertThat(e.problem()).contains("must not be negative");
        }

        @Test
        @DisplayName("a day of the year that does not exist")
        void impossibleMonthDay() {
            ObjectNode document = yugraDocument();
            rule(document, "ARC-1").put("printBy", "--02-30");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.ARC-1.printBy");
            assertThat(e.problem()).contains("\"--02-30\"", "expected a month and day");
        }

        @Test
        @DisplayName("a boolean written as text")
        void booleanAsText() {
            ObjectNode document = yugraDocument();
            rule(document, "MRK-7").put("notBeforeLastLesson", "yes");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.MRK-7.notBeforeLastLesson");
            assertThat(e.problem()).contains("String value (\"yes\")", "`boolean`");
        }

        @Test
        @DisplayName("a legal reference written as a number")
        void referenceAsNumber() {
            ObjectNode document = yugraDocument();
            rule(document, "ATT-2").put("reference", 5);

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.ATT-2.reference");
            assertThat(e.problem()).contains("Integer value (5)", "String");
        }

        @Test
        @DisplayName("an unknown field inside a rule")
        void unknownFieldInRule() {
            ObjectNode document = yugraDocument();
            rule(document, "MRK-3").put("weeks", 1);

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.MRK-3.weeks");
            assertThat(e.problem()).isEqualTo("unknown field; expected [counting, days, enforcement, reference]");
        }

        @Test
        @DisplayName("an unknown top-level field")
        void unknownTopLevelField() {
            ObjectNode document = yugraDocument();
            document.put("author", "someone");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.author");
            assertThat(e.problem()).isEqualTo("unknown field; expected [id, region, rules, title]");
        }

        @Test
        @DisplayName("malformed JSON, with its line and column")
        void malformedJson() {
            String json = yugra.toJson().replace("\"RU-KHM\"", "RU-KHM");
            assertThat(json).as("the edit").isNotEqualTo(yugra.toJson());

            InvalidRuleSetException e = readFails(json);

            assertThat(e.path()).isEqualTo("$");
            assertThat(e.problem()).startsWith("malformed JSON at line 3, column ");
        }

        @Test
        @DisplayName("a field given twice")
        void duplicateField() {
            String json = yugra.toJson().replaceFirst("\"PT20M\"", "\"PT20M\", \"within\" : \"PT25M\"");
            assertThat(json).as("the edit").isNotEqualTo(yugra.toJson());

            InvalidRuleSetException e = readFails(json);

            assertThat(e.path()).isEqualTo("$");
            assertThat(e.problem()).startsWith("malformed JSON at line ").contains("Duplicate field 'within'");
        }

        @Test
        @DisplayName("content after the document")
        void trailingContent() {
            InvalidRuleSetException e = readFails(yugra.toJson() + " {}");

            assertThat(e.path()).isEqualTo("$");
            assertThat(e.problem()).startsWith("malformed JSON at line ").contains("Trailing token");
        }

        @Test
        @DisplayName("a document that is not an object")
        void documentNotAnObject() {
            InvalidRuleSetException e = readFails("[]");

            assertThat(e.path()).isEqualTo("$");
            assertThat(e.problem()).isEqualTo("expected a JSON object, found ARRAY");
        }

        @Test
        @DisplayName("a null parameter")
        void nullParameter() {
            ObjectNode document = yugraDocument();
            rule(document, "ATT-2").putNull("enforcement");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.ATT-2.enforcement");
            assertThat(e.problem()).contains("Null value", "'enforcement'");
        }

        @Test
        @DisplayName("a null number")
        void nullNumber() {
            ObjectNode document = yugraDocument();
            rule(document, "MRK-3").putNull("days");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.MRK-3.days");
            assertThat(e.problem()).contains("`null`", "`int`").doesNotContain("DeserializationConfig");
        }

        @Test
        @DisplayName("a null identifier")
        void nullId() {
            ObjectNode document = yugraDocument();
            document.putNull("id");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.id");
            assertThat(e.problem()).isEqualTo("expected a non-blank string, found NULL");
        }

        @Test
        @DisplayName("an unknown enum value")
        void unknownEnumValue() {
            ObjectNode document = yugraDocument();
            rule(document, "MRK-3").put("counting", "WEEKS");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.MRK-3.counting");
            assertThat(e.problem()).contains("\"WEEKS\"", "CALENDAR_DAYS", "SCHOOL_DAYS");
        }

        @Test
        @DisplayName("an enum value in the wrong case")
        void enumValueInWrongCase() {
            ObjectNode document = yugraDocument();
            rule(document, "ATT-2").put("enforcement", "record");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.ATT-2.enforcement");
            assertThat(e.problem()).contains("\"record\"", "RECORD, WARN, REJECT");
        }

        @Test
        @DisplayName("an enum value given by its number")
        void enumValueAsNumber() {
            ObjectNode document = yugraDocument();
            rule(document, "PD-4").put("measure", 0);

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.PD-4.measure");
            assertThat(e.problem()).contains("number 0");
        }

        @Test
        @Tag("ARC-7")
        @DisplayName("an unknown rule in ARC-7's appliesTo, with its index")
        void unknownRuleInAppliesTo() {
            ObjectNode document = yugraDocument();
            ArrayNode appliesTo = (ArrayNode) rule(document, "ARC-7").get("appliesTo");
            appliesTo.add("XYZ-1");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.ARC-7.appliesTo[" + (appliesTo.size() - 1) + "]");
            assertThat(e.problem()).contains("unknown rule XYZ-1");
        }

        @Test
        @Tag("ARC-7")
        @DisplayName("a null in ARC-7's appliesTo")
        void nullInAppliesTo() {
            ObjectNode document = yugraDocument();
            ((ArrayNode) rule(document, "ARC-7").get("appliesTo")).addNull();

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.ARC-7.appliesTo");
            assertThat(e.problem()).isEqualTo("must not contain null");
        }

        @Test
        @DisplayName("a blank id")
        void blankId() {
            ObjectNode document = yugraDocument();
            document.put("id", " ");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.id");
            assertThat(e.problem()).isEqualTo("must not be blank");
        }

        @Test
        @Tag("ARC-7")
        @DisplayName("ARC-7's appliesTo containing ARC-7 itself")
        void appliesToItself() {
            ObjectNode document = yugraDocument();
            ((ArrayNode) rule(document, "ARC-7").get("appliesTo")).add("ARC-7");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.ARC-7.appliesTo");
            assertThat(e.problem()).isEqualTo("must not contain ARC-7 itself");
        }

        @Test
        @Tag("ARC-7")
        @DisplayName("ARC-7's appliesTo given as a single string instead of a list")
        void appliesToNotAList() {
            ObjectNode document = yugraDocument();
            rule(document, "ARC-7").put("appliesTo", "ATT-2");

            InvalidRuleSetException e = readFails(document);

            assertThat(e.path()).isEqualTo("$.rules.ARC-7.appliesTo");
            assertThat(e.problem()).contains("from String value");
        }
    }

    @Nested
    @Tag("rule-set")
    @DisplayName("Invalid overrides are refused and change nothing")
    class InvalidOverrides {

        @Test
        @DisplayName("an invalid parameter is refused with its path, the valid ones with it are not applied")
        void invalidParameter() {
            InvalidRuleSetException e = overrideFails("{\"rules\":{"
                    + "\"MRK-3\":{\"counting\":\"SCHOOL_DAYS\"},"
                    + "\"ATT-2\":{\"within\":\"-PT5M\"}}}");

            assertThat(e.source()).isEqualTo("overrides of yugra-2020");
            assertThat(e.path()).isEqualTo("$.rules.ATT-2.within");
            assertThat(e.problem()).contains("must not be negative");
            assertThat(yugra).isEqualTo(freshYugra());
            assertThat(yugra.rule(RuleId.MRK_3, WorkMarksRule.class).counting()).isEqualTo(DayCounting.CALENDAR_DAYS);
        }

        @Test
        @DisplayName("a misspelt parameter is refused, not ignored")
        void misspeltParameter() {
            InvalidRuleSetException e = overrideFails("{\"rules\":{\"MRK-3\":{\"countng\":\"SCHOOL_DAYS\"}}}");

            assertThat(e.path()).isEqualTo("$.rules.MRK-3.countng");
            assertThat(e.problem()).startsWith("unknown field");
        }

        @Test
        @DisplayName("an unknown rule is refused")
        void unknownRule() {
            InvalidRuleSetException e = overrideFails("{\"rules\":{\"XYZ-1\":{}}}");

            assertThat(e.path()).isEqualTo("$.rules.XYZ-1");
            assertThat(e.problem()).startsWith("unknown rule");
        }

        @Test
        @DisplayName("a rule overridden with null is refused")
        void ruleOverriddenWithNull() {
            InvalidRuleSetException e = overrideFails("{\"rules\":{\"ATT-2\":null}}");

            assertThat(e.path()).isEqualTo("$.rules.ATT-2");
            assertThat(e.problem()).isEqualTo("expected a JSON object, found NULL");
        }

        @Test
        @DisplayName("malformed overrides are refused at $, with the line and column")
        void malformedOverrides() {
            InvalidRuleSetException e = overrideFails("{\"rules\":");

            assertThat(e.source()).isEqualTo("overrides of yugra-2020");
            assertThat(e.path()).isEqualTo("$");
            assertThat(e.problem()).startsWith("malformed JSON at line 1, column ")
                    .doesNotContain("Source").doesNotContain("\n");
        }

        @Test
        @DisplayName("null overrides are a plain argument error")
        void nullOverrides() {
            assertThatThrownBy(() -> yugra.withOverrides(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("overridesJson");
        }

        @Test
        @DisplayName("overrides that are not an object are refused at $")
        void overridesNotAnObject() {
            InvalidRuleSetException e = overrideFails("[]");

            assertThat(e.path()).isEqualTo("$");
            assertThat(e.problem()).isEqualTo("expected a JSON object, found ARRAY");
        }
    }
}
