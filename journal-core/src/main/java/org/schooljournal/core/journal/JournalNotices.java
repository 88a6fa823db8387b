package org.schooljournal.core.journal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.schooljournal.core.notification.GuardianContact;
import org.schooljournal.core.notification.Notices;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.rules.calendar.LessonTime;

/**
 * The guardians' notifications a journal's entries cause, queued in the journal's outbox with the
 * entry (ATT-5, DRY-6, NTF-3): «Отсутствовал на уроке» when «н» is recorded and a follow-up when it
 * is corrected to «б» or «ну»; a new mark; a remark or a message of the teacher. Composed by
 * {@link Notices}.
 */
final class JournalNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private JournalNotices() {
    }

    /** Returns the notifications of an absence «н» recorded as the entry of that number. */
    static List<JournalEvent> absent(JournalContext context, JournalKey key, LessonRef lesson, LessonTime time,
            String studentId, int entry) {
        return queued(context, key, studentId, entry, NoticeKind.ABSENCE.suffix(), new Notices.Text("absence", key.subjectCode(),
                lesson.date().format(DATE), time.start().toString(), time.end().toString(), ""), Notices::immediate);
    }

    /**
     * Returns the follow-ups of an absence «н» corrected to a valid reason: to the guardians told
     * of it (its notice sent or still pending) who may still be e-mailed, whatever their schedule now.
     */
    static List<JournalEvent> excused(JournalContext context, JournalState journal, JournalEntry absence, String code) {
        String told = keyPrefix(context, journal.key(), absence.number());
        Set<String> guardians = journal.outbox().values().stream()
                .filter(item -> item.notification().idempotencyKey().startsWith(told)
                        && item.notification().idempotencyKey().endsWith("/" + NoticeKind.ABSENCE.suffix())
                        && item.status() != OutboxItem.Status.FAILED)
                .map(OutboxItem::guardianId).collect(Collectors.toSet());
        LessonRef lesson = absence.lesson().orElseThrow();
        String reason = code.equals(AbsenceCode.ILLNESS.code()) ? Notices.text("excused.illness")
                : Notices.text("excused.reason");
        return queued(context, journal.key(), absence.studentId().orElseThrow(), absence.number(),
                NoticeKind.EXCUSED.suffix() + absence.revisions().size(), new Notices.Text("excused", journal.key().subjectCode(),
                        lesson.date().format(DATE), "", "", reason),
                guardian -> guardians.contains(guardian.guardianId()));
    }

    /** Returns the notifications of a new mark recorded as the entry of that number. */
    static List<JournalEvent> marked(JournalContext context, JournalKey key, LessonRef lesson, String studentId,
            int entry, Mark mark, WorkKind work) {
        return queued(context, key, studentId, entry, NoticeKind.MARK.suffix(), new Notices.Text("mark", key.subjectCode(),
                lesson.date().format(DATE), "", "", mark + " (" + work.russianName() + ")"), Notices::immediate);
    }

    /** Returns the notifications of a remark or a message to guardians written as the entry of that number. */
    static List<JournalEvent> written(JournalContext context, JournalKey key, String studentId, int entry, EntryKind kind,
            String text) {
        String kindName = (kind == EntryKind.REMARK ? NoticeKind.REMARK : NoticeKind.MESSAGE).suffix();
        String teacher = context.school().structure().staffName(context.actor().personId());
        String date = context.now().atZone(context.school().profile().orElseThrow().zone()).toLocalDate().format(DATE);
        return queued(context, key, studentId, entry, kindName, new Notices.Text(kindName, key.subjectCode(), date,
                teacher, "", text), Notices::immediate);
    }

    private static List<JournalEvent> queued(JournalContext context, JournalKey key, String studentId, int entry,
            String suffix, Notices.Text text, Predicate<GuardianContact> recipient) {
        return Notices.compose(context.school(), studentId, keyPrefix(context, key, entry), suffix, text, recipient)
                .stream().<JournalEvent>map(notice -> new NotificationQueued(notice.key(), notice.guardianId(),
                        notice.studentId(), notice.address(), notice.subject(), notice.body(), context.now()))
                .toList();
    }

    /** The beginning of the keys of an entry's notifications: school, journal, entry. */
    private static String keyPrefix(JournalContext context, JournalKey key, int entry) {
        return keyPrefix(context.school().schoolId(), key, entry);
    }

    /** The beginning of the keys of an entry's notifications: school, journal, entry. */
    static String keyPrefix(String schoolId, JournalKey key, int entry) {
        return schoolId + "/" + key.holderCode() + "/" + key.subjectCode() + "/" + entry + "/";
    }

    /**
     * Returns which value of its entry a notification's key tells of, by the index of the value in
     * the entry's history: a follow-up {@code excused-<n>} tells of the correction made when the
     * entry had {@code n} values; every other notice of its first value.
     */
    static int revisionOf(String key) {
        String suffix = key.substring(key.lastIndexOf('/') + 1);
        if (suffix.startsWith(NoticeKind.EXCUSED.suffix())) {
            try {
                return Integer.parseInt(suffix.substring(NoticeKind.EXCUSED.suffix().length()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
