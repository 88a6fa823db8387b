package org.schooljournal.adapter.edfi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of exchange-edfi (DESIGN.md): kept in the code, never relaxed here. */
@AnalyzeClasses(packages = "org.schooljournal.adapter.edfi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_adapter_uses_the_core_api_jackson_and_the_jdk_only = classes()
            .that().resideInAPackage("org.schooljournal.adapter.edfi..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.schooljournal.adapter.edfi..",
                    "org.schooljournal.core..", "org.schooljournal.rules..", "org.schooljournal.spi..",
                    "com.fasterxml.jackson..", "javax.xml..", "java..")
            .because("an exchange adapter translates journal-core's data with the JDK's StAX and Jackson (DESIGN.md)");

    @ArchTest
    static final ArchRule the_adapter_never_reaches_the_engines_internals = noClasses()
            .that().resideInAPackage("org.schooljournal.adapter.edfi..")
            .should().dependOnClassesThat().resideInAPackage("org.schooljournal.core.log..")
            .because("journal-core does not export its log; adapters use its exported API only (DESIGN.md)");

    @ArchTest
    static final ArchRule only_the_writers_know_their_libraries = noClasses()
            .that().resideInAPackage("org.schooljournal.adapter.edfi..")
            .and().doNotBelongToAnyOf(InterchangeWriter.class, ApiBodies.class)
            .should().dependOnClassesThat().resideInAnyPackage("javax.xml..", "com.fasterxml.jackson..")
            .because("the records hold the data; one class writes XML and one JSON, so a writer replaces one file");
}
