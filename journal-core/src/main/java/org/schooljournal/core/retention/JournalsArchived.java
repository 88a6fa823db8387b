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
public record JournalsArchived(List<ArchivedStream> streams) implements SchoolEvent {

    @Override
    public SchoolState applyTo(SchoolState state) {
        ArchiveRecords archive = state.archive();
        for (ArchivedStream stream : streams) {
            archive = archive.withJournal(stream);
        }
        return state.withArchive(archive);
    }
}
