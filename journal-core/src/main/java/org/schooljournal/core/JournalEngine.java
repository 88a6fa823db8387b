package org.schooljournal.core;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.AccessPolicy;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.archive.Backup;
import org.schooljournal.core.archive.BackupManifest;
import org.schooljournal.core.archive.IntegrityCheck;
import org.schooljournal.core.archive.IntegrityReport;
import org.schooljournal.core.archive.Restore;
import org.schooljournal.core.log.ChainReport;
import org.schooljournal.core.log.ChainVerifier;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.diary.Diary;
import org.schooljournal.core.diary.DiaryEvent;
import org.schooljournal.core.diary.DiaryExtract;
import org.schooljournal.core.diary.DiaryState;
import org.schooljournal.core.diary.DiaryViewReceipt;
import org.schooljournal.core.diary.Receipt;
import org.schooljournal.core.diary.SentNote;
import org.schooljournal.core.journal.Copies;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.AttendanceReport;
import org.schooljournal.core.journal.DispatchReport;
import org.schooljournal.core.journal.Journal;
import org.schooljournal.core.journal.JournalAccess;
import org.schooljournal.core.journal.JournalCommand;
import org.schooljournal.core.journal.JournalContext;
import org.schooljournal.core.journal.JournalEvent;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.NotificationQueued;
import org.schooljournal.core.journal.SummarySheet;
import org.schooljournal.core.log.EventCodec;
import org.schooljournal.core.log.FoldedStreams;
import org.schooljournal.core.log.FoldedStreams.Snapshot;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.notification.ConfirmEmail;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.SetContactEmail;
import org.schooljournal.core.retention.ArchivedStream;
import org.schooljournal.core.retention.JournalPurged;
import org.schooljournal.core.retention.Retention;
import org.schooljournal.core.retention.RetentionReport;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.validation.CommandValidator;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.TechnicalFailure;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.ruleset.RuleSet;
import org.schooljournal.rules.ruleset.RuleSets;
import org.schooljournal.spi.Bootstrap;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.notify.Notifier;
import org.schooljournal.spi.storage.ConcurrencyConflictException;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.spi.storage.EventStoreProvider;

/**
 * The engine a vendor embeds: it executes commands as an actor and answers with the school's
 * state. Each command is validated (Hibernate Validator), its actor's right checked, its events
 * decided, hash-chained and appended to the school's stream under the version it was decided on;
 * a conflict with a concurrent command is retried on the fresh state, and reported as CONFLICT
 * after {@link #MAX_ATTEMPTS}. Bad input and denied access change nothing.
 *
 * <pre>{@code
 * JournalEngine engine = JournalEngine.builder().clock(Clock.systemUTC()).build();  // discovers the store
 * engine.execute(Actor.of("admin-1"), new RegisterSchool("86-001", "МБОУ СОШ № 1", SchoolCalendar.YUGRA));
 * SchoolState school = engine.school("86-001");
 * }</pre>
 *
 * <p>Each school is one stream, {@code school-<id>}; schools never block each other. Times of
 * recording are kept to the microsecond, which every store keeps exactly. Closing the engine
 * closes the store it discovered, not one it was given. This class is thread-safe.
 */
public final class JournalEngine implements AutoCloseable {

    /** The actor that records the outcomes of notifications (ATT-5). */
    public static final String NOTIFIER = "system:notifier";

    /** How many times a notification is tried before it fails for good. */
    public static final int MAX_DELIVERY_ATTEMPTS = 12;

    /** How long an e-mail confirmation link is accepted (NTF-1). */
    public static final Duration EMAIL_LINK_VALIDITY = Duration.ofDays(3);

    private static final SecureRandom TOKENS = new SecureRandom();

    /** How many times a command is decided again after a concurrent change of its stream. */
    public static final int MAX_ATTEMPTS = 8;

    private final EventStore store;
    private final boolean ownsStore;
    private final Clock clock;
    private final RuleSet ruleSet;
    private final CommandValidator validator = new CommandValidator();
    private final FoldedStreams<SchoolState, SchoolEvent> schools;
    private final FoldedStreams<JournalState, JournalEvent> journals;
    private final StudentDiaries diaries;
    private final Dispatch dispatch;
    private final Map<String, SchoolRulesOf> rules = new ConcurrentHashMap<>();
    private final Map<String, Lock> streamLocks = new ConcurrentHashMap<>();

