package org.schooljournal.rules.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.spi.Bootstrap;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * Discovery of rule sets through journal-spi's {@link Bootstrap}. Besides the main
 * {@link YugraRuleSetProvider}, the test's {@code META-INF/services} registers
 * {@link BrokenRuleSetProvider} (fails to instantiate), {@link TestRegionRuleSetProvider} (a valid
 * document) and {@link InvalidRegionRuleSetProvider} (an invalid one). What {@code Bootstrap} logs
 * through {@code java.util.logging} (the default backend of {@link System.Logger}) is captured,
 * both to check it and to keep the broken provider's stack traces out of the build's output.
 */
@Tag("rule-set")
@DisplayName("Rule sets found by id")
class RuleSetsTest {

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            logged.add(logRecord);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Logger log;
    private boolean useParentHandlers;

    @BeforeEach
    void captureLog() {
        log = Logger.getLogger(Bootstrap.class.getName());
        useParentHandlers = log.getUseParentHandlers();
        log.addHandler(capture);
        log.setUseParentHandlers(false);
    }

    @AfterEach
    void restoreLog() {
        log.removeHandler(capture);
        log.setUseParentHandlers(useParentHandlers);
    }

    private static JournalException byIdFails(String id) {
        Throwable thrown = catchThrowable(() -> RuleSets.byId(id));
        assertThat(thrown).isInstanceOfSatisfying(JournalException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION));
        return (JournalException) thrown;
    }

    @Nested
    @DisplayName("A provider that is found")
    class Found {

        @Test
        @DisplayName("yugra-2020 is the built-in set")
        void yugraIsTheBuiltInSet() {
            assertThat(RuleSets.byId(RuleSets.YUGRA_2020)).isSameAs(RuleSets.yugra2020());
        }

        @Test
        @DisplayName("a region's provider registered in META-INF/services is found by its id")
        void regionProviderIsFound() {
            RuleSet testRegion = RuleSets.byId(TestRegionRuleSetProvider.ID);

            assertThat(testRegion.id()).isEqualTo("test-region");
            assertThat(testRegion.region()).isEqualTo("XX-TST");
        }

        @Test
        @DisplayName("a region's set has the parameters of its own document, not Yugra's")
        void regionSetHasItsOwnParameters() {
            RuleSet testRegion = RuleSets.byId(TestRegionRuleSetProvider.ID);

            AttendanceRule attendance = testRegion.rule(RuleId.ATT_2, AttendanceRule.class);
            assertThat(attendance.within()).isEqualTo(Duration.ofMinutes(15));
            assertThat(attendance.enforcement()).isEqualTo(Enforcement.WARN);
            assertThat(testRegion.rule(RuleId.MRK_3)).isEqualTo(new WorkMarksRule(
                    RuleSets.yugra2020().rule(RuleId.MRK_3).reference(), Enforcement.RECORD, 5,
                    DayCounting.SCHOOL_DAYS));
            for (RuleId same : EnumSet.of(RuleId.MRK_2, RuleId.LES_4, RuleId.MRK_7, RuleId.YR_11)) {
                assertThat(testRegion.rule(same)).as(same.code()).isEqualTo(RuleSets.yugra2020().rule(same));
            }
        }

        @Test
        @DisplayName("each request gives an equal set")
        void eachRequestGivesAnEqualSet() {
            assertThat(RuleSets.byId(TestRegionRuleSetProvider.ID))
                    .isEqualTo(RuleSets.byId(TestRegionRuleSetProvider.ID));
        }

        @Test
        @DisplayName("the context class loader is the default")
        void contextClassLoaderIsTheDefault() {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();

            assertThat(RuleSets.byId(TestRegionRuleSetProvider.ID, loader))
                    .isEqualTo(RuleSets.byId(TestRegionRuleSetProvider.ID));
        }
    }

    @Nested
    @DisplayName("A provider that fails")
    class Failing {

        @Test
        @DisplayName("a provider whose constructor throws does not stop the others from loading")
        void brokenProviderDoesNotStopTheOthers() {
            assertThat(RuleSets.byId(TestRegionRuleSetProvider.ID).id()).isEqualTo("test-region");
            assertThat(RuleSets.byId(RuleSets.YUGRA_2020).id()).isEqualTo("yugra-2020");
        }

        @Test
        @DisplayName("a provider that fails to load is reported as a warning with its error")
        void brokenProviderIsReported() {
            RuleSets.byId(RuleSets.YUGRA_2020);

            assertThat(logged).anySatisfy(logRecord -> {
                assertThat(logRecord.getLevel()).isEqualTo(Level.WARNING);
                assertThat(logRecord.getThrown())
                        .isInstanceOf(ServiceConfigurationError.class)
                        .hasMessageContaining(BrokenRuleSetProvider.class.getName())
                        .hasRootCauseMessage("broken on purpose by the test");
            });
        }

        @Test
        @DisplayName("a provider whose document is invalid throws InvalidRuleSetException when asked for")
        void invalidDocumentFailsWhenAskedFor() {
            Throwable thrown = catchThrowable(() -> RuleSets.byId(InvalidRegionRuleSetProvider.ID));

            assertThat(thrown).isInstanceOfSatisfying(InvalidRuleSetException.class, e -> {
                assertThat(e.source()).isEqualTo("invalid-region.json");
                assertThat(e.path()).isEqualTo("$.rules.ATT-2.within");
                assertThat(e.problem()).contains("must not be negative");
            });
        }

        @Test
        @DisplayName("an invalid document does not stop the other providers")
        void invalidDocumentDoesNotStopTheOthers() {
            catchThrowable(() -> RuleSets.byId(InvalidRegionRuleSetProvider.ID));

            assertThat(RuleSets.byId(TestRegionRuleSetProvider.ID).id()).isEqualTo("test-region");
        }
    }

    @Nested
    @DisplayName("An unknown id")
    class UnknownId {

        @Test
        @DisplayName("fails with a CONFIGURATION JournalException naming the port and the id asked for")
        void namesTheId() {
            JournalException e = byIdFails("atlantis-2030");

            assertThat(e.getMessage()).startsWith("the rule-set provider 'atlantis-2030' was chosen but not found;");
        }

        @Test
        @DisplayName("lists the ids of every provider found")
        void listsTheIdsFound() {
            JournalException e = byIdFails("atlantis-2030");

            assertThat(e.getMessage())
                    .contains("found: [invalid-region, test-region, yugra-2020]");
        }

        @Test
        @DisplayName("names the provider that failed to load")
        void namesTheFailedProvider() {
            JournalException e = byIdFails("atlantis-2030");

            assertThat(e.getMessage())
                    .contains("failed to load:", BrokenRuleSetProvider.class.getName())
                    .doesNotContain("broken-region");
        }

        @Test
        @DisplayName("ids are matched exactly, not ignoring case")
        void idsAreMatchedExactly() {
            JournalException e = byIdFails("YUGRA-2020");

            assertThat(e.getMessage()).startsWith("the rule-set provider 'YUGRA-2020' was chosen but not found;");
        }

        @Test
        @DisplayName("the system property schooljournal.rule-set does not change the id asked for")
        void propertyDoesNotOverrideTheId() {
            System.setProperty(Bootstrap.propertyOf(RuleSetProvider.PORT), TestRegionRuleSetProvider.ID);
            try {
                assertThat(RuleSets.byId(RuleSets.YUGRA_2020)).isSameAs(RuleSets.yugra2020());
            } finally {
                System.clearProperty(Bootstrap.propertyOf(RuleSetProvider.PORT));
            }
        }

        @Test
        @DisplayName("a null id is refused")
        void nullIdIsRefused() {
            Throwable thrown = catchThrowable(() -> RuleSets.byId(null));

            assertThat(thrown).isInstanceOf(NullPointerException.class).hasMessage("id");
        }
    }

    @Nested
    @DisplayName("A duplicate id")
    class DuplicateId {

        @Test
        @DisplayName("two providers of one id fail with a CONFIGURATION JournalException naming both classes")
        void twoProvidersOfOneIdFail(@TempDir Path services) throws IOException {
            Path file = services.resolve("META-INF/services/" + RuleSetProvider.class.getName());
            Files.createDirectories(file.getParent());
            Files.writeString(file, TwinRegionRuleSetProvider.class.getName() + "\n");
            ClassLoader testLoader = RuleSetsTest.class.getClassLoader();
            try (URLClassLoader withTwin = new URLClassLoader(new URL[] {services.toUri().toURL()}, testLoader)) {
                Throwable thrown = catchThrowable(() -> RuleSets.byId(TestRegionRuleSetProvider.ID, withTwin));

                assertThat(thrown).isInstanceOfSatisfying(JournalException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).contains("several rule-set providers share the id 'test-region'",
                            TestRegionRuleSetProvider.class.getName(), TwinRegionRuleSetProvider.class.getName());
                });
            }
        }

        @Test
        @DisplayName("a shared id does not stop the other ids from being found")
        void otherIdsAreStillFound(@TempDir Path services) throws IOException {
            Path file = services.resolve("META-INF/services/" + RuleSetProvider.class.getName());
            Files.createDirectories(file.getParent());
            Files.writeString(file, TwinRegionRuleSetProvider.class.getName() + "\n");
            try (URLClassLoader withTwin = new URLClassLoader(new URL[] {services.toUri().toURL()},
                    RuleSetsTest.class.getClassLoader())) {
                assertThat(RuleSets.byId(RuleSets.YUGRA_2020, withTwin)).isSameAs(RuleSets.yugra2020());
            }
        }
    }
}
