package org.schooljournal.core.retention;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.SchoolRights;
import org.schooljournal.core.archive.Archive;
import org.schooljournal.core.archive.BackupManifest;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalStates;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.reports.Reports;
import org.schooljournal.core.reports.SummarySheet;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.SchoolStates;
import org.schooljournal.core.school.Schools;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventStore;

/**
 * The retention facet of the engine (ARC-1…ARC-3): archives a school's closed year — its whole
 * log to a backup file, and each class's summary sheet into the school's own log, which outlives
 * the journals — and purges the journals whose retention has ended, each only if an archive
 * holds it exactly as it is. Each step is recorded in the school's log by the administration.
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.retention()}.
 */
public final class Retention {

    private final Log log;
    private final Schools schools;
    private final SchoolStates states;
    private final JournalStates journals;
    private final Reports reports;
    private final Archive archive;

    /** Creates the facet. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Retention(Log log, Schools schools, SchoolStates states, JournalStates journals, Reports reports,
            Archive archive) {
        this.log = Objects.requireNonNull(log, "log");
        this.schools = Objects.requireNonNull(schools, "schools");
        this.states = Objects.requireNonNull(states, "states");
        this.journals = Objects.requireNonNull(journals, "journals");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.archive = Objects.requireNonNull(archive, "archive");
    }

    /**
     * Archives the school's closed year (ARC-1…ARC-3, ARC-5): writes its whole log, journals
     * included, to a backup file on any path, and records in the school's log the journals'
     * streams as the file holds them and each class's summary sheet as the year's accounting
     * closed — kept there for its 25 years, after the journals are purged — then a checkpoint of
     * every stream's head (ARC-4, {@link Archive#checkpoint}).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor is not the
     *     administration (ACC-4)
     * @throws JournalException VALIDATION if the year has not ended, or the target exists;
     *     INTEGRITY if a chain does not verify
     */
    public RetentionReport archiveYear(Actor actor, String schoolId, Path target) {
        SchoolState school = states.registeredFor(actor, "archiveYear", schoolId, RetentionReport.class);
        SchoolRights.requireAdministration(actor, school, "archiveYear", "in school " + schoolId);
        Instant yearClosed = yearClosed(school);
        Instant now = log.now();
        if (now.isBefore(yearClosed)) {
            throw new JournalException(ErrorCode.VALIDATION, "archiveYear: the year's accounting of school " + schoolId
                    + " closes at " + yearClosed + ", after its last day (ARC-3); now is " + now);
        }
        BackupManifest manifest = archive.backup(schoolId, target);
        List<SummarySheet> sheets = school.structure().classes().keySet().stream()
                .map(classCode -> reports.summarySheet(actor, schoolId, classCode, yearClosed)).toList();
        schools.execute(actor, new RetentionCommand.Record(schoolId, state -> Disposal.archived(state, manifest, sheets)));
        archive.checkpoint(schoolId);
        List<String> archived = manifest.streams().stream().map(BackupManifest.StreamEntry::streamId)
                .filter(stream -> JournalKey.ofStream(schoolId, stream).isPresent()).toList();
        return new RetentionReport(schoolId, archived, Map.of(), disposalFrom(school));
    }

    /**
     * Purges the school's journals whose retention has ended (ARC-1), each only if an archive
     * holds it exactly as it is and its class's summary sheet is archived (ARC-3); records each
     * purge in the school's log first. The others are kept, with the reason.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor is not the
     *     administration (ACC-4)
     */
    public RetentionReport purgeJournals(Actor actor, String schoolId) {
        SchoolState school = states.registeredFor(actor, "purgeJournals", schoolId, RetentionReport.class);
        SchoolRights.requireAdministration(actor, school, "purgeJournals", "in school " + schoolId);
        Instant disposalFrom = disposalFrom(school);
        EventStore store = log.store();
        List<String> purged = new ArrayList<>();
        Map<String, String> kept = new LinkedHashMap<>();
        for (JournalKey key : journals.all(schoolId)) {
            String stream = key.stream(schoolId);
            long version = store.version(stream);
            if (version == 0) {
                continue;
            }
            String head = store.read(stream, version, 1).get(0).event().hash();
            Optional<String> refusal = Disposal.refusal(states.state(schoolId), stream, version, head, log.now(),
                    disposalFrom);
            if (refusal.isPresent()) {
                kept.put(stream, refusal.get());
                continue;
            }
            ArchivedStream archived = ArchiveRecords.of(states.state(schoolId)).journals().get(stream);
            schools.execute(actor, new RetentionCommand.Record(schoolId, state -> List.of(new JournalPurged(archived))));
            store.purge(stream);
            journals.forget(schoolId, key);
            purged.add(stream);
        }
        return new RetentionReport(schoolId, purged, kept, disposalFrom);
    }

    /** The end of the school's academic year: 24:00 of its last day. */
    private Instant yearClosed(SchoolState school) {
        AcademicYear year = school.structure().academicYear().orElseThrow(() -> new JournalException(
                ErrorCode.VALIDATION, "school " + school.schoolId() + " has no academic year set (YR-1)"));
        return states.rules(school).calendar().endOfDay(year.lastDay());
    }

    /** The first instant the year's journals may be disposed of (ARC-1). */
    private Instant disposalFrom(SchoolState school) {
        LocalDate closedOn = school.structure().academicYear().orElseThrow().lastDay();
        return states.rules(school).limit(new Entry.JournalDisposal(closedOn)).opensAt().orElseThrow();
    }
}