    /** A school's rules, for the state they were made from. */
    private record SchoolRulesOf(SchoolState state, SchoolRules rules) {
    }

    private JournalEngine(Builder builder) {
        this.store = builder.store;
        this.ownsStore = builder.ownsStore;
        this.clock = builder.clock;
        this.ruleSet = builder.ruleSet;
        EventCodec codec = new EventCodec(builder.eventTypes);
        this.schools = new FoldedStreams<>(store, codec, SchoolEvent.class, (state, event) -> event.applyTo(state));
        this.journals = new FoldedStreams<>(store, codec, JournalEvent.class, (state, event) -> event.applyTo(state));
        this.diaries = new StudentDiaries(journals,
                new FoldedStreams<>(store, codec, DiaryEvent.class, (state, event) -> event.applyTo(state)), this::lockOf,
                this::now);
        this.dispatch = new Dispatch(this, store, journals, diaries, this::now, builder.dispatchRescan);
    }

    /** Starts an engine. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the stream of a school; see {@link SchoolStreams}. */
    public static String streamOf(String schoolId) {
        return SchoolStreams.of(schoolId);
    }

    /**
     * Executes a command as the actor.
     *
     * @return the envelopes appended; empty when the command changed nothing
     * @throws org.schooljournal.core.validation.InvalidCommandException if the command is invalid
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor lacks the right
     * @throws JournalException NOT_FOUND if the school or what the command refers to does not exist,
     *     CONFLICT if concurrent commands kept changing the school
     */
    public List<EventEnvelope> execute(Actor actor, SchoolCommand command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        validator.validate(command);
        String schoolId = command.schoolId();
        Lock lock = lockOf(streamOf(schoolId));
        lock.lock();
        try {
            return executeLocked(actor, command, schoolId);
        } finally {
            lock.unlock();
        }
    }

