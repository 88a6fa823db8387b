package org.schooljournal.adapter.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of storage-jdbc (DESIGN.md): kept in the code, never relaxed here. */
@AnalyzeClasses(packages = "org.schooljournal.adapter.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_adapter_depends_on_the_spi_the_jdk_jdbc_and_its_libraries_only = classes()
            .that().resideInAPackage("org.schooljournal.adapter.jdbc..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.schooljournal.adapter.jdbc..", "org.schooljournal.spi..", "java..", "javax.sql..",
                    "com.zaxxer.hikari..", "org.flywaydb.core..")
            .because("an adapter depends on journal-spi and its own libraries only (DESIGN.md): JDBC, the"
                    + " HikariCP pool and Flyway");

    @ArchTest
    static final ArchRule the_adapter_never_depends_on_the_core = noClasses()
            .that().resideInAPackage("org.schooljournal.adapter.jdbc..")
            .should().dependOnClassesThat().resideInAPackage("org.schooljournal.core..")
            .because("storage adapters are domain-agnostic (DESIGN.md, principle 2); journal-core is a test"
                    + " dependency only, to verify hash chains");

    @ArchTest
    static final ArchRule the_adapter_speaks_jdbc_never_a_drivers_own_api = noClasses()
            .that().resideInAPackage("org.schooljournal.adapter.jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage("org.postgresql..", "org.h2..")
            .because("the drivers are run-time dependencies: one SQL for PostgreSQL, its compatible"
                    + " databases and H2");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("org.schooljournal.(**)")
            .should().beFreeOfCycles()
            .because("no package of this module loops back on another (docs/architecture.md)");
}
