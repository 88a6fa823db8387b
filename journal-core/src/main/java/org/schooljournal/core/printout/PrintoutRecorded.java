package org.schooljournal.core.printout;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.schooljournal.core.journal.EntryTiming;

/**
 * A year's journals or summary sheets were printed for the paper archive (ARC-1, ARC-2): which
 * files, their SHA-256, who recorded it and when, and whether by the 30 June deadline.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param form what was printed
 * @param academicYear the academic year printed, by the calendar year it starts in
 * @param files the files, in the order given
 * @param recordedBy who recorded the printout
 * @param recordedAt when
 * @param timing the verdict against the 30 June deadline
 */
public record PrintoutRecorded(PrintedForm form, int academicYear, List<PrintedFile> files, String recordedBy,
        Instant recordedAt, EntryTiming timing) implements PrintoutEvent {

    /** Copies the files. */
    public PrintoutRecorded {
        Objects.requireNonNull(form, "form");
        files = List.copyOf(files);
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(timing, "timing");
    }

    Printouts applyTo(Printouts printouts) {
        return printouts.with(this);
    }
}