    private List<EventEnvelope> executeLocked(Actor actor, SchoolCommand command, String schoolId) {
        for (int attempt = 1; ; attempt++) {
            Snapshot<SchoolState> snapshot = schools.load(streamOf(schoolId), SchoolState.empty(schoolId));
            if (!snapshot.state().registered() && command.permission().isPresent()) {
                throw new JournalException(ErrorCode.NOT_FOUND, command.getClass().getSimpleName()
                        + ": school " + schoolId + " is not registered");
            }
            AccessPolicy.require(actor, command, snapshot.state());
            CommandContext context = new CommandContext(actor, now(), ruleSet);
            List<SchoolEvent> events = command.decide(snapshot.state(), context);
            if (events.isEmpty()) {
                return List.of();
            }
            try {
                return schools.append(streamOf(schoolId), snapshot, events, actor.personId(), context.now());
            } catch (ConcurrencyConflictException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw conflict(command, streamOf(schoolId), e);
                }
            }
        }
    }

    /**
     * Executes a command to a journal as the actor: validated, decided on the school's current
     * state and the journal's (its access and lock checks included), and appended to the journal's
     * own stream, so that commands to different journals never wait for each other.
     *
     * @return the envelopes appended; empty when the command changed nothing
     * @throws org.schooljournal.core.validation.InvalidCommandException if the command is invalid
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor may not
     * @throws JournalException NOT_FOUND if the school or what the command refers to does not exist,
     *     LOCKED if the period is closed (MRK-9), OUT_OF_TIME if a rule refuses the entry's time,
     *     CONFLICT if concurrent commands kept changing the journal
     */
    public List<EventEnvelope> execute(Actor actor, JournalCommand command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        validator.validate(command);
        String schoolId = command.schoolId();
        String stream = command.journal().stream(schoolId);
        Lock lock = lockOf(stream);
        lock.lock();
        try {
            return executeLocked(actor, command, schoolId, stream);
        } finally {
            lock.unlock();
        }
    }

    private List<EventEnvelope> executeLocked(Actor actor, JournalCommand command, String schoolId, String stream) {
        for (int attempt = 1; ; attempt++) {
            SchoolState school = registeredSchool(schoolId, command);
            Snapshot<JournalState> snapshot = journals.load(stream, JournalState.empty(command.journal()));
            JournalContext context = new JournalContext(actor, now(), school, () -> rulesOf(school));
            List<JournalEvent> events = command.decide(context, snapshot.state());
            if (events.isEmpty()) {
                return List.of();
            }
            try {
                List<EventEnvelope> appended = journals.append(stream, snapshot, events, actor.personId(), context.now());
                if (events.stream().anyMatch(NotificationQueued.class::isInstance)) {
                    dispatch.queued(schoolId, stream);
                }
                return appended;
            } catch (ConcurrencyConflictException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw conflict(command, stream, e);
                }
            }
        }
    }

    /**
     * Returns a journal as the reader may see it (ACC-2, ACC-3): its entries with their histories,
     * its page, lateness and completeness.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader may not read it
     * @throws JournalException NOT_FOUND if the school, class, group or subject does not exist
     */
    public Journal journal(Actor reader, String schoolId, JournalKey key) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = registeredSchool(schoolId, Journal.class);
        JournalScope scope = JournalScope.of(school, key, Journal.class);
        JournalState state = journals.load(key.stream(schoolId), JournalState.empty(key)).state();
        JournalAccess.requireRead(reader, school, scope, state);
        return new Journal(scope, state, rulesOf(school).calendar());
    }

    /** Returns the journal's state rebuilt from its stream alone, ignoring what the engine holds. */
    public JournalState rebuildJournal(String schoolId, JournalKey key) {
        return journals.rebuild(key.stream(schoolId), JournalState.empty(key));
    }

    /**
     * Returns a student's diary from one date to another, both included (DRY-1, DRY-3): read from
     * the journals of the student's classes and individual curriculum as they are now. A guardian's
     * opening is registered in the student's diary stream with the remarks and messages it showed
     * (DRY-5); only guardians see the messages to guardians (DRY-6).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException unless the reader is the student
     *     or one of their guardians (DRY-2, PD-2)
     * @throws JournalException NOT_FOUND if the student is unknown, VALIDATION if the dates are reversed
     */
    public Diary diary(Actor reader, String schoolId, String studentId, LocalDate from, LocalDate to) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = registeredSchool(schoolId, Diary.class);
        Student student = studentOf(school, studentId, Diary.class);
        boolean own = reader.personId().equals(studentId) && school.rolesOf(studentId).contains(Role.STUDENT);
        boolean guardian = school.rolesOf(reader.personId()).contains(Role.GUARDIAN)
                && school.roster().represents(reader.personId(), studentId);
        if (!(own || guardian)) {
            throw new AccessDeniedException(reader, "read", Permission.READ_DIARY, "the diary of student " + studentId
                    + " of school " + schoolId + " (the student and their guardians read it)");
        }
        requireOrdered(from, to, Diary.class);
        Diary diary = Diary.of(school, student, diaries.journalsOf(school, studentId, from, to), rulesOf(school).calendar(),
                from, to, guardian);
        if (guardian) {
            diaries.append(schoolId, studentId, reader.personId(), state -> List.of(new DiaryViewReceipt(reader.personId(),
                    from, to, now(), diary.remarksAndMessages().stream()
                            .filter(ref -> state.readAt(ref, reader.personId()).isEmpty()).toList())));
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
        SchoolState school = registeredSchool(schoolId, DiaryExtract.class);
        Student student = studentOf(school, studentId, DiaryExtract.class);
        requireOrdered(from, to, DiaryExtract.class);
        String classCode = school.roster().classOf(studentId, to).or(() -> school.roster().currentClassOf(studentId))
                .orElse("—");
        boolean guardian = school.rolesOf(reader.personId()).contains(Role.GUARDIAN)
                && school.roster().represents(reader.personId(), studentId);
        if (!guardian) {
            JournalAccess.requireClassReader(reader, school, classCode, "the diary extract of student " + studentId);
        }
        Diary diary = Diary.of(school, student, diaries.journalsOf(school, studentId, from, to), rulesOf(school).calendar(),
                from, to, true);
        return DiaryExtract.of(diary, school.profile().orElseThrow().name(), classCode, now(),
                school.profile().orElseThrow().zone());
    }

    /**
     * Returns the remarks and messages to guardians the reader wrote (their «sent») or got a copy
     * of (DRY-6), oldest first, each with whether each guardian of the student has read it (DRY-5).
     */
    public List<SentNote> sent(Actor reader, String schoolId) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = registeredSchool(schoolId, SentNote.class);
        List<SentNote> sent = new ArrayList<>();
        for (String stream : store.streamIds(SchoolStreams.journalPrefix(schoolId))) {
            Optional<JournalKey> key = JournalKey.ofStream(schoolId, stream);
            if (key.isEmpty()) {
                continue;
            }
            JournalState journal = journals.load(stream, JournalState.empty(key.get())).state();
            for (JournalEntry entry : journal.entries(e -> (e.kind() == EntryKind.REMARK
                    || e.kind() == EntryKind.GUARDIAN_MESSAGE) && (e.original().author().equals(reader.personId())
                            || Copies.receiversOf(e).contains(reader.personId())))) {
                String studentId = entry.studentId().orElseThrow();
                EntryRef ref = new EntryRef(key.get(), entry.number());
                DiaryState diary = diaries.state(schoolId, studentId);
                List<Receipt> receipts = school.roster().guardiansOf(studentId).stream()
                        .map(g -> new Receipt(g.personId(), g.fullName(), diary.readAt(ref, g.personId()))).toList();
                sent.add(new SentNote(ref, entry.kind(), studentId, entry.original().author(),
                        entry.original().recordedAt(), entry.current().value(), Copies.receiversOf(entry), receipts));
            }
        }
        sent.sort(java.util.Comparator.comparing(SentNote::writtenAt));
        return sent;
    }

    /** Returns what a student's diary stream holds: openings, read receipts and digests (DRY-5, NTF-3). */
    public DiaryState diaryLog(String schoolId, String studentId) {
        return diaries.state(schoolId, studentId);
    }

    private static Student studentOf(SchoolState school, String studentId, Class<?> asking) {
        return school.roster().student(studentId).orElseThrow(() -> NotFoundException.of(asking, "studentId", studentId,
                "is not a student of school " + school.schoolId()));
    }

    private static void requireOrdered(LocalDate from, LocalDate to, Class<?> asking) {
        if (to.isBefore(from)) {
            throw InvalidCommandException.of(asking, "to", to, "is before from, " + from);
        }
    }

    /**
     * Returns the lessons and days the students of a class missed from one date to another, both
     * included: a month, a period, the year (ATT-3).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the
     *     administration nor the class's homeroom teacher
     */
    public AttendanceReport attendance(Actor reader, String schoolId, String classCode, LocalDate from, LocalDate to) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = registeredSchool(schoolId, AttendanceReport.class);
        if (school.structure().schoolClass(classCode).isEmpty()) {
            throw NotFoundException.of(AttendanceReport.class, "classCode", classCode, "is not a class of school "
                    + schoolId);
        }
        JournalAccess.requireClassReader(reader, school, classCode, "the attendance report");
        return AttendanceReport.of(school, classCode, journalsOf(school, classCode), rulesOf(school).calendar(), from, to);
    }

    /**
     * Returns the summary sheet of a class (MRK-12): every student's period and year marks in
     * every subject, read from the journals as they are now.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the
     *     administration nor the class's homeroom teacher
     */
    public SummarySheet summarySheet(Actor reader, String schoolId, String classCode) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = registeredSchool(schoolId, SummarySheet.class);
        return SummarySheet.of(reader, school, classCode, journalsOf(school, classCode), now());
    }

    private Map<JournalKey, JournalState> journalsOf(SchoolState school, String classCode) {
        Map<JournalKey, JournalState> classJournals = new LinkedHashMap<>();
        for (JournalKey key : SummarySheet.journalsOf(school, classCode)) {
            classJournals.put(key, journals.load(key.stream(school.schoolId()), JournalState.empty(key)).state());
        }
        return classJournals;
    }

    /** Returns the school's current state, with every event stored so far applied. */
    public SchoolState school(String schoolId) {
        Objects.requireNonNull(schoolId, "schoolId");
        return schools.load(streamOf(schoolId), SchoolState.empty(schoolId)).state();
    }

    /** Returns the school's state rebuilt from its stream alone, ignoring what the engine holds. */
    public SchoolState rebuild(String schoolId) {
        return schools.rebuild(streamOf(schoolId), SchoolState.empty(schoolId));
    }

    /**
     * Walks the hash chain of the school's own stream and names the first envelope that does not
     * verify (ARC-4); {@link #integrity} checks its journals' chains too.
     */
    public ChainReport verify(String schoolId) {
        return new ChainVerifier(store).verify(streamOf(schoolId));
    }

    /**
     * Checks the school's whole log, its own stream and every journal's (ARC-4, ARC-6): per
     * stream the count, the head hash, and the first envelope that does not verify, if any.
     *
     * @throws JournalException NOT_FOUND if the school has no log
     */
    public IntegrityReport integrity(String schoolId) {
        return IntegrityCheck.of(store).school(schoolId);
    }

    /**
     * Exports the school's whole log, its journals included, to one portable file on any path,
     * external media included (ARC-5; format in docs/backup-format.md).
     *
     * @throws JournalException INTEGRITY if the chain does not verify, VALIDATION if the target exists
     */
    public BackupManifest backup(String schoolId, Path target) {
        return Backup.export(store, schoolId, target, clock);
    }

    /**
     * Imports a backup into the store, where no stream of the school may hold events; the whole
     * file is checked before anything is appended (ARC-5).
     *
     * @throws JournalException INTEGRITY if the file is truncated or altered, CONFLICT if a stream
     *     of the school holds events
     */
    public IntegrityReport restore(Path source) {
        return Restore.into(store, source);
    }

    /**
     * Archives the school's closed year (ARC-1…ARC-3, ARC-5): writes its whole log, journals
     * included, to a backup file on any path, and records in the school's log the journals' streams
     * as the file holds them and each class's summary sheet as the year's accounting closed — kept
     * there for its 25 years, after the journals are purged.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor is not the
     *     administration
     * @throws JournalException VALIDATION if the year has not ended, or the target exists;
     *     INTEGRITY if a chain does not verify
     */
    public RetentionReport archiveYear(Actor actor, String schoolId, Path target) {
        SchoolState school = registeredSchool(schoolId, RetentionReport.class);
        requireAdministration(actor, school, "archiveYear");
        Instant yearClosed = yearClosed(school);
        if (now().isBefore(yearClosed)) {
            throw new JournalException(ErrorCode.VALIDATION, "archiveYear: the year's accounting of school " + schoolId
                    + " closes at " + yearClosed + ", after its last day (ARC-3); now is " + now());
        }
        BackupManifest manifest = backup(schoolId, target);
        List<SummarySheet> sheets = school.structure().classes().keySet().stream()
                .map(classCode -> SummarySheet.of(actor, school, classCode, journalsOf(school, classCode), yearClosed))
                .toList();
        execute(actor, new Recorded(schoolId, state -> Retention.archived(state, manifest, sheets)));
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
     *     administration
     */
    public RetentionReport purgeJournals(Actor actor, String schoolId) {
        SchoolState school = registeredSchool(schoolId, RetentionReport.class);
        requireAdministration(actor, school, "purgeJournals");
        Instant disposalFrom = disposalFrom(school);
        List<String> purged = new ArrayList<>();
        Map<String, String> kept = new LinkedHashMap<>();
        for (String stream : store.streamIds(SchoolStreams.journalPrefix(schoolId))) {
            long version = store.version(stream);
            if (version == 0 || JournalKey.ofStream(schoolId, stream).isEmpty()) {
                continue;
            }
            String head = store.read(stream, version, 1).get(0).event().hash();
            Optional<String> refusal = Retention.refusal(school(schoolId), stream, version, head, now(), disposalFrom);
            if (refusal.isPresent()) {
                kept.put(stream, refusal.get());
                continue;
            }
            ArchivedStream archived = school(schoolId).archive().journals().get(stream);
            execute(actor, new Recorded(schoolId, state -> List.of(new JournalPurged(archived))));
            store.purge(stream);
            journals.forget(stream);
            purged.add(stream);
        }
        return new RetentionReport(schoolId, purged, kept, disposalFrom);
    }

    /**
     * Gives a guardian's e-mail address (NTF-4) and returns the single-use token of its
     * confirmation link, valid for {@link #EMAIL_LINK_VALIDITY} (NTF-1): the log keeps only the
     * token's SHA-256; the caller sends the link and the guardian confirms with
     * {@link ConfirmEmail}.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor may not act for the guardian
     */
    public String setContactEmail(Actor actor, String schoolId, String guardianId, String email, DocumentForm source) {
        byte[] random = new byte[32];
        TOKENS.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        execute(actor, new SetContactEmail(schoolId, guardianId, email, source, ConfirmEmail.sha256(token),
                now().plus(EMAIL_LINK_VALIDITY)));
        return token;
    }

    /**
     * Sends the school's due notifications through a channel: first queues the digests due to
     * guardians with a daily or weekly schedule (NTF-3) in their children's diary streams, then
     * tries each pending item of every outbox, the journals' (ATT-5, DRY-6) and the diaries', whose
     * time has come, once; its outcome is recorded in the log by the actor {@value #NOTIFIER}. An
     * item whose guardian may no longer be e-mailed at its address (consent withdrawn, address
     * changed or switched off: NTF-1, NTF-2, NTF-5) fails for good without being sent. A retry
     * waits 1 minute, doubling to at most an hour; after {@value #MAX_DELIVERY_ATTEMPTS} attempts
     * the item fails for good. Each notification carries its idempotency key: a crash between
     * sending and recording sends it again with the same key, which the channel passes on (an
     * e-mail's Message-ID). A dispatch reads only the streams with pending items that this engine
     * knows of; every {@link Builder#dispatchRescan} it reads all of the school's streams, to find
     * what another engine over the same store queued and did not send.
     *
     * @return what was sent, deferred and given up
     */
    public DispatchReport dispatch(String schoolId, Notifier notifier) {
        Objects.requireNonNull(notifier, "notifier");
        return dispatch.run(registeredSchool(schoolId, DispatchReport.class), notifier);
    }

    /** Closes the store if the engine discovered it. */
    @Override
    public void close() {
        if (ownsStore) {
            store.close();
        }
    }

    /** Returns the rule set. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Returns the engine's clock. */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns the lock of a stream: commands to one stream in this engine decide and append one at
     * a time, as they would conflict otherwise; commands to different streams never wait for each
     * other. Conflicts with other engines over the same store are still retried.
     */
    private Lock lockOf(String stream) {
        return streamLocks.computeIfAbsent(stream, s -> new ReentrantLock());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private SchoolState registeredSchool(String schoolId, Object asking) {
        SchoolState school = school(schoolId);
        if (!school.registered()) {
            String name = asking instanceof Class<?> type ? type.getSimpleName() : asking.getClass().getSimpleName();
            throw new JournalException(ErrorCode.NOT_FOUND, name + ": school " + schoolId + " is not registered");
        }
        return school;
    }

    /** Returns the school's rules for its state: its calendar, the rule set and its declared failures. */
    private SchoolRules rulesOf(SchoolState school) {
        SchoolRulesOf known = rules.get(school.schoolId());
        if (known != null && known.state() == school) {
            return known.rules();
        }
        SchoolCalendar calendar = school.structure().calendar(school.profile().orElseThrow().zone())
                .orElseThrow(() -> new JournalException(ErrorCode.VALIDATION, "school " + school.schoolId()
                        + " has no academic year set (YR-1), so no deadline can be computed"));
        SchoolRules schoolRules = SchoolRules.of(ruleSet, calendar);
        for (TechnicalFailure failure : school.structure().failures()) {
            schoolRules = schoolRules.withFailure(failure);
        }
        rules.put(school.schoolId(), new SchoolRulesOf(school, schoolRules));
        return schoolRules;
    }

    /** The end of the school's academic year: 24:00 of its last day. */
    private Instant yearClosed(SchoolState school) {
        AcademicYear year = school.structure().academicYear().orElseThrow(() -> new JournalException(
                ErrorCode.VALIDATION, "school " + school.schoolId() + " has no academic year set (YR-1)"));
        return rulesOf(school).calendar().endOfDay(year.lastDay());
    }

    /** The first instant the year's journals may be disposed of (ARC-1). */
    private Instant disposalFrom(SchoolState school) {
        LocalDate closedOn = school.structure().academicYear().orElseThrow().lastDay();
        return rulesOf(school).limit(new Entry.JournalDisposal(closedOn)).opensAt().orElseThrow();
    }

    private static void requireAdministration(Actor actor, SchoolState school, String action) {
        if (!JournalAccess.administers(actor, school)) {
            throw new AccessDeniedException(actor, action, Permission.ADMINISTER_JOURNALS, "in school " + school.schoolId());
        }
    }

    /**
     * A school command the engine makes itself, to record what it did outside the log (an archive
     * file, a purge) through the same path as every other command.
     */
    private record Recorded(String schoolId, Function<SchoolState, List<SchoolEvent>> events) implements SchoolCommand {

        @Override
        public Optional<Permission> permission() {
            return Optional.of(Permission.ADMINISTER_JOURNALS);
        }

        @Override
        public List<SchoolEvent> decide(SchoolState state, CommandContext context) {
            return events.apply(state);
        }
    }

    private static JournalException conflict(Object command, String stream, ConcurrencyConflictException cause) {
        return new JournalException(ErrorCode.CONFLICT, command.getClass().getSimpleName() + " on " + stream
                + " met a concurrent change " + MAX_ATTEMPTS + " times", cause);
    }

    /**
     * Builds a {@link JournalEngine}. Not thread-safe.
     */
    public static final class Builder {

        private EventStore store;
        private boolean ownsStore;
        private Optional<String> storageProvider = Optional.empty();
        private Map<String, String> storageSettings = Map.of();
        private Clock clock;
        private RuleSet ruleSet = RuleSets.yugra2020();
        private Duration dispatchRescan = Dispatch.RESCAN;
        private final List<Class<?>> eventTypes = new ArrayList<>(EventTypes.ALL);

        private Builder() {
        }

        /** Uses this store; otherwise a provider is discovered (the in-memory store by default). */
        public Builder eventStore(EventStore eventStore) {
            this.store = Objects.requireNonNull(eventStore, "eventStore");
            return this;
        }

        /** Chooses the storage provider by id, with its settings, instead of the discovered one. */
        public Builder storageProvider(String id, Map<String, String> settings) {
            this.storageProvider = Optional.of(Objects.requireNonNull(id, "id"));
            this.storageSettings = Map.copyOf(settings);
            return this;
        }

        /**
         * Uses this clock for the time of recording; required, since the engine never reads the
         * system clock by itself (pass {@code Clock.systemUTC()} in production, a fixed or moving
         * clock in tests).
         */
        public Builder clock(Clock engineClock) {
            this.clock = Objects.requireNonNull(engineClock, "engineClock");
            return this;
        }

        /** Uses this rule set; Yugra's 2020 set otherwise. */
        public Builder ruleSet(RuleSet rules) {
            this.ruleSet = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Sets how often {@link JournalEngine#dispatch} reads every stream of a school for pending
         * notifications (10 minutes by default; zero: at every dispatch). In between it sends what
         * this engine queued, so an item another engine over the same store queued and did not
         * send waits for the next full reading: run the dispatch on every engine that records.
         *
         * @throws IllegalArgumentException if negative
         */
        public Builder dispatchRescan(Duration interval) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("dispatchRescan must not be negative, was " + interval);
            }
            this.dispatchRescan = interval;
            return this;
        }

        /** Registers more event types, for extensions of the domain. */
        public Builder eventTypes(Collection<Class<? extends SchoolEvent>> types) {
            eventTypes.addAll(types);
            return this;
        }

        /**
         * Builds the engine, discovering the store if none was given.
         *
         * @throws JournalException CONFIGURATION if no storage provider is found
         * @throws IllegalStateException if no clock was given
         */
        public JournalEngine build() {
            if (clock == null) {
                throw new IllegalStateException("a clock is required: the engine never reads the system clock;"
                        + " pass Clock.systemUTC() in production");
            }
            if (store == null) {
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                store = Bootstrap.find(EventStoreProvider.PORT, EventStoreProvider.class, storageProvider, loader)
                        .create(storageSettings);
                ownsStore = true;
            }
            return new JournalEngine(this);
        }
    }
}
