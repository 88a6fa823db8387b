package org.schooljournal.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of journal-core and the directions between its packages
 * (DESIGN.md, docs/architecture.md): kept in the code, never relaxed here.
 */
@AnalyzeClasses(packages = "org.schooljournal.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule concepts_are_free_of_cycles = slices()
            .matching("org.schooljournal.core.(*)..")
            .should().beFreeOfCycles()
            .because("each concept of the regulation builds on the ones below it, never on one above"
                    + " (docs/architecture.md)");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("org.schooljournal.(**)")
            .should().beFreeOfCycles()
            .because("not even a package inside a concept may loop back");

    @ArchTest
    static final ArchRule journal_core_depends_on_the_spi_and_the_rules_only = classes()
            .that().resideInAPackage("org.schooljournal.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.schooljournal.core..", "org.schooljournal.spi..", "org.schooljournal.rules..",
                    "java..", "jakarta.validation..", "org.hibernate.validator..", "com.fasterxml.jackson..",
                    "org.pcollections..", "com.ibm.icu..", "com.github.benmanes.caffeine..", "io.cloudevents..")
            .because("core depends on journal-spi and journal-rules, never on an adapter (DESIGN.md)");

    @ArchTest
    static final ArchRule nothing_depends_on_the_engine = noClasses()
            .that().resideInAPackage("org.schooljournal.core.(*)..")
            .should().dependOnClassesThat().resideInAPackage("org.schooljournal.core")
            .because("the engine is a builder and a directory of facets; no facet calls back into it");

    @ArchTest
    static final ArchRule the_log_knows_nothing_of_the_domain = classes()
            .that().resideInAPackage("org.schooljournal.core.log..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.schooljournal.core.log..", "org.schooljournal.core.validation..", "org.schooljournal.spi..",
                    "java..", "com.fasterxml.jackson..", "com.github.benmanes.caffeine..")
            .because("streams, hash chain, codec, the bounded cache of held states and the one write loop serve"
                    + " every stream alike; from validation,"
                    + " which knows no concept either, they take only how a message cuts a stored value (Excerpt)");

    @ArchTest
    static final ArchRule access_rules_read_views_not_the_domain = classes()
            .that().resideInAPackage("org.schooljournal.core.access..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.schooljournal.core.access..", "org.schooljournal.spi..", "java..")
            .because("every access decision lives in access, over the views the domain gives it"
                    + " (SchoolRoles, Guardianships, JournalParties), so every concept may call it");

    @ArchTest
    static final ArchRule the_school_knows_none_of_the_concepts_built_on_it = noClasses()
            .that().resideInAPackage("org.schooljournal.core.school..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.schooljournal.core.programme..", "org.schooljournal.core.roster..",
                    "org.schooljournal.core.notification..", "org.schooljournal.core.journal..",
                    "org.schooljournal.core.diary..", "org.schooljournal.core.reports..",
                    "org.schooljournal.core.archive..", "org.schooljournal.core.retention..",
                    "org.schooljournal.core.compromise..", "org.schooljournal.core.identity..")
            .because("a school's state holds their parts without knowing their types (SchoolPart)");

    @ArchTest
    static final ArchRule no_concept_depends_on_the_feed = noClasses()
            .that().resideInAPackage("org.schooljournal.core.(*)..")
            .and().resideOutsideOfPackage("org.schooljournal.core.feed..")
            .should().dependOnClassesThat().resideInAPackage("org.schooljournal.core.feed..")
            .because("the event feed (EXC-2) maps the concepts' events to a schema of its own; a concept never"
                    + " writes for it, so that the feed stays the same when a concept's events change");

    @ArchTest
    static final ArchRule compromises_know_no_journal_diary_or_report = noClasses()
            .that().resideInAPackage("org.schooljournal.core.compromise..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.schooljournal.core.journal..", "org.schooljournal.core.diary..",
                    "org.schooljournal.core.reports..", "org.schooljournal.core.retention..")
            .because("journals, diaries and reports leave invalid operations out by the compromise records"
                    + " (PD-4), and describe and correct them through the InvalidationSource they register");

    @ArchTest
    static final ArchRule the_forecast_is_plain_arithmetic = classes()
            .that().resideInAPackage("org.schooljournal.core.forecast..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.schooljournal.core.forecast..", "java..")
            .because("the forecast (MRK-11) is a pure computation a journal, a diary or a report can feed");

    @ArchTest
    static final ArchRule core_never_reads_the_system_clock = noClasses()
            .should().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("time is an input: the engine's Clock (DESIGN.md, principle 3)");

    @Test
    void the_cycle_rule_catches_a_loop_between_two_concepts() {
        JavaClasses looping = new ClassFileImporter().importPackages("org.schooljournal.core.archunitprobe");
        assertThatThrownBy(() -> slices().matching("org.schooljournal.core.archunitprobe.(*)..").should()
                .beFreeOfCycles().check(looping))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected");
    }
}
