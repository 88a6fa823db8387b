package org.schooljournal.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;

/** The module boundaries of journal-core (DESIGN.md). */
@AnalyzeClasses(packages = "org.schooljournal.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule journal_core_depends_on_the_spi_and_the_rules_only = classes()
            .that().resideInAPackage("org.schooljournal.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.schooljournal.core..", "org.schooljournal.spi..", "org.schooljournal.rules..",
                    "java..", "jakarta.validation..", "org.hibernate.validator..", "com.fasterxml.jackson..",
                    "com.google.common..", "org.pcollections..")
            .because("core depends on journal-spi and journal-rules, never on an adapter (DESIGN.md)");

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
}
