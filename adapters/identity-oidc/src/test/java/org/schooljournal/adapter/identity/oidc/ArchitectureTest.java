package org.schooljournal.adapter.identity.oidc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of identity-oidc (DESIGN.md): kept in the code, never relaxed here. */
@AnalyzeClasses(packages = "org.schooljournal.adapter.identity.oidc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_adapter_depends_on_the_spi_nimbus_and_the_jdk_only = classes()
            .that().resideInAPackage("org.schooljournal.adapter.identity.oidc..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.schooljournal.adapter.identity.oidc..",
                    "org.schooljournal.spi..", "java..", "com.nimbusds..")
            .because("a port adapter depends on journal-spi and its own library only, never on journal-core"
                    + " (DESIGN.md)");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("org.schooljournal.(**)")
            .should().beFreeOfCycles()
            .because("no package of this module loops back on another (docs/architecture.md)");
}
