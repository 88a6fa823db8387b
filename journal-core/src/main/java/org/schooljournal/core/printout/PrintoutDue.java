package org.schooljournal.core.printout;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a year's printout for the paper archive stands (ARC-1, ARC-2), as the control of the
 * journals shows it (REP-5): due by 30 June, recorded or not, on time or late.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param form what is to be printed
 * @param academicYear the academic year, by the calendar year it starts in
 * @param due the deadline: 24:00 of 30 June after the year
 * @param printout the first printout recorded, if one was
 */
public record PrintoutDue(PrintedForm form, int academicYear, Instant due, Optional<PrintoutRecorded> printout) {

    /** Checks the parts are given. */
    public PrintoutDue {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(printout, "printout");
    }

    /** Returns whether the printout is late at the instant: recorded late, or not recorded by a deadline passed. */
    public boolean lateAt(Instant instant) {
        return printout.map(p -> p.timing().late()).orElse(instant.isAfter(due));
    }
}
