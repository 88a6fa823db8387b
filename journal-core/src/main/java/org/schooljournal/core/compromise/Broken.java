package org.schooljournal.core.compromise;

import java.util.Optional;
import java.util.function.Supplier;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * How a compromise's sources pass over a stream that does not verify or decode (ARC-4, PD-4): a
 * report and its act must not fail because another stream of the school is damaged. Such a stream
 * sends nothing and is read by no one until it is repaired, so there is nothing in it to withdraw
 * or correct; the act still lists its operations from the stored envelopes, and
 * {@code engine.archive().verify} names the break.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Broken {

    private Broken() {
    }

    /**
     * Returns what the read gives, or empty if its stream does not verify or decode.
     *
     * @throws JournalException any other error of the read
     */
    public static <T> Optional<T> skipped(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (JournalException e) {
            if (e.code() != ErrorCode.INTEGRITY) {
                throw e;
            }
            return Optional.empty();
        }
    }
}
