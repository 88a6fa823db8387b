package org.schooljournal.examples.schoolday;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The example is a vendor's host: it uses what journal-core exports, as a vendor would (docs/architecture.md). */
@AnalyzeClasses(packages = "org.schooljournal.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ExampleArchitectureTest {

    @ArchTest
    static final ArchRule the_example_uses_the_exported_api_only = noClasses()
            .that().resideInAPackage("org.schooljournal.examples..")
            .should().dependOnClassesThat().resideInAPackage("org.schooljournal.core.log..")
            .because("the log's internals (codec, hash chain, folded streams) are not exported to a vendor");

    @ArchTest
    static final ArchRule the_example_names_no_storage_adapter = noClasses()
            .that().resideInAPackage("org.schooljournal.examples..")
            .should().dependOnClassesThat().resideInAnyPackage("org.schooljournal.adapter.jdbc..",
                    "org.schooljournal.adapter.memory..", "org.schooljournal.adapter.email..",
                    "org.schooljournal.adapter.logging..", "org.schooljournal.adapter.tck..")
            .because("the ports' adapters are found, not wired: the example chooses the JDBC store by its provider"
                    + " id; the renderers (adapter.pdf, adapter.xlsx) are libraries it calls");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("org.schooljournal.(**)")
            .should().beFreeOfCycles()
            .because("no package of the example loops back on another");
}
