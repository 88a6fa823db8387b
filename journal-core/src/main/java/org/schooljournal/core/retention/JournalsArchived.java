package org.schooljournal.core.retention;

import java.util.List;
import org.schooljournal.core.archive.HeadRecord;
import org.schooljournal.core.archive.StreamHead;
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
public record JournalsArchived(List<ArchivedStream> streams) implements RetentionEvent, HeadRecord {

    /** Returns each journal's head as the archive file holds it, for the integrity check (ARC-4). */
    @Override
    public List<StreamHead> recordedHeads() {
        return streams.stream().map(s -> new StreamHead(s.streamId(), s.version(), 0, s.headHash())).toList();
    }

    ArchiveRecords applyTo(ArchiveRecords archive) {
        ArchiveRecords records = archive;
        for (ArchivedStream stream : streams) {
            records = records.withJournal(stream);
        }
        return records;
    }
}
