package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The project's runnable example: one school of Yugra, set up for 2025/2026 through the engine —
 * 25 classes, 47 staff, about 600 students and their guardians — then what its people would read:
 * the school's numbers; the report of the year's set-up against its deadline (YR-11) on the
 * morning of 3 September; the start of 5А's class list; one school day of 5А, Friday 24 October
 * 2025, with every deadline the regulation sets and the verdicts of a few entries; and the
 * verification of the school's hash-chained log.
 */
public final class SchoolDay {

    /**
     * Hibernate Validator, which the engine validates commands with, announces its version at
     * INFO through java.util.logging; the example's readers need not see it, so the example, as
     * any host application configures its logging, raises that logger's level (kept here, since
     * java.util.logging holds its loggers weakly).
     */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    /** How many lines of 5А's class list are printed. */
    static final int LIST_LINES = 10;

    private final YugraSchool school;
    private final PrintStream out;
    private final RussianText russian;

    SchoolDay(YugraSchool school, PrintStream out) {
        this.school = school;
        this.out = out;
        this.russian = new RussianText(school.calendar().zone());
    }

    /** Sets the school up and prints what its people would read. */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(Level.WARNING);
        try (YugraSchool school = YugraSchool.setUp()) {
            new SchoolDay(school, new PrintStream(System.out, true, StandardCharsets.UTF_8)).print();
        }
    }

    void print() {
        SchoolSummary summary = new SchoolSummary(school, russian, out);
        summary.printHeader();
        out.println();
        new SetupProgress(school, russian, out).print();
        out.println();
        LocalDate listDate = YugraSchool.FIRST_DAY;
        new ClassListExcerpt(school, russian, out).print(FifthGrade.CLASS, listDate, LIST_LINES);
        out.println();
        new DayDeadlines(school, russian, out).print();
        out.println();
        summary.printChain();
    }
}
