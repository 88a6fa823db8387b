package org.schooljournal.core.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.DiaryRights;
import org.schooljournal.core.compromise.Invalidation;
import org.schooljournal.core.compromise.InvalidationSources;
import org.schooljournal.core.journal.Copies;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.JournalStates;
import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.log.FoldedStreams;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.log.StreamWriter;
import org.schooljournal.core.notification.Outboxes;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.SchoolStates;
import org.schooljournal.core.validation.Dates;
import org.schooljournal.core.validation.NotFoundException;

/**
 * The diaries facet of the engine (электронный дневник): a student's diary read live from the
 * journals of their classes and individual curriculum (DRY-1…DRY-3), its paper extract (DRY-4),
 * a teacher's «sent» remarks and messages with their read receipts (DRY-5, DRY-6), and what each
 * student's diary stream holds — the guardians' openings and digests. Each student has a diary
 * stream, {@code school-<id>/diary/<student>}; a guardian's opening of the diary is recorded
 * there, and is a read receipt unless the guardian keeps the student's class list
 * ({@link DiaryRights#countsAsReceipt}).
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.diaries()}.
 */
public final class Diaries {

    private final Log log;
    private final SchoolStates schools;
    private final JournalStates journals;
    private final DiaryStates states;
    private final FoldedStreams<DiaryState, DiaryEvent> streams;

