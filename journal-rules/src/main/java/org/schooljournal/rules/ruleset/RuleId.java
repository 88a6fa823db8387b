package org.schooljournal.rules.ruleset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The requirements of the catalogue (REQUIREMENTS.md) that are time limits or windows, each with the
 * type of its parameters in a rule set. Its {@link #code()} is the catalogue's ID, as in {@code ATT-2}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RuleId {
    /** Absences within 20 minutes of the lesson's start. */
    ATT_2("ATT-2", AttendanceRule.class),
    /** A lesson's marks within the current school day. */
    MRK_2("MRK-2", LessonMarksRule.class),
    /** A lesson's topic, from the lesson's start or, planned from the КТП, ahead of it. */
    LES_2("LES-2", TopicRule.class),
    /** Homework within 1.5 hours after the end of that class's lessons that day. */
    LES_4("LES-4", HomeworkRule.class),
    /** Control-work marks within 3 days of the work. */
    MRK_3("MRK-3", WorkMarksRule.class),
    /** Written-work marks within one week of the work. */
    MRK_4("MRK-4", WorkMarksRule.class),
    /** Period marks during the last week of the period. */
    MRK_7("MRK-7", PeriodMarksRule.class),
    /** Final assessment results visible within 24 hours. */
    MRK_13("MRK-13", FinalResultsRule.class),
    /** A credential compromise reported within 1 hour (or one working day). */
    PD_4("PD-4", CompromiseReportRule.class),
    /** The year set up before 5 September. */
    YR_11("YR-11", YearSetupRule.class),
    /** Journals printed by 30 June and kept 5 years. */
    ARC_1("ARC-1", ArchiveRule.class),
    /** Summary sheets printed by 30 June and kept 25 years. */
    ARC_2("ARC-2", ArchiveRule.class),
    /** Entries late because of a declared technical failure. */
    ARC_7("ARC-7", FailureRule.class);

    private final String code;
    private final Class<? extends Rule> parameters;

    RuleId(String code, Class<? extends Rule> parameters) {
        this.code = code;
        this.parameters = parameters;
    }

    /**
     * Returns the rule with that catalogue code.
     *
     * @throws IllegalArgumentException if no rule has that code
     */
    @JsonCreator
    public static RuleId of(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown rule " + code + "; known rules are " + Arrays.toString(values())));
    }

    /** Returns the rule with that catalogue code, if there is one. */
    public static Optional<RuleId> find(String code) {
        Objects.requireNonNull(code, "code");
        return Arrays.stream(values()).filter(id -> id.code.equals(code)).findFirst();
    }

    /** Returns the catalogue's ID, such as {@code ATT-2}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** Returns the type of the rule's parameters in a rule set. */
    public Class<? extends Rule> parameters() {
        return parameters;
    }

    /** Returns the catalogue's ID. */
    @Override
    public String toString() {
        return code;
    }
}
