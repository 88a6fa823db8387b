package org.schooljournal.core.log;

import java.util.Optional;
import org.schooljournal.core.validation.Excerpt;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * One link of a stream's hash chain as verification checks it (ARC-4, ARC-6): the envelope
 * belongs to the stream, comes at the expected sequence, names an accepted algorithm
 * ({@link HashChain#ACCEPTED}), points at its predecessor's hash, and its hash is the hash of its
 * content. The one check behind the integrity check of a school and the engine's verification of
 * every stream it loads.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ChainLink {

    private ChainLink() {
    }

    /**
     * Returns why the envelope does not verify as the next link of its stream, if it does not.
     *
     * @param streamId the stream being walked
     * @param envelope the envelope read
     * @param expectedSequence the sequence that comes next: one more than the last verified
     * @param previousHash the hash of the last verified envelope; empty before the first
     */
    public static Optional<String> problem(String streamId, EventEnvelope envelope, long expectedSequence,
            String previousHash) {
        if (!envelope.streamId().equals(streamId)) {
            return Optional.of("it belongs to stream " + envelope.streamId() + ", not " + streamId);
        }
        if (envelope.sequence() != expectedSequence) {
            return Optional.of("sequence " + envelope.sequence() + " where " + expectedSequence + " was expected");
        }
        String algorithm = envelope.event().hashAlgorithm();
        if (!HashChain.accepted(algorithm)) {
            return Optional.of("its hash algorithm " + Excerpt.of(algorithm) + " is not accepted: verification accepts "
                    + String.join(", ", HashChain.ACCEPTED) + " only");
        }
        if (!envelope.event().previousHash().equals(previousHash)) {
            return Optional.of("its previous hash is not the hash of envelope " + (expectedSequence - 1));
        }
        if (!HashChain.verifies(envelope)) {
            return Optional.of("its content does not match its " + algorithm + " hash");
        }
        return Optional.empty();
    }
}
