package org.schooljournal.core.diary;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Revision;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.notification.GuardianContact;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.programme.Programme;

/**
 * A guardian's digest of a student's journals (NTF-3): marks, absences, topics, homework, remarks,
 * messages and the teachers' comments entered after the slot of the guardian's last digest (or,
 * for the first, one interval of the schedule before) until the digest's own slot, each value
 * once — a correction is news, a value already carried is never carried again; a value made
 * invalid by a compromise report never (PD-4). What is entered after the slot waits for the next
 * one. Texts in Russian from digest.properties (UX-1).
 */
public final class Digest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private Digest() {
    }

    /**
     * Returns the digest due to a guardian at a slot of their schedule, if it carries anything.
     *
     * @param journals the student's journals with their states
     * @param diary the student's diary stream, with what earlier digests carried
     * @param slot the scheduled instant the digest is for; it carries what was entered until then
     * @param now when it is composed
     */
    public static Optional<DigestQueued> due(SchoolState school, GuardianContact guardian, Student student,
            Map<JournalKey, JournalState> journals, DiaryState diary, Instant slot, Instant now) {
        ZoneId zone = school.profile().orElseThrow().zone();
        Instant since = diary.lastDigest(guardian.guardianId()).orElse(slot.minus(guardian.schedule().interval()));
        List<Line> lines = new ArrayList<>();
        journals.forEach((key, journal) -> {
            JournalScope scope = JournalScope.of(school, key, Digest.class);
            String subject = Programme.of(school).subjectName(key.subjectCode());
            for (JournalEntry entry : journal.entries(e -> concerns(e, scope, student.personId()))) {
                List<Revision> revisions = entry.revisions();
                for (int i = 0; i < revisions.size(); i++) {
                    Revision revision = revisions.get(i);
                    DigestItem item = new DigestItem(new EntryRef(key, entry.number()), i + 1);
                    if (revision.valid() && revision.recordedAt().isAfter(since) && !revision.recordedAt().isAfter(slot)
                            && !diary.digested(guardian.guardianId()).contains(item)) {
                        LocalDate date = entry.lesson().map(LessonRef::date)
                                .orElseGet(() -> revision.recordedAt().atZone(zone).toLocalDate());
                        lines.add(new Line(item, date, entry.lesson().map(LessonRef::slot).orElse(Integer.MAX_VALUE),
                                line(entry, revision, i > 0, subject, date)));
                    }
                }
            }
        });
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        lines.sort(Comparator.comparing(Line::date).thenComparing(Line::slot)
                .thenComparing(l -> l.item().ref().journal().subjectCode()).thenComparing(l -> l.item().ref().number())
                .thenComparing(l -> l.item().revision()));
        String kind = guardian.schedule().kind().name().toLowerCase(Locale.ROOT);
        StringBuilder body = new StringBuilder(MessageFormat.format(text("header"), student.fullName(),
                school.profile().orElseThrow().name(), since.atZone(zone).format(TIME),
                slot.atZone(zone).format(TIME)));
        lines.forEach(line -> body.append('\n').append(line.text()));
        String key = school.schoolId() + "/diary/" + student.personId() + "/" + guardian.guardianId() + "/" + kind + "/"
                + slot;
        return Optional.of(new DigestQueued(guardian.guardianId(), guardian.schedule().kind(), slot,
                lines.stream().map(Line::item).toList(), key, guardian.email().orElseThrow(),
                MessageFormat.format(text(kind + ".subject"), student.fullName()), body.toString(), now));
    }

    private static boolean concerns(JournalEntry entry, JournalScope scope, String studentId) {
        if (entry.studentId().isPresent()) {
            return entry.studentId().get().equals(studentId);
        }
        return (entry.kind() == EntryKind.TOPIC || entry.kind() == EntryKind.HOMEWORK)
                && entry.lesson().filter(lesson -> scope.hasStudent(studentId, lesson.date())).isPresent();
    }

    private static String line(JournalEntry entry, Revision revision, boolean correction, String subject, LocalDate date) {
        String value = revision.removes() ? text("removed") : switch (entry.kind()) {
            case MARK -> MessageFormat.format(text("mark.value"), revision.value(),
                    WorkKind.valueOf(entry.detail("work").orElseThrow()).russianName());
            case PERIOD_MARK -> MessageFormat.format(text("period.value"), PeriodName.of(entry.period().orElse("")),
                    revision.value());
            case EXAM_RESULT -> MessageFormat.format(text("exam.value"), entry.detail("exam").orElse(""), revision.value());
            default -> revision.value();
        };
        String kind = text("kind." + entry.kind().name());
        return MessageFormat.format(text(correction ? "line.corrected" : "line"), date.format(DATE), subject, kind, value);
    }

    private static String text(String name) {
        return ResourceBundle.getBundle("org.schooljournal.core.diary.digest", Locale.ROOT).getString(name);
    }

    /** A line of the digest and what it carries. */
    private record Line(DigestItem item, LocalDate date, int slot, String text) {
    }
}
