package org.schooljournal.core.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.archive.BackupManifest;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.reports.SummarySheet;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * The decisions of retention (ARC-1…ARC-3): what an archive file records in the school's log, and
 * whether a journal's stream may be purged. A journal is purged only when its retention has ended
 * (ARC-1: 5 years, counted as journal-rules' ARC-1 rule says), the archive holds it exactly as it
 * is now (same version, same head hash), and the summary sheet of its class is archived (ARC-3), so
 * that the sheet outlives the journal (ARC-2).
 *
 * <p>This class is stateless and thread-safe.
 */
final class Disposal {

    private Disposal() {
    }

    /**
     * Returns the events that record an archive file of the school's whole log and the summary
     * sheets of its classes as the year closed: the journals' streams the file holds, and each
     * sheet not archived yet or changed since.
     */
    static List<SchoolEvent> archived(SchoolState school, BackupManifest manifest, List<SummarySheet> sheets) {
        List<SchoolEvent> events = new ArrayList<>();
        List<ArchivedStream> journals = manifest.streams().stream()
                .filter(entry -> JournalKey.ofStream(school.schoolId(), entry.streamId()).isPresent())
                .map(entry -> new ArchivedStream(entry.streamId(), entry.lastSequence(), entry.headHash(),
                        manifest.envelopeDigest(), manifest.createdAt()))
                .toList();
        if (!journals.isEmpty()) {
            events.add(new JournalsArchived(journals));
        }
        for (SummarySheet sheet : sheets) {
            if (!ArchiveRecords.of(school).summarySheet(sheet.classCode()).equals(Optional.of(sheet))) {
                events.add(new SummarySheetArchived(sheet));
            }
        }
        return events;
    }

    /**
     * Returns why the journal's stream may not be purged now, or empty if it may.
     *
     * @param version the stream's version in the store now
     * @param headHash the hash of its last envelope now
     * @param disposalFrom the first instant its retention allows its disposal (ARC-1)
     */
    static Optional<String> refusal(SchoolState school, String streamId, long version, String headHash,
            Instant now, Instant disposalFrom) {
        if (now.isBefore(disposalFrom)) {
            return Optional.of("its retention lasts until " + disposalFrom + " (ARC-1)");
        }
        Optional<ArchivedStream> archived = Optional.ofNullable(ArchiveRecords.of(school).journals().get(streamId));
        if (archived.isEmpty() || archived.get().version() != version || !archived.get().headHash().equals(headHash)) {
            return Optional.of("no archive holds it as it is now (version " + version + ")"
                    + archived.map(a -> "; the last archive holds version " + a.version()).orElse(""));
        }
        JournalKey key = JournalKey.ofStream(school.schoolId(), streamId).orElseThrow();
        for (String classCode : JournalScope.of(school, key, Retention.class).classCodes()) {
            if (ArchiveRecords.of(school).summarySheet(classCode).isEmpty()) {
                return Optional.of("the summary sheet of class " + classCode + " is not archived (ARC-3)");
            }
        }
        return Optional.empty();
    }
}
