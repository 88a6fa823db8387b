package org.schooljournal.core.retention;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.schooljournal.core.reports.SummarySheet;
import org.schooljournal.core.school.SchoolPart;
import org.schooljournal.core.school.SchoolState;

/**
 * What a school archived and purged at the end of retention (ARC-1…ARC-3): the last archived state
 * of each journal's stream, the summary sheet of each class as archived when the year's
 * accounting closed — kept in the school's own log, which outlives the journals — and the journals
 * purged.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param journals the last archive of each journal's stream, by stream
 * @param summarySheets the archived summary sheet of each class, by class
 * @param purged the purged journals' streams as they were when purged, by stream
 */
public record ArchiveRecords(
        Map<String, ArchivedStream> journals, Map<String, SummarySheet> summarySheets,
        Map<String, ArchivedStream> purged) {

    /** Copies the maps. */
    public ArchiveRecords {
        journals = Collections.unmodifiableMap(new TreeMap<>(journals));
        summarySheets = Collections.unmodifiableMap(new LinkedHashMap<>(summarySheets));
        purged = Collections.unmodifiableMap(new TreeMap<>(purged));
    }

    /** Returns the records of a school that archived nothing. */
    public static ArchiveRecords empty() {
        return new ArchiveRecords(Map.of(), Map.of(), Map.of());
    }

    /** Returns the archived summary sheet of a class, if archived (ARC-2, ARC-3). */
    public Optional<SummarySheet> summarySheet(String classCode) {
        return Optional.ofNullable(summarySheets.get(classCode));
    }

    /** Returns these records with a journal's stream archived. */
    ArchiveRecords withJournal(ArchivedStream stream) {
        Map<String, ArchivedStream> more = new TreeMap<>(journals);
        more.put(stream.streamId(), stream);
        return new ArchiveRecords(more, summarySheets, purged);
    }

    /** Returns these records with a class's summary sheet archived. */
    ArchiveRecords withSummarySheet(SummarySheet sheet) {
        Map<String, SummarySheet> more = new LinkedHashMap<>(summarySheets);
        more.put(sheet.classCode(), sheet);
        return new ArchiveRecords(journals, more, purged);
    }

    /** Returns these records with a journal's stream purged. */
    ArchiveRecords withPurged(ArchivedStream stream) {
        Map<String, ArchivedStream> more = new TreeMap<>(purged);
        more.put(stream.streamId(), stream);
        return new ArchiveRecords(journals, summarySheets, more);
    }

    /** Returns the archive records of the school. */
    public static ArchiveRecords of(SchoolState school) {
        return school.part(PART);
    }

    /** The archive records as a part of a school's state, for the engine; opaque. */
    public static final SchoolPart<ArchiveRecords> PART = RetentionCommand.part();
}
