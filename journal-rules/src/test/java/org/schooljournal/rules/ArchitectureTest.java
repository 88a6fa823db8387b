package org.schooljournal.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module boundaries of journal-rules (DESIGN.md): kept in the code, never relaxed here. */
@AnalyzeClasses(packages = "org.schooljournal.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Calls that read the system clock instead of a {@link Clock} or an explicit instant. */
    static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_CLOCK =
            new DescribedPredicate<>("read the system clock") {
                @Override
                public boolean test(JavaMethodCall call) {
                    MethodCallTarget target = call.getTarget();
                    String owner = target.getOwner().getName();
                    String name = target.getName();
                    List<JavaClass> parameters = target.getRawParameterTypes();
                    if (owner.startsWith("java.time.") && name.equals("now")) {
                        return parameters.isEmpty() || !parameters.get(0).isEquivalentTo(Clock.class);
                    }
                    return owner.equals(Clock.class.getName()) && name.startsWith("system")
                            || owner.equals(System.class.getName())
                            && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
                }
            };

    @ArchTest
    static final ArchRule journal_rules_depends_only_on_the_spi_of_ours = classes()
            .that().resideInAPackage("org.schooljournal.rules..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.schooljournal.rules..", "org.schooljournal.spi", "java..", "com.fasterxml.jackson..",
                    "com.google.common..")
            .because("journal-rules is usable without the engine: the JDK, Jackson, Guava, and of ours only"
                    + " journal-spi's Bootstrap and its error, to find rule sets as ports' providers are found"
                    + " (docs/architecture.md, Departures from DESIGN.md)");

    @ArchTest
    static final ArchRule main_code_never_reads_the_system_clock = noClasses()
            .should().callMethodWhere(READS_THE_SYSTEM_CLOCK)
            .because("time is an input: a java.time.Clock or an explicit instant (DESIGN.md, principle 3)");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("org.schooljournal.rules.(*)..")
            .should().beFreeOfCycles()
            .because("the calendar knows nothing of rule sets, rule sets nothing of verdicts");

    @Test
    void the_clock_rule_catches_a_call_to_instant_now() {
        var offender = new ClassFileImporter().importClasses(ReadsTheSystemClock.class);
        assertThatThrownBy(() -> main_code_never_reads_the_system_clock.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Instant.now()");
    }

    /** A class that breaks the clock rule, to prove the rule sees it. */
    static final class ReadsTheSystemClock {
        Instant stamp() {
            return Instant.now();
        }
    }

    @ArchTest
    static final ArchRule every_package_is_free_of_cycles = slices()
            .matching("org.schooljournal.(**)")
            .should().beFreeOfCycles()
            .because("no package of this module loops back on another (docs/architecture.md)");
}
