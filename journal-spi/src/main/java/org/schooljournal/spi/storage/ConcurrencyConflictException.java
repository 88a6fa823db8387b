package org.schooljournal.spi.storage;

import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * An append whose expected version is not the stream's version: someone else appended first.
 * Nothing was appended; the caller reads again and retries or reports it.
 */
public final class ConcurrencyConflictException extends JournalException {

    private final String streamId;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param streamId the stream
     * @param expectedVersion the version the caller expected
     * @param actualVersion the stream's version
     */
    public ConcurrencyConflictException(String streamId, long expectedVersion, long actualVersion) {
        super(ErrorCode.CONFLICT, "stream " + streamId + " is at version " + actualVersion
                + ", not the expected " + expectedVersion);
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** Returns the stream. */
    public String streamId() {
        return streamId;
    }

    /** Returns the version the caller expected. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** Returns the stream's version when the append was refused. */
    public long actualVersion() {
        return actualVersion;
    }
}
