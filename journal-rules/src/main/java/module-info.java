/**
 * The regulation's rules: deadlines, windows and retention over a school calendar, and rule sets
 * as documents with legal references (DESIGN.md). Depends on the JDK, Jackson (rule-set
 * documents) and journal-spi, whose {@link org.schooljournal.spi.Bootstrap} finds the regions'
 * {@link org.schooljournal.rules.ruleset.RuleSetProvider}s (docs/architecture.md, "Departures
 * from DESIGN.md"); the years of the production calendar are found as
 * {@link org.schooljournal.rules.calendar.ProductionCalendarProvider}s.
 *
 * <p>Every package is opened to Jackson: rule-set documents are read into the records of
 * {@code ruleset}, and journal-core's events carry values of all three packages (journal-core's
 * ModuleDescriptorTest finds which).
 */
module org.schooljournal.rules {
    requires transitive org.schooljournal.spi;
    requires com.fasterxml.jackson.databind;

    exports org.schooljournal.rules;
    exports org.schooljournal.rules.calendar;
    exports org.schooljournal.rules.ruleset;

    opens org.schooljournal.rules to com.fasterxml.jackson.databind;
    opens org.schooljournal.rules.calendar to com.fasterxml.jackson.databind;
    opens org.schooljournal.rules.ruleset to com.fasterxml.jackson.databind;

    uses org.schooljournal.rules.ruleset.RuleSetProvider;
    uses org.schooljournal.rules.calendar.ProductionCalendarProvider;

    provides org.schooljournal.rules.ruleset.RuleSetProvider
            with org.schooljournal.rules.ruleset.YugraRuleSetProvider;
    provides org.schooljournal.rules.calendar.ProductionCalendarProvider
            with org.schooljournal.rules.calendar.FederalProductionCalendarProvider;
}
