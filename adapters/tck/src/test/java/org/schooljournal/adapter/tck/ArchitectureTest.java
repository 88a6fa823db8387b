package org.schooljournal.adapter.tck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of journal-tck (DESIGN.md): kept in the code, never relaxed here. */
@AnalyzeClasses(packages = "org.schooljournal.adapter.tck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_kit_depends_on_the_spi_junit_and_assertj_only = classes()
            .that().resideInAPackage("org.schooljournal.adapter.tck..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.schooljournal.adapter.tck..",
                    "org.schooljournal.spi..", "java..", "org.junit.jupiter.api..", "org.assertj.core..")
            .because("the kit checks adapters through the port alone, so any adapter can run it (DESIGN.md)");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("org.schooljournal.(**)")
            .should().beFreeOfCycles()
            .because("no package of this module loops back on another (docs/architecture.md)");
}
