package org.schooljournal.core.diary;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.compromise.Broken;
import org.schooljournal.core.compromise.Compromise;
import org.schooljournal.core.compromise.InvalidationSource;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryNotices;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.EntryText;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.JournalStates;
import org.schooljournal.core.journal.Revision;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.notification.GuardianContact;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.core.notification.Recipients;
import org.schooljournal.core.roster.Guardian;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * The diaries' part of a compromise's act (PD-4): each event of a diary stream in Russian (a
 * guardian's opening, which read receipts then ignore), and the correction notices — one per
 * report, student and guardian who may be e-mailed — to each guardian already told of an invalid
 * value, by an immediate notification that was sent or by a digest that carried it. Texts in
 * Russian from corrections.properties (UX-1).
 */
final class DiaryInvalidation implements InvalidationSource {

    /** The part of a correction notice's key that tells it from a digest's (REP-7, {@link DiaryState#correction}). */
    static final String CORRECTION_KEY = "/invalidated/";


    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Log log;
    private final Diaries diaries;
    private final JournalStates journals;

    DiaryInvalidation(Log log, Diaries diaries, JournalStates journals) {
        this.log = log;
        this.diaries = diaries;
        this.journals = journals;
    }

    /** A guardian told of a student's values. */
    private record Told(String studentId, String guardianId) {
    }

    @Override
    public boolean owns(String schoolId, String stream) {
        return SchoolStreams.diaryStudent(schoolId, stream).isPresent();
    }

    @Override
    public Description describe(SchoolState school, String stream, EventEnvelope envelope) {
        String student = SchoolStreams.diaryStudent(school.schoolId(), stream).orElseThrow();
        String studentName = Roster.of(school).student(student).map(Student::fullName).orElse(student);
        try {
            if (log.decode(envelope, DiaryEvent.class) instanceof DiaryViewReceipt opening) {
                String guardian = Roster.of(school).guardian(opening.guardianId()).map(Guardian::fullName)
                        .orElse(opening.guardianId());
                return new Description(MessageFormat.format(text("op.opened"), studentName, guardian,
                        opening.from().toString(), opening.to().toString()), true);
            }
        } catch (JournalException unreadable) {
            // listed by its type below
        }
        return new Description(MessageFormat.format(text("op.other"), studentName, envelope.event().type()), true);
    }

    @Override
    public List<String> correct(SchoolState school, Compromise compromise, Actor actor) {
        String schoolId = school.schoolId();
        Map<Told, List<String>> lines = new LinkedHashMap<>();
        Map<String, DiaryState> diaryStates = new HashMap<>();
        for (JournalKey key : journals.all(schoolId)) {
            Optional<JournalState> loaded = Broken.skipped(() -> journals.markedState(school, key));
            if (loaded.isEmpty()) {
                continue;
            }
            JournalState journal = loaded.get();
            EntryNotices notices = EntryNotices.of(schoolId, journal);
            for (JournalEntry entry : journal.entries(JournalEntry::invalidated)) {
                for (int i = 0; i < entry.revisions().size(); i++) {
                    Revision revision = entry.revisions().get(i);
                    if (revision.invalidBy().filter(report -> report == compromise.number()).isPresent()) {
                        Set<Told> told = told(school, journal.key(), notices, entry, i, diaryStates);
                        if (!told.isEmpty()) {
                            String line = line(school, key, entry, revision);
                            told.forEach(t -> lines.computeIfAbsent(t, k -> new ArrayList<>()).add(line));
                        }
                    }
                }
            }
        }
        List<String> queuedIn = new ArrayList<>();
        lines.forEach((told, toldLines) -> queue(school, compromise, actor, told, toldLines)
                .ifPresent(queuedIn::add));
        return queuedIn;
    }

    /**
     * Returns who was told of the value of that index: by a sent notification, or by a digest.
     *
     * @param diaryStates the diary streams' states read so far, by student
     */
    private Set<Told> told(SchoolState school, JournalKey key, EntryNotices notices, JournalEntry entry, int revision,
            Map<String, DiaryState> diaryStates) {
        Set<Told> told = new LinkedHashSet<>();
        notices.of(entry.number(), revision).stream()
                .filter(item -> item.status() == OutboxItem.Status.SENT)
                .forEach(item -> told.add(new Told(item.studentId(), item.guardianId())));
        DigestItem carried = new DigestItem(new EntryRef(key, entry.number()), revision + 1);
        for (String student : studentsOf(school, key, entry)) {
            DiaryState diary = diaryStates.computeIfAbsent(student, s -> diaries.stream(school.schoolId(), s));
            for (Guardian guardian : Roster.of(school).guardiansOf(student)) {
                if (diary.digested(guardian.personId()).contains(carried)) {
                    told.add(new Told(student, guardian.personId()));
                }
            }
        }
        return told;
    }

    /** Returns the students an entry is about: its student, or the class of a lesson's topic or homework. */
    private static List<String> studentsOf(SchoolState school, JournalKey key, JournalEntry entry) {
        if (entry.studentId().isPresent()) {
            return List.of(entry.studentId().get());
        }
        if ((entry.kind() == EntryKind.TOPIC || entry.kind() == EntryKind.HOMEWORK) && entry.lesson().isPresent()) {
            try {
                return JournalScope.of(school, key, DiaryInvalidation.class).students(entry.lesson().get().date())
                        .stream().map(Student::personId).toList();
            } catch (JournalException noLongerInTheSchool) {
                return List.of();
            }
        }
        return List.of();
    }

    private static String line(SchoolState school, JournalKey key, JournalEntry entry, Revision revision) {
        String now = entry.present() ? "«" + entry.current().value() + "»" : text("now.none");
        return MessageFormat.format(text("line"), EntryText.journal(school, key), EntryText.value(school, entry, revision),
                now);
    }

    /** Queues the guardian's correction notice in the student's diary stream, unless it is there already. */
    private Optional<String> queue(SchoolState school, Compromise compromise, Actor actor, Told told, List<String> lines) {
        Optional<GuardianContact> contact = Recipients.byEmail(school, told.studentId()).stream()
                .filter(c -> c.guardianId().equals(told.guardianId())).findFirst();
        Optional<Student> student = Roster.of(school).student(told.studentId());
        if (contact.isEmpty() || student.isEmpty()) {
            return Optional.empty();
        }
        String schoolId = school.schoolId();
        String key = schoolId + "/diary/" + told.studentId() + "/" + told.guardianId() + CORRECTION_KEY
                + compromise.number();
        ZoneId zone = school.profile().orElseThrow().zone();
        String schoolName = school.profile().orElseThrow().name();
        StringBuilder body = new StringBuilder(MessageFormat.format(text("header"), student.get().fullName(), schoolName,
                compromise.informedAt().atZone(zone).format(TIME), String.valueOf(compromise.number())));
        lines.forEach(line -> body.append('\n').append(line));
        body.append('\n').append(MessageFormat.format(text("footer"), schoolName));
        String subject = MessageFormat.format(text("subject"), student.get().fullName());
        boolean[] queued = {false};
        diaries.append(schoolId, told.studentId(), actor.personId(), (state, now) -> {
            if (state.outbox().containsKey(key)) {
                return List.of();
            }
            queued[0] = true;
            return List.of(new CorrectionQueued(key, told.guardianId(), compromise.number(),
                    contact.get().email().orElseThrow(), subject, body.toString(), log.now()));
        });
        return queued[0] ? Optional.of(SchoolStreams.diary(schoolId, told.studentId())) : Optional.empty();
    }

    private static String text(String name) {
        return ResourceBundle.getBundle("org.schooljournal.core.diary.corrections", Locale.ROOT).getString(name);
    }
}
