package org.schooljournal.core.compromise;

import java.time.Instant;

/**
 * A blocked account was restored (PD-4): its operations from this instant are valid again; those
 * of its blocked time stay invalid.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param report the report whose block ends
 * @param restoredBy who restored it: the administration or the system administrator
 * @param restoredAt when
 * @param reason why it may act again, such as «пароль ЕСИА сменён»
 */
public record AccountRestored(int report, String restoredBy, Instant restoredAt, String reason)
        implements CompromiseEvent {

    CompromiseRecords applyTo(CompromiseRecords records) {
        return records.withReport(report, compromise -> compromise.restored(this));
    }
}
