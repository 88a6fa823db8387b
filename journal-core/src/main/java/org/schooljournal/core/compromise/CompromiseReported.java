package org.schooljournal.core.compromise;

import java.time.Instant;
import java.util.Optional;

/**
 * A compromise of an account was reported (PD-4, R 4.3): the account is blocked, and every
 * operation of it from the instant the head and support were informed is invalid (R 4.4). The
 * first part of the act.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the report's number in the school, from 1: the act's number
 * @param personId whose account
 * @param reportedBy who reported it: the person, the administration or the system administrator
 * @param reportedAt when it was recorded
 * @param discoveredAt when the breach was discovered
 * @param informedAt when the head and support were informed
 * @param circumstances what happened, in the reporter's words
 * @param timing whether it was reported in time; empty when the school has no calendar to count
 *     working days in
 */
public record CompromiseReported(int number, String personId, String reportedBy, Instant reportedAt,
        Instant discoveredAt, Instant informedAt, String circumstances, Optional<ReportTiming> timing)
        implements CompromiseEvent {

    CompromiseRecords applyTo(CompromiseRecords records) {
        return records.with(Compromise.reported(this));
    }
}
