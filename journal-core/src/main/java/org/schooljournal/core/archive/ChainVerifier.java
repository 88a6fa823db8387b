package org.schooljournal.core.archive;

import java.util.List;
import java.util.Optional;
import org.schooljournal.core.log.ChainLink;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Walks a stream's hash chain and names the first envelope that does not verify (ARC-4): one
 * whose hash does not match its content, whose previous hash is not its predecessor's hash, whose
 * sequence leaves a gap, or whose hash algorithm is not one verification accepts
 * ({@link ChainLink}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChainVerifier {

    private static final int PAGE = 1_000;

    private final EventStore store;

    /** Creates a verifier reading from the store. */
    public ChainVerifier(EventStore store) {
        this.store = store;
    }

    /** Walks the stream from its first envelope. */
    public ChainReport verify(String streamId) {
        Walk walk = new Walk(streamId);
        walk.resume(envelope -> Optional.empty());
        return walk.report();
    }

    /** Starts a walk of a stream, which {@link Walk#resume} continues up to the stream's head. */
    Walk walk(String streamId) {
        return new Walk(streamId);
    }

    /**
     * What the integrity check asks of each envelope that verified: a problem of its own, if any
     * (an event the check must read that does not decode), which ends the walk like a break.
     */
    @FunctionalInterface
    interface Visitor {

        /** Returns why the verified envelope is still a break, if it is. */
        Optional<String> visit(EventEnvelope envelope);
    }

    /** A walk of one stream, resumable up to the stream's head as it grows. Not thread-safe. */
    final class Walk {

        private final String streamId;
        private String previousHash = "";
        private long next = 1;
        private long checked;
        private Optional<ChainReport.Break> firstBreak = Optional.empty();

        private Walk(String streamId) {
            this.streamId = streamId;
        }

        /** Walks on from where the walk stopped to the stream's current head, or to a break. */
        void resume(Visitor visitor) {
            while (firstBreak.isEmpty()) {
                List<EventEnvelope> page = store.read(streamId, next, PAGE);
                if (page.isEmpty()) {
                    return;
                }
                for (EventEnvelope envelope : page) {
                    checked++;
                    Optional<String> problem = ChainLink.problem(streamId, envelope, next, previousHash)
                            .or(() -> visitor.visit(envelope));
                    if (problem.isPresent()) {
                        firstBreak = Optional.of(new ChainReport.Break(envelope.sequence(), envelope.position(),
                                envelope.event().eventId(), problem.get()));
                        return;
                    }
                    previousHash = envelope.event().hash();
                    next++;
                }
            }
        }

        /** Returns the walk so far. */
        ChainReport report() {
            return new ChainReport(streamId, checked, firstBreak);
        }
    }
}
