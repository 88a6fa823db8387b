package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.diary.DiaryState;
import org.schooljournal.core.diary.DiaryViewReceipt;
import org.schooljournal.core.diary.ReadReceipt;
import org.schooljournal.core.diary.SentNote;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.core.reports.SummarySheet;
import org.schooljournal.core.notification.GuardianContact;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.roster.Guardian;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.notify.Notification;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.notification.Contacts;
import org.schooljournal.core.journal.Journals;

/**
 * Prints what the guardians of {@link GuardiansWeek} were sent and read, from the school's log, so
 * that a reopened school prints the same: for each guardian, their address and schedule and the
 * mails sent to them — subject and body, in the order they were queued (ATT-5, DRY-6, NTF-3); the
 * guardians' openings of the diary (DRY-5); and the Russian teacher's «sent» with which guardian
 * has read each remark, and when (DRY-5, DRY-6). Reading changes nothing: no diary is opened.
 */
final class GuardiansPrintout {

    private final YugraSchool school;
    private final RussianText russian;
    private final JournalText text = new JournalText();
    private final PrintStream out;

    GuardiansPrintout(YugraSchool school, RussianText russian, PrintStream out) {
        this.school = school;
        this.russian = russian;
        this.out = out;
    }

    /** A mail sent to a guardian, and when it was queued. */
    private record Mail(Instant queuedAt, Notification notification) {
    }

    void print() {
        out.println(russian.text("guardians.title", russian.date(GuardiansWeek.DAY), russian.date(GuardiansWeek.SATURDAY)));
        SchoolState state = school.state();
        List<JournalState> journals = Journals.keysOf(state, GuardiansWeek.CLASS).stream()
                .map(key -> school.engine().journals().read(Actor.of(YugraSchool.DEPUTY_HEAD), YugraSchool.ID, key).state())
                .toList();
        for (GuardiansWeek.Subscriber subscriber : GuardiansWeek.SUBSCRIBERS) {
            printMails(state, subscriber, journals);
        }
        out.println();
        for (GuardiansWeek.Subscriber subscriber : GuardiansWeek.SUBSCRIBERS) {
            printOpenings(state, subscriber);
        }
        printSent(state);
    }

    private void printMails(SchoolState state, GuardiansWeek.Subscriber subscriber, List<JournalState> journals) {
        Guardian guardian = GuardiansWeek.guardianOf(school, subscriber);
        Student child = GuardiansWeek.childOf(school, subscriber);
        GuardianContact contact = Contacts.of(state).of(guardian.personId());
        List<Mail> mails = mails(guardian.personId(), child.personId(), journals);
        out.println(russian.text("guardians.guardian", guardian.fullName(), contact.email().orElse("—"),
                schedule(contact.schedule()), child.fullName(), mails.size()));
        for (Mail mail : mails) {
            out.println(russian.text("guardians.mail", russian.instant(mail.queuedAt()), mail.notification().subject()));
            mail.notification().body().lines().forEach(line -> out.println(russian.text("guardians.body", line)));
        }
    }

    /**
     * Returns the mails sent to the guardian about the child, oldest first: the journals' immediate
     * notifications, queued with their entry (whose number the key names), and the diary's digests,
     * queued at their slot (the key's last part).
     */
    private List<Mail> mails(String guardianId, String childId, List<JournalState> journals) {
        List<Mail> mails = new ArrayList<>();
        for (JournalState journal : journals) {
            for (OutboxItem item : sent(journal.outbox().values(), guardianId)) {
                int entry = Integer.parseInt(item.notification().idempotencyKey().split("/")[3]);
                mails.add(new Mail(journal.entry(entry).orElseThrow().original().recordedAt(), item.notification()));
            }
        }
        for (OutboxItem item : sent(school.engine().diaries().log(Actor.of(YugraSchool.DEPUTY_HEAD), YugraSchool.ID, childId).outbox().values(), guardianId)) {
            String key = item.notification().idempotencyKey();
            mails.add(new Mail(Instant.parse(key.substring(key.lastIndexOf('/') + 1)), item.notification()));
        }
        mails.sort(Comparator.comparing(Mail::queuedAt));
        return mails;
    }

    private static List<OutboxItem> sent(Iterable<OutboxItem> items, String guardianId) {
        List<OutboxItem> sent = new ArrayList<>();
        for (OutboxItem item : items) {
            if (item.guardianId().equals(guardianId) && item.status() == OutboxItem.Status.SENT) {
                sent.add(item);
            }
        }
        return sent;
    }

    private void printOpenings(SchoolState state, GuardiansWeek.Subscriber subscriber) {
        Student child = GuardiansWeek.childOf(school, subscriber);
        DiaryState diary = school.engine().diaries().log(Actor.of(YugraSchool.DEPUTY_HEAD), YugraSchool.ID, child.personId());
        for (DiaryViewReceipt opening : diary.openings()) {
            Guardian guardian = Roster.of(state).guardian(opening.guardianId()).orElseThrow();
            out.println(russian.text("guardians.opened", russian.instant(opening.at()), russian.initials(guardian),
                    text.student(child), russian.date(opening.from()), russian.date(opening.to()), opening.read().size()));
        }
    }

    private void printSent(SchoolState state) {
        String teacher = GuardiansWeek.teacherOf(school);
        out.println(russian.text("guardians.sent", russian.initials(state.structure().staff().get(teacher))));
        for (SentNote note : school.engine().diaries().sent(Actor.of(teacher), YugraSchool.ID)) {
            JournalKey journal = note.ref().journal();
            String subject = Programme.of(state).subject(journal.subjectCode()).map(s -> s.name()).orElse(journal.subjectCode());
            Student student = Roster.of(state).student(note.studentId()).orElseThrow();
            out.println(russian.text("guardians.note", russian.instant(note.writtenAt()), subject, text.student(student),
                    note.text()));
            for (ReadReceipt receipt : note.receipts()) {
                Guardian guardian = Roster.of(state).guardian(receipt.guardianId()).orElseThrow();
                out.println(receipt.readAt()
                        .map(at -> russian.text("guardians.read", russian.initials(guardian), russian.instant(at)))
                        .orElseGet(() -> russian.text("guardians.unread", russian.initials(guardian))));
            }
        }
    }

    private String schedule(Schedule schedule) {
        return russian.text("guardians.schedule." + schedule.kind().name(), russian.time(schedule.at()));
    }
}
