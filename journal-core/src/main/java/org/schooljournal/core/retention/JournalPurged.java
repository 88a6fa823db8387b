package org.schooljournal.core.retention;

import java.util.List;
import org.schooljournal.core.archive.HeadRecord;
import org.schooljournal.core.archive.StreamHead;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A journal's stream was purged at the end of its retention (ARC-1), as it was in its archive.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param stream the stream as archived and purged
 */
public record JournalPurged(ArchivedStream stream) implements RetentionEvent, HeadRecord {

    /** Returns no head: the stream is gone. */
    @Override
    public List<StreamHead> recordedHeads() {
        return List.of();
    }

    /** Returns the purged stream, which the integrity check no longer expects (ARC-1, ARC-4). */
    @Override
    public List<String> purgedStreams() {
        return List.of(stream.streamId());
    }

    ArchiveRecords applyTo(ArchiveRecords archive) {
        return archive.withPurged(stream);
    }
}
