package org.schooljournal.core.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A guardian's consent, or refusal, to the processing of personal data (PD-1): electronic
 * notifications need the latest to be a consent (NTF-5).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param given whether it is a consent (or a refusal)
 * @param date the date of the document
 * @param form written or electronic
 * @param recordedBy who entered it
 * @param recordedAt when
 */
public record Consent(boolean given, LocalDate date, DocumentForm form, String recordedBy, Instant recordedAt) {

    /** Checks the parts are given. */
    public Consent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
