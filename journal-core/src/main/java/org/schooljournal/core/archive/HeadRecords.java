package org.schooljournal.core.archive;

import java.util.Optional;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * Reads the head records ({@link HeadRecord}) of a school's own stream for the integrity check:
 * the envelopes of their types decoded, every other envelope skipped unread.
 */
@FunctionalInterface
interface HeadRecords {

    /** None: a check of the chains alone. */
    HeadRecords NONE = envelope -> Optional.empty();

    /**
     * Returns the envelope's head record, if it is one.
     *
     * @throws org.schooljournal.spi.JournalException INTEGRITY if it is of a head record's type
     *     and does not decode
     */
    Optional<HeadRecord> read(EventEnvelope envelope);
}
