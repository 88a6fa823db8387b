package org.schooljournal.core.log;

/**
 * How the states of one kind of stream are written into a stored snapshot and read back
 * ({@link org.schooljournal.spi.storage.SnapshotStore}): the state's own components only, never
 * what is derived from them (an index is rebuilt as the state is read). A snapshot is a cache: a
 * form that cannot read bytes throws, and the engine folds the stream from its events instead.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <S> the state
 */
public interface SnapshotForm<S> {

    /**
     * Returns the number of the form, 1 or more, kept with each snapshot: changed whenever the
     * bytes a state is written to change, so that an engine ignores, never misreads, a snapshot
     * another version wrote.
     */
    int format();

    /** Returns the state's bytes. */
    byte[] write(S state);

    /**
     * Returns the state the bytes hold.
     *
     * @param empty the stream's state before its first event, naming the stream's subject
     * @throws RuntimeException of any kind if the bytes do not hold a state of this form
     */
    S read(byte[] bytes, S empty);
}
