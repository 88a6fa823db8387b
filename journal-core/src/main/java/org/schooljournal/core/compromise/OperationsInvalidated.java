package org.schooljournal.core.compromise;

import java.time.Instant;
import java.util.List;

/**
 * The act was drawn up (PD-4, R 4.4): the operations of the compromised account from the instant
 * the head and support were informed, each declared invalid, as the log holds them. The log keeps
 * them where they were recorded; this event marks them. A later drawing of the same act adds the
 * operations the log received since (an operation that raced the block).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param report the report's number
 * @param drawnUpBy who drew it up: the administration or the system administrator
 * @param drawnUpAt when
 * @param operations the operations declared invalid, in the order of the streams and positions;
 *     possibly none
 */
public record OperationsInvalidated(int report, String drawnUpBy, Instant drawnUpAt,
        List<InvalidatedOperation> operations) implements CompromiseEvent {

    /** Copies the list. */
    public OperationsInvalidated {
        operations = List.copyOf(operations);
    }

    CompromiseRecords applyTo(CompromiseRecords records) {
        return records.withReport(report, compromise -> compromise.drawnUp(this));
    }
}
