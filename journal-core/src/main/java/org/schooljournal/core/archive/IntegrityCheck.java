package org.schooljournal.core.archive;

import java.util.List;
import java.util.Objects;
import org.schooljournal.core.log.ChainReport;
import org.schooljournal.core.log.ChainVerifier;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Checks the integrity of a school's stream in a store (ARC-4, ARC-6): walks its hash chain with
 * {@link ChainVerifier} and adds the head of the stream, whose hash vouches for everything before
 * it.
 *
 * <pre>{@code
 * IntegrityReport report = IntegrityCheck.of(store).school("86-001");
 * if (!report.verified()) {
 *     log.error(report.describe());
 * }
 * }</pre>
 *
 * <p>The walk reads the stream page by page while commands may append to it; the report describes
 * the stream as far as the walk went. This class is immutable and thread-safe.
 */
public final class IntegrityCheck {

    private final EventStore store;

    private IntegrityCheck(EventStore store) {
        this.store = store;
    }

    /** Returns a check reading from the store. */
    public static IntegrityCheck of(EventStore store) {
        return new IntegrityCheck(Objects.requireNonNull(store, "store"));
    }

    /**
     * Checks a school's stream.
     *
     * @param schoolId the school
     * @return the report; {@link IntegrityReport#verified()} tells whether every envelope verified
     * @throws JournalException NOT_FOUND if the school's stream holds no events (an empty or a
     *     removed stream is never reported as intact), STORAGE if the store says the stream is
     *     longer than it can read
     */
    public IntegrityReport school(String schoolId) {
        Objects.requireNonNull(schoolId, "schoolId");
        String stream = SchoolStreams.of(schoolId);
        ChainReport chain = new ChainVerifier(store).verify(stream);
        if (chain.checked() == 0) {
            throw new JournalException(ErrorCode.NOT_FOUND, "school " + schoolId + " has no events: stream "
                    + stream + " is empty or missing, so there is nothing to check");
        }
        // Intact: the head is the last envelope the walk checked (the stream may have grown since).
        // Broken: the walk stopped at the break; the head is the stream's last envelope as stored.
        long headSequence = chain.verified() ? chain.checked() : Math.max(chain.checked(), store.version(stream));
        List<EventEnvelope> head = store.read(stream, headSequence, 1);
        if (head.isEmpty() || head.get(0).sequence() != headSequence) {
            throw new JournalException(ErrorCode.STORAGE, "stream " + stream + " of school " + schoolId
                    + " holds " + headSequence + " envelopes but the store cannot read envelope " + headSequence);
        }
        return new IntegrityReport(schoolId, stream, chain.checked(), headSequence, head.get(0).event().hash(),
                chain.firstBreak());
    }
}
