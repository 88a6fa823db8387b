package org.schooljournal.adapter.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.schooljournal.spi.Bootstrap;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.ServiceProvider;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.EventStoreProvider;

/** The in-memory provider: found by {@link Bootstrap}, the fallback of the storage port, no settings. */
@DisplayName("InMemoryEventStoreProvider")
class InMemoryEventStoreProviderTest {

    private final ClassLoader loader = InMemoryEventStoreProviderTest.class.getClassLoader();

    @Nested
    @DisplayName("Discovery")
    class Discovery {

        @Test
        @DisplayName("Bootstrap finds the memory provider through its META-INF/services entry")
        void bootstrapFindsTheMemoryProvider() {
            EventStoreProvider provider = Bootstrap.find(
                    EventStoreProvider.PORT, EventStoreProvider.class, Optional.empty(), loader);

            assertThat(provider).isInstanceOf(InMemoryEventStoreProvider.class);
            assertThat(provider.id()).isEqualTo("memory");
        }

        @Test
        @DisplayName("the memory provider can be chosen explicitly by its id")
        void memoryCanBeChosenById() {
            EventStoreProvider provider = Bootstrap.find(
                    EventStoreProvider.PORT, EventStoreProvider.class, Optional.of("memory"), loader);

            assertThat(provider).isInstanceOf(InMemoryEventStoreProvider.class);
        }

        @Test
        @DisplayName("an explicit choice of an unknown provider is a CONFIGURATION error naming it")
        void unknownChoiceIsAConfigurationErrorNamingIt() {
            JournalException error = catchThrowableOfType(JournalException.class, () -> Bootstrap.find(
                    EventStoreProvider.PORT, EventStoreProvider.class, Optional.of("oracle-exadata"), loader));

            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
            assertThat(error.getMessage()).contains("'oracle-exadata'", "storage", "memory");
        }

        @Test
        @DisplayName("its priority is the fallback priority, below any real adapter's")
        void priorityIsTheFallbackPriority() {
            InMemoryEventStoreProvider provider = new InMemoryEventStoreProvider();

            assertThat(provider.priority()).isEqualTo(ServiceProvider.FALLBACK_PRIORITY)
                    .isLessThan(ServiceProvider.DEFAULT_PRIORITY);
        }
    }

    @Nested
    @DisplayName("Creating a store")
    class Creating {

        @Test
        @DisplayName("each store created is new and empty")
        void createsANewEmptyStoreEachTime() {
            InMemoryEventStoreProvider provider = new InMemoryEventStoreProvider();
            EventStore first = provider.create(Map.of());
            EventStore second = provider.create(Map.of());

            assertThat(first).isInstanceOf(InMemoryEventStore.class).isNotSameAs(second);
            assertThat(first.readSchool("school-1", 1, 10)).isEmpty();
            assertThat(first.streamIds("")).isEmpty();
        }

        @Test
        @DisplayName("a setting is refused with a CONFIGURATION error naming it")
        void refusesSettingsNamingThem() {
            JournalException error = catchThrowableOfType(JournalException.class,
                    () -> new InMemoryEventStoreProvider().create(
                            Map.of("jdbc.url", "jdbc:postgresql://db/journal", "jdbc.user", "journal")));

            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(ErrorCode.CONFIGURATION);
            assertThat(error.getMessage()).contains("memory", "[jdbc.url, jdbc.user]");
        }
    }
}