    /** Creates the facet and registers the diaries' outbox, with its digests, with the engine's outboxes. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Diaries(Log log, SchoolStates schools, JournalStates journals, DiaryStates diaries, Outboxes outboxes,
            InvalidationSources compromises) {
        this.log = Objects.requireNonNull(log, "log");
        this.schools = Objects.requireNonNull(schools, "schools");
        this.journals = Objects.requireNonNull(journals, "journals");
        this.states = Objects.requireNonNull(diaries, "diaries");
        this.streams = diaries.streams();
        outboxes.register(new DiaryOutbox(log, streams, this));
        compromises.register(new DiaryInvalidation(log, this, journals));
    }

    /** Returns the event family of a student's diary stream. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public static EventFamily<?, ?> eventFamily() {
        return DiaryEvent.FAMILY;
    }

    /**
     * Returns a student's diary from one date to another, both included (DRY-1, DRY-3): read from
     * the journals of the student's classes and individual curriculum as they are now. A
     * guardian's opening is registered in the student's diary stream with the remarks and
     * messages it showed (DRY-5); only guardians see the messages to guardians (DRY-6).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException unless the reader is the student
     *     or one of their guardians (DRY-2, PD-2), or if the reader's account is blocked (PD-4)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the student is unknown,
     *     VALIDATION if the dates are reversed, outside the dates the journal keeps or more than
     *     {@value Dates#MAX_READ_DAYS} days apart ({@link Dates})
     */
    public Diary read(Actor reader, String schoolId, String studentId, LocalDate from, LocalDate to) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, Diary.class);
        Student student = studentOf(school, studentId, Diary.class);
        Roster roster = Roster.of(school);
        DiaryRights.requireReader(reader, school, roster, studentId);
        boolean guardian = DiaryRights.readsAsGuardian(reader, school, roster, studentId);
        Dates.requireReadRange(Diary.class, from, to);
        Diary diary = Diary.of(school, student, journalsOf(school, studentId, from, to), schools.rules(school).calendar(),
                from, to, guardian);
        if (DiaryRights.countsAsReceipt(reader, school, roster, studentId, currentClass(school, studentId))) {
            Invalidation invalidation = Invalidation.of(school);
            append(schoolId, studentId, reader.personId(), (state, now) -> List.of(new DiaryViewReceipt(reader.personId(),
                    from, to, log.now(), diary.remarksAndMessages().stream()
                            .filter(ref -> readAt(state, ref, reader.personId(), invalidation).isEmpty()).toList())));
        }
        return diary;
    }

    /**
     * Returns a paper extract of a student's diary from one date to another (DRY-4), for a
     * guardian without internet or who refused electronic delivery, or a weekly printout on
     * request: the diary as a guardian sees it, as a printable document in Russian.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException unless the reader is one of the
     *     student's guardians, the homeroom teacher of the student's class or the administration
     */
    public DiaryExtract extract(Actor reader, String schoolId, String studentId, LocalDate from, LocalDate to) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, DiaryExtract.class);
        Student student = studentOf(school, studentId, DiaryExtract.class);
        Dates.requireReadRange(DiaryExtract.class, from, to);
        Roster roster = Roster.of(school);
        String classCode = roster.classOf(studentId, to).or(() -> roster.currentClassOf(studentId)).orElse("—");
        DiaryRights.requireExtractReader(reader, school, roster, studentId, classCode);
        Diary diary = Diary.of(school, student, journalsOf(school, studentId, from, to), schools.rules(school).calendar(),
                from, to, true);
        return DiaryExtract.of(diary, school.profile().orElseThrow().name(), classCode, log.now(),
                school.profile().orElseThrow().zone());
    }

    /**
     * Returns the remarks and messages to guardians the reader wrote (their «sent») or got a copy
     * of (DRY-6), oldest first, each with whether each guardian of the student has read it (DRY-5):
     * neither a remark nor a reading made through a compromised account after the head and support
     * were informed counts (PD-4).
     *
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     */
    public List<SentNote> sent(Actor reader, String schoolId) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, SentNote.class);
        Invalidation invalidation = Invalidation.of(school);
        List<SentNote> sent = new ArrayList<>();
        for (JournalKey key : journals.all(schoolId)) {
            JournalState journal = journals.markedState(school, key);
            for (JournalEntry entry : journal.entries(e -> (e.kind() == EntryKind.REMARK
                    || e.kind() == EntryKind.GUARDIAN_MESSAGE) && e.original().valid()
                    && (e.original().author().equals(reader.personId())
                            || Copies.receiversOf(e).contains(reader.personId())))) {
                String studentId = entry.studentId().orElseThrow();
                EntryRef ref = new EntryRef(key, entry.number());
                DiaryState diary = stream(schoolId, studentId);
                List<ReadReceipt> receipts = Roster.of(school).guardiansOf(studentId).stream()
                        .map(g -> new ReadReceipt(g.personId(), g.fullName(), readAt(diary, ref, g.personId(),
                                invalidation))).toList();
                sent.add(new SentNote(ref, entry.kind(), studentId, entry.original().author(),
                        entry.original().recordedAt(), entry.current().value(), Copies.receiversOf(entry), receipts));
            }
        }
        sent.sort(Comparator.comparing(SentNote::writtenAt));
        return sent;
    }

    /**
     * Returns what a student's diary stream holds — the guardians' openings with their read
     * receipts and the digests sent to them (DRY-5, NTF-3, REP-7) — to a reader who may have the
     * student's paper extract: their guardians, the homeroom teacher of their class, the
     * administration (DRY-4, PD-2).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader may not
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the student is unknown
     */
    public DiaryState log(Actor reader, String schoolId, String studentId) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, DiaryState.class);
        studentOf(school, studentId, DiaryState.class);
        DiaryRights.requireExtractReader(reader, school, Roster.of(school), studentId, currentClass(school, studentId));
        return stream(schoolId, studentId);
    }

    /** Returns what a student's diary stream holds; no reader is checked. */
    DiaryState stream(String schoolId, String studentId) {
        return states.state(schoolId, studentId);
    }

    /** Returns the student's class today in the school's zone, or their last one; "—" if none. */
    private String currentClass(SchoolState school, String studentId) {
        Roster roster = Roster.of(school);
        LocalDate today = log.now().atZone(school.profile().orElseThrow().zone()).toLocalDate();
        return roster.classOf(studentId, today).or(() -> roster.currentClassOf(studentId)).orElse("—");
    }

    /**
     * Returns the journals a student may be in from one date to another, with their states: their
     * classes' and their own groups'.
     */
    Map<JournalKey, JournalState> journalsOf(SchoolState school, String studentId, LocalDate from, LocalDate to) {
        Set<String> holders = new LinkedHashSet<>();
        Roster roster = Roster.of(school);
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            roster.classOf(studentId, date).ifPresent(holders::add);
        }
        Programme.of(school).groups().values().stream()
                .filter(group -> group.studentId().equals(Optional.of(studentId))).forEach(group -> holders.add(group.code()));
        Map<JournalKey, JournalState> studentJournals = new LinkedHashMap<>();
        for (String holder : holders) {
            studentJournals.putAll(journals.statesOf(school, holder));
        }
        return studentJournals;
    }

    /**
     * Appends to a student's diary stream what the decision makes of its state, by the one loop.
     *
     * @return whether anything was appended
     */
    boolean append(String schoolId, String studentId, String actorId, StreamWriter.Decision<DiaryState, DiaryEvent> decide) {
        return !log.writer().write(streams, SchoolStreams.diary(schoolId, studentId), DiaryState.empty(studentId), actorId,
                "the diary stream of " + studentId, decide).events().isEmpty();
    }

    private static Student studentOf(SchoolState school, String studentId, Class<?> asking) {
        return Roster.of(school).student(studentId).orElseThrow(() -> NotFoundException.of(asking, "studentId", studentId,
                "is not a student of school " + school.schoolId()));
    }

    /**
     * Returns when the guardian first read the remark or message in a valid opening of the diary:
     * one made through a compromised account after the head and support were informed does not
     * count (DRY-5, PD-4).
     */
    static Optional<Instant> readAt(DiaryState diary, EntryRef ref, String guardianId, Invalidation invalidation) {
        if (invalidation.isEmpty()) {
            return diary.readAt(ref, guardianId);
        }
        return diary.openings().stream()
                .filter(opening -> opening.guardianId().equals(guardianId) && opening.read().contains(ref)
                        && !invalidation.invalid(guardianId, opening.at()))
                .map(DiaryViewReceipt::at).findFirst();
    }
}
