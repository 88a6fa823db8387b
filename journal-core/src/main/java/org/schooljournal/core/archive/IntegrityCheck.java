package org.schooljournal.core.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Checks the integrity of a school's whole log in a store (ARC-4, ARC-6): every stream of the
 * school — its own stream {@code school-<id>} and every stream whose id starts with
 * {@code school-<id>/} (its journals; the slash keeps out {@code school-<id>1…} of another
 * school) — is walked with {@link ChainVerifier}, and each stream's head is added, whose hash
 * vouches for everything before it in that stream.
 *
 * <pre>{@code
 * IntegrityReport report = IntegrityCheck.of(store).school("86-001");
 * if (!report.verified()) {
 *     log.error(report.describe());   // names the first bad envelope and its stream
 * }
 * }</pre>
 *
 * <p>The streams are listed once, then walked page by page while commands may append to them; the
 * report describes each stream as far as its walk went. The journals are walked before the
 * school's own stream: a journal's events are decided on the school's state, so every journal
 * event walked was decided on school events the later walk of the school's stream also reaches.
 * This class is immutable and thread-safe.
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
     * Checks every stream of a school.
     *
     * @param schoolId the school
     * @return the report, the school's own stream first, then the others in the natural order of
     *     their ids; {@link IntegrityReport#verified()} tells whether every envelope verified
     * @throws JournalException NOT_FOUND if no stream of the school holds events (an empty or a
     *     removed log is never reported as intact); INTEGRITY if the school's own stream is empty
     *     or missing while other streams of the school hold events (it was removed); STORAGE if
     *     the store lists a stream or says a stream is longer than it can read
     */
    public IntegrityReport school(String schoolId) {
        Objects.requireNonNull(schoolId, "schoolId");
        String schoolStream = SchoolStreams.of(schoolId);
        List<String> others = otherStreams(schoolId);
        List<StreamIntegrity> walked = new ArrayList<>(others.size() + 1);
        for (String stream : others) {
            walked.add(walk(schoolId, stream, true));
        }
        StreamIntegrity own = walk(schoolId, schoolStream, false);
        if (own == null) {
            if (others.isEmpty()) {
                throw new JournalException(ErrorCode.NOT_FOUND, "school " + schoolId + " has no events: stream "
                        + schoolStream + " is empty or missing, and no stream starts with " + schoolStream
                        + "/, so there is nothing to check");
            }
            throw new JournalException(ErrorCode.INTEGRITY, "school " + schoolId + " has lost its own stream: "
                    + schoolStream + " is empty or missing while " + others.size() + " other streams of the school"
                    + " hold events (first " + others.get(0) + "); the school's registration, structure and roster"
                    + " were removed from the store");
        }
        List<StreamIntegrity> streams = new ArrayList<>(walked.size() + 1);
        streams.add(own);
        streams.addAll(walked);
        return new IntegrityReport(schoolId, streams);
    }

    /** Returns the streams under {@code school-<id>/}, sorted, whatever order the store lists them in. */
    private List<String> otherStreams(String schoolId) {
        String prefix = SchoolStreams.of(schoolId) + "/";
        TreeSet<String> ids = new TreeSet<>();
        for (String id : store.streamIds(prefix)) {
            if (id.startsWith(prefix)) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    /**
     * Walks one stream; returns null for an empty own stream, which the caller reports.
     *
     * @param listed whether the store listed the stream, so that it must hold events
     */
    private StreamIntegrity walk(String schoolId, String stream, boolean listed) {
        ChainReport chain = new ChainVerifier(store).verify(stream);
        if (chain.checked() == 0) {
            if (!listed) {
                return null;
            }
            throw new JournalException(ErrorCode.STORAGE, "stream " + stream + " of school " + schoolId
                    + " is listed by the store but holds no envelope it can read (version "
                    + store.version(stream) + ")");
        }
        // Intact: the head is the last envelope the walk checked (the stream may have grown since).
        // Broken: the walk stopped at the break; the head is the stream's last envelope as stored.
        long headSequence = chain.verified() ? chain.checked() : Math.max(chain.checked(), store.version(stream));
        List<EventEnvelope> head = store.read(stream, headSequence, 1);
        if (head.isEmpty() || head.get(0).sequence() != headSequence) {
            throw new JournalException(ErrorCode.STORAGE, "stream " + stream + " of school " + schoolId
                    + " holds " + headSequence + " envelopes but the store cannot read envelope " + headSequence);
        }
        return new StreamIntegrity(stream, chain.checked(), headSequence, head.get(0).event().hash(),
                chain.firstBreak());
    }
}
