package org.schooljournal.core.retention;

import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A journal's stream was purged at the end of its retention (ARC-1), as it was in its archive.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param stream the stream as archived and purged
 */
public record JournalPurged(ArchivedStream stream) implements RetentionEvent {

    ArchiveRecords applyTo(ArchiveRecords archive) {
        return archive.withPurged(stream);
    }
}
