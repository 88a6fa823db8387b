package org.schooljournal.core.journal;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.ResourceBundle;
import org.schooljournal.core.notification.GuardianContact;
import org.schooljournal.core.notification.Recipients;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;

/**
 * The guardians' immediate notifications, queued in the journal's outbox with the entry that
 * causes them: «Отсутствовал на уроке» when «н» is recorded and a follow-up when it is corrected
 * to «б» or «ну» (ATT-5); a new mark; a remark or a message of the teacher (DRY-6). They go to the guardians
 * who may be e-mailed (consent, confirmed address, both switches: NTF-1, NTF-2, NTF-5) and chose
 * immediate delivery (NTF-3); the others read them in their digests. Texts in Russian from
 * notices.properties (UX-1).
 */
final class GuardianNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private GuardianNotices() {
    }

    /** Returns the notifications of an absence «н» recorded as the entry of that number. */
    static List<JournalEvent> absent(JournalContext context, JournalKey key, LessonRef lesson,
            org.schooljournal.rules.calendar.LessonTime time, String studentId, int entry) {
        return notices(context, key, studentId, entry, "absent", "absence",
                lesson.date().format(DATE), time.start().toString(), time.end().toString(), "");
    }

    /**
     * Returns the follow-ups of an absence «н» corrected to a valid reason: to the guardians told
     * of it (its notice sent or still pending) who may still be e-mailed, whatever their schedule now.
     */
    static List<JournalEvent> excused(JournalContext context, JournalState journal, JournalEntry absence, String code) {
        String told = context.school().schoolId() + "/" + journal.key().holderCode() + "/" + journal.key().subjectCode()
                + "/" + absence.number() + "/";
        Set<String> guardians = journal.outbox().values().stream()
                .filter(item -> item.notification().idempotencyKey().startsWith(told)
                        && item.notification().idempotencyKey().endsWith("/absent")
                        && item.status() != OutboxItem.Status.FAILED)
                .map(OutboxItem::guardianId).collect(Collectors.toSet());
        LessonRef lesson = absence.lesson().orElseThrow();
        return notices(context, journal.key(), absence.studentId().orElseThrow(), absence.number(),
                "excused-" + absence.revisions().size(), "excused", lesson.date().format(DATE), "", "",
                code.equals(AbsenceCode.ILLNESS.code()) ? text("excused.illness") : text("excused.reason"),
                guardian -> guardians.contains(guardian.guardianId()));
    }

    /** Returns the notifications of a new mark recorded as the entry of that number. */
    static List<JournalEvent> marked(JournalContext context, JournalKey key, LessonRef lesson, String studentId,
            int entry, String mark, WorkKind work) {
        return notices(context, key, studentId, entry, "mark", "mark", lesson.date().format(DATE), "", "",
                mark + " (" + work.russianName() + ")");
    }

    /** Returns the notifications of a remark or a message to guardians written as the entry of that number. */
    static List<JournalEvent> written(JournalContext context, JournalKey key, String studentId, int entry, EntryKind kind,
            String text) {
        String kindName = kind == EntryKind.REMARK ? "remark" : "message";
        String teacher = context.school().structure().staffName(context.actor().personId());
        return notices(context, key, studentId, entry, kindName, kindName,
                context.now().atZone(context.school().profile().orElseThrow().zone()).toLocalDate().format(DATE),
                teacher, "", text);
    }

    private static List<JournalEvent> notices(JournalContext context, JournalKey key, String studentId, int entry,
            String suffix, String kind, String date, String start, String end, String reason) {
        return notices(context, key, studentId, entry, suffix, kind, date, start, end, reason,
                guardian -> guardian.schedule().kind() == Schedule.Kind.IMMEDIATE);
    }

    private static List<JournalEvent> notices(JournalContext context, JournalKey key, String studentId, int entry,
            String suffix, String kind, String date, String start, String end, String reason,
            Predicate<GuardianContact> recipient) {
        SchoolState school = context.school();
        Student student = school.roster().student(studentId).orElseThrow();
        String subject = school.programme().subjectName(key.subjectCode());
        String schoolName = school.profile().orElseThrow().name();
        List<JournalEvent> events = new ArrayList<>();
        for (GuardianContact guardian : Recipients.byEmail(school, studentId)) {
            if (!recipient.test(guardian)) {
                continue;
            }
            String notificationKey = school.schoolId() + "/" + key.holderCode() + "/" + key.subjectCode() + "/" + entry
                    + "/" + guardian.guardianId() + "/" + suffix;
            events.add(new NotificationQueued(notificationKey, guardian.guardianId(), studentId,
                    guardian.email().orElseThrow(), text(kind + ".subject"),
                    MessageFormat.format(text(kind + ".body"), student.fullName(), subject, date, start, end, schoolName,
                            reason),
                    context.now()));
        }
        return events;
    }

    private static String text(String name) {
        return ResourceBundle.getBundle("org.schooljournal.core.journal.notices", Locale.ROOT).getString(name);
    }
}
