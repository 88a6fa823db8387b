package org.schooljournal.core.log;

/**
 * How much of the folded streams an engine holds, and how often it stores their snapshots (issue
 * 13, "Bounded memory"). The engine holds folded states up to a weight counted in events — a
 * stream weighs as many as its version, so a year's journal of 16 500 entries weighs about 16 500,
 * a school's stream its few hundred — and evicts the least useful beyond it (Caffeine's
 * Window TinyLFU); an evicted stream comes back from its stored snapshot and what follows it, or
 * from its events, with the same state. With a store that keeps snapshots
 * ({@link org.schooljournal.spi.storage.SnapshotStore}) the engine writes a stream's snapshot each
 * time it has folded {@code snapshotEvery} events past the last one stored, and when it evicts it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param maxEvents the greatest total weight of the states held, 1 or more
 * @param snapshotEvery how many events past the stored snapshot make a new one, 1 or more
 */
public record Caching(long maxEvents, int snapshotEvery) {

    /**
     * The default weight held: 3 000 000 events, about 2 GB of journal states at the ~670 bytes an
     * entry takes (docs/benchmarks.md, issue 13).
     */
    public static final long DEFAULT_MAX_EVENTS = 3_000_000;

    /** The default distance between stored snapshots: 1 000 events. */
    public static final int DEFAULT_SNAPSHOT_EVERY = 1_000;

    /** The defaults. */
    public static final Caching DEFAULT = new Caching(DEFAULT_MAX_EVENTS, DEFAULT_SNAPSHOT_EVERY);

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if either is below 1
     */
    public Caching {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("cachedEvents must be 1 or more, was " + maxEvents);
        }
        if (snapshotEvery < 1) {
            throw new IllegalArgumentException("snapshotEvery must be 1 or more, was " + snapshotEvery);
        }
    }
}
