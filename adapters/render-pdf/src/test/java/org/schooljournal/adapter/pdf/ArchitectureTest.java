package org.schooljournal.adapter.pdf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of render-pdf (DESIGN.md): kept in the code, never relaxed here. */
@AnalyzeClasses(packages = "org.schooljournal.adapter.pdf", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_adapter_uses_journal_cores_api_pdfbox_icu_and_the_jdk_only = classes()
            .that().resideInAPackage("org.schooljournal.adapter.pdf..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.schooljournal.adapter.pdf..",
                    "org.schooljournal.core..", "org.schooljournal.rules..", "org.schooljournal.spi..",
                    "org.apache.pdfbox..", "org.apache.fontbox..", "org.apache.xmpbox..", "com.ibm.icu..", "java..", "javax.xml.transform..")
            .because("a rendering adapter uses journal-core's exported API and its own libraries (DESIGN.md)");

    @ArchTest
    static final ArchRule the_adapter_never_reaches_the_event_logs_internals = noClasses()
            .that().resideInAPackage("org.schooljournal.adapter.pdf..")
            .should().dependOnClassesThat().resideInAPackage("org.schooljournal.core.log..")
            .because("journal-core does not export its log package (docs/architecture.md, \"Module descriptors\")");
}
