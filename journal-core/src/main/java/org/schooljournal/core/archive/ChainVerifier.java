package org.schooljournal.core.archive;

import java.util.List;
import java.util.Optional;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.core.log.HashChain;

/**
 * Walks a stream's hash chain and names the first envelope that does not verify (ARC-4): one
 * whose hash does not match its content, whose previous hash is not its predecessor's hash, or
 * whose sequence leaves a gap.
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
        String previousHash = "";
        long expectedSequence = 1;
        long checked = 0;
        while (true) {
            List<EventEnvelope> page = store.read(streamId, expectedSequence, PAGE);
            if (page.isEmpty()) {
                return new ChainReport(streamId, checked, Optional.empty());
            }
            for (EventEnvelope envelope : page) {
                checked++;
                Optional<String> problem = problem(streamId, envelope, expectedSequence, previousHash);
                if (problem.isPresent()) {
                    return new ChainReport(streamId, checked, Optional.of(new ChainReport.Break(
                            envelope.sequence(), envelope.globalPosition(), envelope.event().eventId(),
                            problem.get())));
                }
                previousHash = envelope.event().hash();
                expectedSequence++;
            }
        }
    }

    private static Optional<String> problem(String streamId, EventEnvelope envelope, long expectedSequence,
            String previousHash) {
        if (!envelope.streamId().equals(streamId)) {
            return Optional.of("it belongs to stream " + envelope.streamId() + ", not " + streamId);
        }
        if (envelope.sequence() != expectedSequence) {
            return Optional.of("sequence " + envelope.sequence() + " where " + expectedSequence + " was expected");
        }
        if (!envelope.event().previousHash().equals(previousHash)) {
            return Optional.of("its previous hash is not the hash of envelope " + (expectedSequence - 1));
        }
        boolean verifies;
        try {
            verifies = HashChain.verifies(envelope);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (!verifies) {
            return Optional.of("its content does not match its " + envelope.event().hashAlgorithm() + " hash");
        }
        return Optional.empty();
    }
}
