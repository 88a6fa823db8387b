package org.schooljournal.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.spi.greeting.EnglishGreeting;
import org.schooljournal.spi.greeting.GreetingProvider;
import org.schooljournal.spi.greeting.KhantyGreeting;
import org.schooljournal.spi.greeting.OnlyBrokenGreetingProvider;
import org.schooljournal.spi.greeting.RussianGreeting;
import org.schooljournal.spi.greeting.SecondEnglishGreeting;
import org.schooljournal.spi.greeting.TiedGreetingProvider;
import org.schooljournal.spi.greeting.UnprovidedGreetingProvider;

/**
 * Discovery of providers in SLF4J's order. The test-only ports of
 * {@code org.schooljournal.spi.greeting} have their providers registered in the test's
 * {@code META-INF/services}. What {@link Bootstrap} logs through {@code java.util.logging} (the
 * default backend of {@link System.Logger}) is captured, both to check it and to keep the broken
 * providers' stack traces out of the build's output.
 */
@DisplayName("Bootstrap finds providers in SLF4J's order")
class BootstrapTest {

    private final ClassLoader loader = BootstrapTest.class.getClassLoader();
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
    void restoreLogAndProperties() {
        log.removeHandler(capture);
        log.setUseParentHandlers(useParentHandlers);
        System.clearProperty(Bootstrap.propertyOf(GreetingProvider.PORT));
        System.clearProperty(Bootstrap.propertyOf(UnprovidedGreetingProvider.PORT));
    }

    private GreetingProvider findGreeting(Optional<String> chosen) {
        return Bootstrap.find(GreetingProvider.PORT, GreetingProvider.class, chosen, loader);
    }

    private List<String> warnings() {
        return logged.stream().filter(r -> r.getLevel() == Level.WARNING).map(LogRecord::getMessage).toList();
    }

    @Nested
    @DisplayName("An explicit choice")
    class ExplicitChoice {

        @Test
        @DisplayName("an explicit choice wins over a higher priority")
        void explicitChoiceWinsOverPriority() {
            GreetingProvider provider = findGreeting(Optional.of("english"));

            assertThat(provider).isInstanceOf(EnglishGreeting.class);
            assertThat(provider.greet("Маша")).isEqualTo("Hello, Маша");
        }

        @Test
        @DisplayName("the system property schooljournal.<port> chooses when the caller does not")
        void systemPropertyChooses() {
            System.setProperty("schooljournal.greeting", "english");

            assertThat(findGreeting(Optional.empty())).isInstanceOf(EnglishGreeting.class);
        }

        @Test
        @DisplayName("the caller's choice wins over the system property")
        void callersChoiceWinsOverSystemProperty() {
            System.setProperty("schooljournal.greeting", "english");

            assertThat(findGreeting(Optional.of("russian"))).isInstanceOf(RussianGreeting.class);
        }

        @Test
        @DisplayName("a chosen provider that is not found is a CONFIGURATION error naming it, the port and what was found")
        void unknownChoiceIsAConfigurationError() {
            JournalException error = catchThrowableOfType(JournalException.class,
                    () -> findGreeting(Optional.of("tatar")));

            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
            assertThat(error.getMessage()).contains("greeting", "'tatar'", "english", "russian",
                    "failed to load", "BrokenGreeting");
        }

        @Test
        @DisplayName("a provider chosen by the system property that is not found is an error too, not the fallback")
        void unknownChoiceByPropertyIsAConfigurationError() {
            System.setProperty("schooljournal.unprovided-greeting", "anything");

            JournalException error = catchThrowableOfType(JournalException.class, () -> Bootstrap.find(
                    UnprovidedGreetingProvider.PORT, UnprovidedGreetingProvider.class, Optional.empty(), loader,
                    () -> {
                        throw new AssertionError("the fallback was made instead of the chosen provider");
                    }));

            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
            assertThat(error.getMessage()).contains("unprovided-greeting", "'anything'");
        }

        @Test
        @DisplayName("a chosen id that two providers share is a CONFIGURATION error naming both, not the first found")
        void chosenIdSharedByTwoIsAConfigurationError(@TempDir Path services) throws IOException {
            Path file = services.resolve("META-INF/services/" + GreetingProvider.class.getName());
            Files.createDirectories(file.getParent());
            Files.writeString(file, SecondEnglishGreeting.class.getName() + "\n");
            try (URLClassLoader withSecond = new URLClassLoader(new URL[] {services.toUri().toURL()}, loader)) {
                JournalException error = catchThrowableOfType(JournalException.class, () -> Bootstrap.find(
                        GreetingProvider.PORT, GreetingProvider.class, Optional.of("english"), withSecond));

                assertThat(error).isNotNull();
                assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
                assertThat(error.getMessage()).contains("several greeting providers share the id 'english'",
                        EnglishGreeting.class.getName(), SecondEnglishGreeting.class.getName());
            }
        }

        @Test
        @DisplayName("the property of a port is schooljournal.<port>")
        void propertyOfAPort() {
            assertThat(Bootstrap.propertyOf("storage")).isEqualTo("schooljournal.storage");
        }
    }

    @Nested
    @DisplayName("Without a choice")
    class ByPriority {

