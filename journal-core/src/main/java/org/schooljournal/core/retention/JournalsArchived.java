package org.schooljournal.core.retention;

import java.util.List;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * The school's journals were archived to a file (ARC-1, ARC-5), each at the version and head hash
 * it had in the file.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param streams the journals' streams in the file
 */
public record JournalsArchived(List<ArchivedStream> streams) implements RetentionEvent {

    ArchiveRecords applyTo(ArchiveRecords archive) {
        ArchiveRecords records = archive;
        for (ArchivedStream stream : streams) {
            records = records.withJournal(stream);
        }
        return records;
    }
}
