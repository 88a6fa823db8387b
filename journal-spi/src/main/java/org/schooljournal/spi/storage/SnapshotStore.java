package org.schooljournal.spi.storage;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * An optional capability a store may offer besides {@link EventStore}: it keeps, per stream, the
 * latest snapshot the engine wrote — a cache of the stream's fold at a version, with the hash of
 * the envelope at that version — so that an engine loading a stream it does not hold starts from
 * the snapshot and folds only what follows, instead of the whole stream (issue 13, "Bounded
 * memory"). The engine uses it when its store {@code instanceof SnapshotStore}; a store without it
 * is rebuilt from events, with the same results.
 *
 * <p>A snapshot is a cache, never a record: the events stay the only record (DESIGN.md,
 * principle 1). The engine uses a snapshot only if the stream's envelope at its version has its
 * hash and it decodes in the engine's format; otherwise it folds the stream from the start, and
 * reports nothing. So a store may lose, keep stale or drop any snapshot at any time without harm.
 * The state's bytes are opaque to the store, kept and returned byte for byte. The contract every
 * implementation passes is {@code SnapshotStoreContract} in adapters/tck.
 *
 * <p>Implementations are thread-safe.
 */
public interface SnapshotStore {

    /**
     * A stream's fold at a version as the engine wrote it.
     *
     * <p>This record is immutable and thread-safe: the state is copied in and out.
     *
     * @param streamId the stream
     * @param version the stream's version the state is folded to, 1 or more
     * @param lastHash the hash of the stream's envelope at that version, lower-case hex, not blank
     * @param format the number of the engine's snapshot format, 1 or more; an engine ignores a
     *     snapshot of a format it does not write
     * @param state the state's bytes; any bytes
     * @param writtenAt when the engine wrote it
     */
    record Snapshot(String streamId, long version, String lastHash, int format, byte[] state, Instant writtenAt) {

        /**
         * Checks and copies the snapshot.
         *
         * @throws IllegalArgumentException if the version or format is below 1, or a text is blank
         */
        public Snapshot {
            Objects.requireNonNull(streamId, "streamId");
            Objects.requireNonNull(lastHash, "lastHash");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(writtenAt, "writtenAt");
            if (streamId.isBlank()) {
                throw new IllegalArgumentException("streamId must not be blank");
            }
            if (version < 1) {
                throw new IllegalArgumentException("version must be 1 or more, was " + version);
            }
            if (lastHash.isBlank()) {
                throw new IllegalArgumentException("lastHash must not be blank (stream " + streamId + ")");
            }
            if (format < 1) {
                throw new IllegalArgumentException("format must be 1 or more, was " + format);
            }
            state = state.clone();
        }

        /** Returns a copy of the state's bytes. */
        @Override
        public byte[] state() {
            return state.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Snapshot that && streamId.equals(that.streamId) && version == that.version
                    && lastHash.equals(that.lastHash) && format == that.format && Arrays.equals(state, that.state)
                    && writtenAt.equals(that.writtenAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(streamId, version, lastHash, format, Arrays.hashCode(state), writtenAt);
        }

        @Override
        public String toString() {
            return "Snapshot[" + streamId + " at " + version + ", hash " + lastHash + ", format " + format + ", "
                    + state.length + " bytes (" + HexFormat.of().formatHex(state, 0, Math.min(8, state.length))
                    + "…), written " + writtenAt + "]";
        }
    }

    /**
     * Keeps the snapshot as the stream's, replacing the one kept before, whatever its version.
     *
     * @param snapshot the snapshot
     */
    void saveSnapshot(Snapshot snapshot);

    /**
     * Returns the stream's snapshot kept last, byte for byte; empty if none is kept.
     *
     * @param streamId the stream
     */
    Optional<Snapshot> loadSnapshot(String streamId);

    /**
     * Removes the stream's snapshot, if one is kept. {@link EventStore#purge} of a store that
     * offers snapshots removes it too.
     *
     * @param streamId the stream
     */
    void deleteSnapshot(String streamId);
}
