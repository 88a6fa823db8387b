package org.schooljournal.adapter.signature.gost;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of signature-gost (DESIGN.md): kept in the code, never relaxed here. */
@AnalyzeClasses(packages = "org.schooljournal.adapter.signature.gost", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_adapter_depends_on_the_spi_bouncycastle_and_the_jdk_only = classes()
            .that().resideInAPackage("org.schooljournal.adapter.signature.gost..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.schooljournal.adapter.signature.gost..",
                    "org.schooljournal.spi..", "java..", "javax.security..", "org.bouncycastle..")
            .because("an adapter depends on journal-spi and its own library only (DESIGN.md)");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("org.schooljournal.(**)")
            .should().beFreeOfCycles()
            .because("no package of this module loops back on another (docs/architecture.md)");
}
