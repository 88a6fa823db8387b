package org.schooljournal.spi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of journal-spi (DESIGN.md): kept in the code, never relaxed here. */
@AnalyzeClasses(packages = "org.schooljournal.spi", importOptions = ImportOption.DoNotIncludeTests.class)
class SpiArchitectureTest {

    @ArchTest
    static final ArchRule the_spi_depends_on_the_jdk_and_itself_only = classes()
            .that().resideInAPackage("org.schooljournal.spi..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.schooljournal.spi..")
            .because("adapters implement the ports with the JDK and journal-spi alone: no Guava, Jackson "
                    + "or Hibernate type appears in a port (DESIGN.md)");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("org.schooljournal.(**)")
            .should().beFreeOfCycles()
            .because("no package of this module loops back on another (docs/architecture.md)");
}
