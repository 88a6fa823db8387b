package org.schooljournal.adapter.identity.esia;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of identity-esia (DESIGN.md): kept in the code, never relaxed here. */
@AnalyzeClasses(packages = "org.schooljournal.adapter.identity.esia", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_adapter_depends_on_the_spi_bouncycastle_nimbus_and_the_jdk_only = classes()
            .that().resideInAPackage("org.schooljournal.adapter.identity.esia..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.schooljournal.adapter.identity.esia..",
                    "org.schooljournal.spi..", "java..", "org.bouncycastle..", "com.nimbusds..")
            .because("a port adapter depends on journal-spi and its own libraries only, never on journal-core nor"
                    + " on signature-gost: the signer is the port's (DESIGN.md)");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("org.schooljournal.(**)")
            .should().beFreeOfCycles()
            .because("no package of this module loops back on another (docs/architecture.md)");
}