        @Test
        @DisplayName("the provider of the highest priority wins, without a warning")
        void highestPriorityWins() {
            GreetingProvider provider = findGreeting(Optional.empty());

            assertThat(provider).isInstanceOf(RussianGreeting.class);
            assertThat(warnings()).noneMatch(message -> message.contains("share the highest priority"));
        }

        @Test
        @DisplayName("of equal priorities the first by id wins, whatever the registration order, with a warning naming them")
        void equalPrioritiesPickTheFirstById() {
            TiedGreetingProvider provider = Bootstrap.find(
                    TiedGreetingProvider.PORT, TiedGreetingProvider.class, Optional.empty(), loader);

            assertThat(provider).isInstanceOf(KhantyGreeting.class);
            assertThat(warnings()).anySatisfy(message -> assertThat(message)
                    .contains("share the highest priority", "khanty", "mansi", "-Dschooljournal.tied-greeting"));
        }

        @Test
        @DisplayName("the fallback is not made when a provider is found")
        void fallbackIsNotMadeWhenAProviderIsFound() {
            Supplier<GreetingProvider> fallback = () -> {
                throw new AssertionError("the fallback was made");
            };

            GreetingProvider provider = Bootstrap.find(
                    GreetingProvider.PORT, GreetingProvider.class, Optional.empty(), loader, fallback);

            assertThat(provider).isInstanceOf(RussianGreeting.class);
        }
    }

    @Nested
    @DisplayName("Failures and absence")
    class FailuresAndAbsence {

        @Test
        @DisplayName("a provider whose constructor throws is skipped and reported, and the others load")
        void brokenProviderIsSkippedAndReported() {
            GreetingProvider provider = findGreeting(Optional.empty());

            assertThat(provider).isInstanceOf(RussianGreeting.class);
            assertThat(logged).anySatisfy(record -> {
                assertThat(record.getLevel()).isEqualTo(Level.WARNING);
                assertThat(record.getMessage()).contains(GreetingProvider.class.getName());
                assertThat(record.getThrown()).isInstanceOf(ServiceConfigurationError.class)
                        .hasMessageContaining("BrokenGreeting");
            });
        }

        @Test
        @DisplayName("with no provider found, the fallback is used")
        void noneFoundUsesTheFallback() {
            UnprovidedGreetingProvider fallback = new UnprovidedGreetingProvider() {
                @Override
                public String id() {
                    return "embedded";
                }

                @Override
                public int priority() {
                    return FALLBACK_PRIORITY;
                }
            };

            UnprovidedGreetingProvider provider = Bootstrap.find(UnprovidedGreetingProvider.PORT,
                    UnprovidedGreetingProvider.class, Optional.empty(), loader, () -> fallback);

            assertThat(provider).isSameAs(fallback);
        }

        @Test
        @DisplayName("with no provider found and no fallback, a CONFIGURATION error names the port")
        void noneFoundWithoutFallbackIsAConfigurationError() {
            JournalException error = catchThrowableOfType(JournalException.class, () -> Bootstrap.find(
                    UnprovidedGreetingProvider.PORT, UnprovidedGreetingProvider.class, Optional.empty(), loader));

            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
            assertThat(error.getMessage()).contains("unprovided-greeting", UnprovidedGreetingProvider.class.getName());
        }

        @Test
        @DisplayName("with the only provider broken and no fallback, a CONFIGURATION error names the port and the failure is logged")
        void onlyBrokenProviderWithoutFallbackIsAConfigurationError() {
            JournalException error = catchThrowableOfType(JournalException.class, () -> Bootstrap.find(
                    OnlyBrokenGreetingProvider.PORT, OnlyBrokenGreetingProvider.class, Optional.empty(), loader));

            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
            assertThat(error.getMessage()).contains("only-broken-greeting");
            assertThat(logged).anySatisfy(record -> assertThat(record.getThrown())
                    .isInstanceOf(ServiceConfigurationError.class).hasMessageContaining("OnlyBrokenGreeting"));
        }
    
        @Test
        @DisplayName("with the only provider broken, the fallback is refused: a broken adapter never quietly becomes the default")
        void onlyBrokenProviderRefusesTheFallback() {
            JournalException error = catchThrowableOfType(JournalException.class, () -> Bootstrap.find(
                    OnlyBrokenGreetingProvider.PORT, OnlyBrokenGreetingProvider.class, Optional.empty(), loader,
                    () -> {
                        throw new AssertionError("the fallback must not be made");
                    }));

            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
            assertThat(error.getMessage()).contains("no only-broken-greeting provider could be loaded", "OnlyBrokenGreeting");
        }

        @Test
        @DisplayName("all providers of a service that all contribute are returned, every one of them")
        void allProviders() {
            assertThat(Bootstrap.all("tied greeting", TiedGreetingProvider.class, loader))
                    .extracting(provider -> provider.getClass().getSimpleName())
                    .containsExactlyInAnyOrder("MansiGreeting", "KhantyGreeting");
        }

        @Test
        @DisplayName("all providers: one that fails to load is a CONFIGURATION error naming the service, never left out")
        void allRefusesABrokenProvider() {
            JournalException error = catchThrowableOfType(JournalException.class,
                    () -> Bootstrap.all("only-broken greeting", OnlyBrokenGreetingProvider.class, loader));

            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
            assertThat(error.getMessage()).contains("a only-broken greeting provider failed to load", "OnlyBrokenGreeting");
        }
}
}
