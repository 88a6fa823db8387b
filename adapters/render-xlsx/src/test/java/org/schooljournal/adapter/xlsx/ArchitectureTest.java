package org.schooljournal.adapter.xlsx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of render-xlsx (DESIGN.md): kept in the code, never relaxed here. */
@AnalyzeClasses(packages = "org.schooljournal.adapter.xlsx", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_adapter_uses_the_core_api_its_writer_and_the_jdk_only = classes()
            .that().resideInAPackage("org.schooljournal.adapter.xlsx..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.schooljournal.adapter.xlsx..",
                    "org.schooljournal.core..", "org.schooljournal.rules..", "org.schooljournal.spi..",
                    "org.dhatim.fastexcel..", "java..")
            .because("a rendering adapter translates journal-core's reports with its own library (DESIGN.md)");

    @ArchTest
    static final ArchRule the_adapter_never_reaches_the_engines_internals = noClasses()
            .that().resideInAPackage("org.schooljournal.adapter.xlsx..")
            .should().dependOnClassesThat().resideInAPackage("org.schooljournal.core.log..")
            .because("journal-core does not export its log; adapters use its exported API only (DESIGN.md)");

    @ArchTest
    static final ArchRule only_the_writer_knows_fastexcel = noClasses()
            .that().resideInAPackage("org.schooljournal.adapter.xlsx..").and().doNotHaveSimpleName("WorkbookWriter")
            .should().dependOnClassesThat().resideInAPackage("org.dhatim.fastexcel..")
            .because("the forms build tables; one class writes them, so another writer replaces one file");
}
