package org.schooljournal.core.retention;

import org.schooljournal.core.reports.SummarySheet;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A class's summary sheet went to the archive when the year's accounting closed (ARC-3): kept in
 * the school's own log for its 25 years (ARC-2), after its journals are purged.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param sheet the summary sheet as it was
 */
public record SummarySheetArchived(SummarySheet sheet) implements RetentionEvent {

    ArchiveRecords applyTo(ArchiveRecords archive) {
        return archive.withSummarySheet(sheet);
    }
}
