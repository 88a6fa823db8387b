package org.schooljournal.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.schooljournal.core.diary.DiaryState;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.NoticeKind;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.core.reports.InformingReport.Kind;
import org.schooljournal.core.reports.InformingReport.Notice;
import org.schooljournal.core.roster.Guardian;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;

/** The fold of a class's journals' and diaries' outboxes into the report of informing (REP-7). */
final class Informing {

    private final String schoolId;
    private final Roster roster;
    private final Function<String, DiaryState> diaries;
    private final Map<String, DiaryState> read = new HashMap<>();
    private final Instant start;
    private final Instant end;
    private final List<Notice> notices = new ArrayList<>();

    private Informing(SchoolState school, Function<String, DiaryState> diaries, LocalDate from, LocalDate to) {
        this.schoolId = school.schoolId();
        this.roster = Roster.of(school);
        this.diaries = diaries;
        ZoneId zone = school.profile().orElseThrow().zone();
        this.start = from.atStartOfDay(zone).toInstant();
        this.end = to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Returns the report of a class's informing: the notifications its journals queued, and the
     * digests and correction notices of the diaries of the students in the class over the dates,
     * queued from one date to the other.
     *
     * @param school the school's state as of the instant
     * @param journals the class's journals as of the instant
     * @param diaries a student's diary state as of the instant
     */
    static InformingReport of(SchoolState school, String classCode, Map<JournalKey, JournalState> journals,
            Function<String, DiaryState> diaries, LocalDate from, LocalDate to, Instant asOf) {
        Informing informing = new Informing(school, diaries, from, to);
        journals.forEach(informing::addJournal);
        informing.studentsOf(classCode, from, to).forEach(informing::addDiary);
        informing.notices.sort(Comparator.comparing(Notice::queuedAt));
        return new InformingReport(classCode, from, to, asOf, informing.notices);
    }

    private void addJournal(JournalKey key, JournalState journal) {
        for (OutboxItem item : journal.outbox().values()) {
            if (!queuedWithin(item)) {
                continue;
            }
            String id = item.notification().idempotencyKey();
            Kind kind = NoticeKind.ofKey(id).map(told -> Kind.valueOf(told.name())).orElse(Kind.OTHER);
            Optional<JournalEntry> entry = NoticeKind.entryOf(schoolId, key, id).flatMap(journal::entry);
            Optional<LocalDate> date = entry.flatMap(JournalEntry::lesson).map(LessonRef::date);
            DiaryState diary = diary(item.studentId());
            Optional<Instant> readAt = kind == Kind.REMARK || kind == Kind.MESSAGE
                    ? entry.flatMap(told -> diary.readAt(new EntryRef(key, told.number()), item.guardianId()))
                    : date.flatMap(day -> diary.openedAfter(item.guardianId(), item.queuedAt(), Optional.of(day)));
            notices.add(notice(item, kind, Optional.of(key.subjectCode()), date, readAt));
        }
    }

    private void addDiary(String studentId) {
        DiaryState diary = diary(studentId);
        for (OutboxItem item : diary.outbox().values()) {
            if (queuedWithin(item)) {
                Kind kind = DiaryState.correction(item.notification().idempotencyKey()) ? Kind.CORRECTION : Kind.DIGEST;
                Optional<Instant> readAt = sentAt(item).flatMap(sent -> diary.openedAfter(item.guardianId(), sent,
                        Optional.empty()));
                notices.add(notice(item, kind, Optional.empty(), Optional.empty(), readAt));
            }
        }
    }

    private Notice notice(OutboxItem item, Kind kind, Optional<String> subject, Optional<LocalDate> date,
            Optional<Instant> readAt) {
        String student = roster.student(item.studentId()).map(Student::fullName).orElse(item.studentId());
        String guardian = roster.guardian(item.guardianId()).map(Guardian::fullName).orElse(item.guardianId());
        return new Notice(item.studentId(), student, item.guardianId(), guardian, kind, subject, date, item.queuedAt(),
                item.status(), item.attempts(), sentAt(item), readAt);
    }

    private static Optional<Instant> sentAt(OutboxItem item) {
        return item.status() == OutboxItem.Status.SENT ? item.settledAt() : Optional.empty();
    }

    private boolean queuedWithin(OutboxItem item) {
        return !item.queuedAt().isBefore(start) && item.queuedAt().isBefore(end);
    }

    private DiaryState diary(String studentId) {
        return read.computeIfAbsent(studentId, diaries);
    }

    private Set<String> studentsOf(String classCode, LocalDate from, LocalDate to) {
        Set<String> students = new LinkedHashSet<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            roster.studentsIn(classCode, date).forEach(student -> students.add(student.personId()));
        }
        return students;
    }
}
