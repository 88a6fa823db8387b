package org.schooljournal.core.archive;

import java.util.Optional;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * The stored events of a school's streams as the integrity check reads them with the engine's
 * codec: whether each decodes — a record that cannot be read is not usable (ARC-6) — and which of
 * the school's own stream record heads of its streams ({@link HeadRecord}).
 */
interface StoredEvents {

    /** None: a check of the chains alone, which reads no event. */
    StoredEvents NONE = new StoredEvents() {
        @Override
        public Optional<String> unreadable(EventEnvelope envelope) {
            return Optional.empty();
        }

        @Override
        public Optional<HeadRecord> headRecord(EventEnvelope envelope) {
            return Optional.empty();
        }
    };

    /** Returns why the envelope's event does not decode, if it does not. */
    Optional<String> unreadable(EventEnvelope envelope);

    /**
     * Returns the envelope's head record, if it is one.
     *
     * @throws org.schooljournal.spi.JournalException INTEGRITY if it is of a head record's type
     *     and does not decode
     */
    Optional<HeadRecord> headRecord(EventEnvelope envelope);
}
