package org.schooljournal.adapter.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.SnapshotStore;
import org.schooljournal.spi.storage.SnapshotStore.Snapshot;

/**
 * The contract of the optional snapshot capability, {@link SnapshotStore}, that every store
 * offering it passes besides {@link EventStoreContract}: one snapshot per stream, the last saved,
 * returned byte for byte; streams and schools apart; removed by delete and by the stream's purge;
 * concurrent saves leave one whole snapshot.
 *
 * <p>An adapter's test extends this class and says how to make its store, as for
 * {@link EventStoreContract}; the store must implement {@link SnapshotStore} and be empty. Each
 * check runs on its own store, closed after it.
 */
public abstract class SnapshotStoreContract {

    /** Creates the kit; an adapter's test extends it. */
    protected SnapshotStoreContract() {
    }

    private static final String STREAM = "school-1/journal-5A-math";
    private static final Instant WRITTEN = Instant.parse("2026-10-12T04:35:00.123456Z");

    private EventStore store;
    private SnapshotStore snapshots;

    /**
     * Creates the store under test: a new, empty store that implements {@link SnapshotStore},
     * called once before each check.
     *
     * @return the store; not null
     */
    protected abstract EventStore createStore();

    @BeforeEach
    final void createTheStore() {
        store = Objects.requireNonNull(createStore(), "createStore() returned null");
        assertThat(store).as("the store under test offers snapshots").isInstanceOf(SnapshotStore.class);
        snapshots = (SnapshotStore) store;
    }

    @AfterEach
    final void closeTheStore() {
        store.close();
    }

    private static Snapshot snapshot(String stream, long version, byte[] state) {
        return new Snapshot(stream, version, "a".repeat(63) + version % 10, 1, state, WRITTEN);
    }

    private static byte[] everyByte() {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    @Nested
    @DisplayName("Keeping: the last snapshot saved, byte for byte")
    class Keeping {

        @Test
        @DisplayName("a stream without a snapshot has none")
        void required_none_whenNeverSaved() {
            assertThat(snapshots.loadSnapshot(STREAM)).isEmpty();
        }

        @Test
        @DisplayName("a snapshot saved is loaded equal: version, hash, format, every byte of the state, the instant to the microsecond")
        void required_saved_isLoadedEqual() {
            Snapshot saved = new Snapshot(STREAM, 16_500, "0123456789abcdef".repeat(4), 7, everyByte(), WRITTEN);
            snapshots.saveSnapshot(saved);

            Snapshot loaded = snapshots.loadSnapshot(STREAM).orElseThrow();
            assertThat(loaded).isEqualTo(saved);
            assertThat(loaded.state()).containsExactly(everyByte());
        }

        @Test
        @DisplayName("an empty state and a state of 4 MB are kept whole")
        void required_emptyAndLargeStates_areKept() {
            byte[] large = new byte[4 << 20];
            for (int i = 0; i < large.length; i++) {
                large[i] = (byte) (i * 31 + 7);
            }
            snapshots.saveSnapshot(snapshot(STREAM, 1, new byte[0]));
            assertThat(snapshots.loadSnapshot(STREAM).orElseThrow().state()).isEmpty();

            snapshots.saveSnapshot(snapshot(STREAM, 2, large));
            assertThat(snapshots.loadSnapshot(STREAM).orElseThrow().state()).isEqualTo(large);
        }

        @Test
        @DisplayName("saving again replaces the snapshot, whatever the versions")
        void required_saveAgain_replaces() {
            snapshots.saveSnapshot(snapshot(STREAM, 5, "five".getBytes(StandardCharsets.UTF_8)));
            snapshots.saveSnapshot(snapshot(STREAM, 9, "nine".getBytes(StandardCharsets.UTF_8)));
            assertThat(snapshots.loadSnapshot(STREAM)).contains(snapshot(STREAM, 9, "nine".getBytes(StandardCharsets.UTF_8)));

            snapshots.saveSnapshot(snapshot(STREAM, 3, "three".getBytes(StandardCharsets.UTF_8)));
            assertThat(snapshots.loadSnapshot(STREAM)).contains(snapshot(STREAM, 3, "three".getBytes(StandardCharsets.UTF_8)));
        }

        @Test
        @DisplayName("streams are apart: of one school, of two schools, and a school's own stream")
        void required_streams_areApart() {
            List<String> streams = List.of(STREAM, "school-1/journal-5A-rus", "school-2/journal-5A-math", "school-1");
            for (int i = 0; i < streams.size(); i++) {
                snapshots.saveSnapshot(snapshot(streams.get(i), i + 1, streams.get(i).getBytes(StandardCharsets.UTF_8)));
            }
            snapshots.deleteSnapshot("school-1/journal-5A-rus");

            assertThat(snapshots.loadSnapshot(STREAM).orElseThrow().version()).isEqualTo(1);
            assertThat(snapshots.loadSnapshot("school-1/journal-5A-rus")).isEmpty();
            assertThat(snapshots.loadSnapshot("school-2/journal-5A-math").orElseThrow().state())
                    .isEqualTo("school-2/journal-5A-math".getBytes(StandardCharsets.UTF_8));
            assertThat(snapshots.loadSnapshot("school-1").orElseThrow().version()).isEqualTo(4);
        }
    }

    @Nested
    @DisplayName("Removing: by delete and by the stream's purge")
    class Removing {

        @Test
        @DisplayName("a deleted snapshot is gone; deleting one never saved changes nothing")
        void required_delete_removes() {
            snapshots.saveSnapshot(snapshot(STREAM, 1, everyByte()));
            snapshots.deleteSnapshot(STREAM);
            snapshots.deleteSnapshot("school-9/journal-1A-math");

            assertThat(snapshots.loadSnapshot(STREAM)).isEmpty();
        }

        @Test
        @DisplayName("purging a stream removes its snapshot and no other")
        void required_purge_removesTheSnapshot() {
            store.append(STREAM, 0, SampleEvents.chain(3));
            store.append("school-1/journal-5A-rus", 0, SampleEvents.chain(1));
            snapshots.saveSnapshot(snapshot(STREAM, 3, everyByte()));
            snapshots.saveSnapshot(snapshot("school-1/journal-5A-rus", 1, everyByte()));

            assertThat(store.purge(STREAM)).isEqualTo(3);

            assertThat(snapshots.loadSnapshot(STREAM)).isEmpty();
            assertThat(snapshots.loadSnapshot("school-1/journal-5A-rus")).isPresent();
        }
    }

    @Nested
    @DisplayName("Concurrency: saves from many threads leave one whole snapshot")
    class Concurrency {

        @Test
        @DisplayName("8 threads saving 20 snapshots each to one stream leave one of them, whole")
        void required_concurrentSaves_leaveOneWhole() throws Exception {
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            try {
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int i = 1; i <= 20; i++) {
                            byte[] state = new byte[10_000];
                            java.util.Arrays.fill(state, (byte) thread);
                            snapshots.saveSnapshot(new Snapshot(STREAM, thread * 100L + i, "h" + thread, 1, state, WRITTEN));
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> future : done) {
                    future.get(EventStoreContract.TIMEOUT_SECONDS, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            Optional<Snapshot> left = snapshots.loadSnapshot(STREAM);
            assertThat(left).isPresent();
            int thread = (int) (left.get().version() / 100);
            assertThat(left.get().lastHash()).isEqualTo("h" + thread);
            assertThat(left.get().state()).hasSize(10_000).containsOnly((byte) thread);
        }
    }
}
