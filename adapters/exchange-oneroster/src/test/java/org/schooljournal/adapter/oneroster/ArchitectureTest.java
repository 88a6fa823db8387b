package org.schooljournal.adapter.oneroster;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of exchange-oneroster (DESIGN.md): kept in the code, never relaxed here. */
@AnalyzeClasses(packages = "org.schooljournal.adapter.oneroster", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_adapter_uses_the_core_api_its_csv_library_and_the_jdk_only = classes()
            .that().resideInAPackage("org.schooljournal.adapter.oneroster..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.schooljournal.adapter.oneroster..",
                    "org.schooljournal.core..", "org.schooljournal.rules..", "org.schooljournal.spi..",
                    "de.siegmar.fastcsv..", "java..")
            .because("an exchange adapter translates journal-core's data with its own library (DESIGN.md)");

    @ArchTest
    static final ArchRule the_adapter_never_reaches_the_engines_internals = noClasses()
            .that().resideInAPackage("org.schooljournal.adapter.oneroster..")
            .should().dependOnClassesThat().resideInAPackage("org.schooljournal.core.log..")
            .because("journal-core does not export its log; adapters use its exported API only (DESIGN.md)");

    @ArchTest
    static final ArchRule only_the_data_set_knows_fastcsv = noClasses()
            .that().resideInAPackage("org.schooljournal.adapter.oneroster..").and().doNotHaveSimpleName("DataSet")
            .should().dependOnClassesThat().resideInAPackage("de.siegmar.fastcsv..")
            .because("one class reads and writes CSV, so another library replaces one file");
}
