package org.schooljournal.core.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.notification.OutboxItem;

/**
 * How timely a class's guardians were informed over some dates (REP-7): every notification queued
 * for them — an entry's immediate notice from a journal's outbox (ATT-5, DRY-6), a digest or a
 * correction notice from a diary's (NTF-3, PD-4) — with when it was queued, whether and when it
 * was sent, and when the guardian first read it in the diary. An immediate notice is queued in the
 * same append as its entry, so the time from entry to sending is {@link Notice#delay()}.
 *
 * <p>"Sent" is the channel's own answer: the SMTP server, or the host's channel, accepted it
 * ({@code DeliveryStatus.SENT}); an e-mail carries no reliable receipt of delivery to the mailbox,
 * so the read receipt of the diary stands for delivery to the person.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param classCode the class
 * @param from the first date a notification was queued on, in the school's zone
 * @param to the last date
 * @param asOf the instant the report reads the log as of
 * @param notices the notifications, in the order they were queued
 */
public record InformingReport(String classCode, LocalDate from, LocalDate to, Instant asOf, List<Notice> notices) {

    /** What a notification tells of. */
    public enum Kind {
        /** «Отсутствовал на уроке»: an «н» recorded. */
        ABSENCE,
        /** An «н» corrected to «б» or «ну». */
        EXCUSED,
        /** A new mark. */
        MARK,
        /** A remark. */
        REMARK,
        /** A message of the teacher to the guardians. */
        MESSAGE,
        /** A daily or weekly digest (NTF-3). */
        DIGEST,
        /** A notice that values told of were invalidated (PD-4). */
        CORRECTION,
        /** A notification whose stored key names none of these: it was stored as undeliverable. */
        OTHER
    }

    /**
     * One notification to a guardian.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param studentId the student it is about
     * @param studentName the student's full name
     * @param guardianId the guardian
     * @param guardianName the guardian's full name
     * @param kind what it tells of
     * @param subjectCode the journal's subject, for an entry's notice
     * @param lessonDate the date of the lesson it tells of, if any
     * @param queuedAt when it was queued: with its entry, for an entry's notice
     * @param status pending, sent or failed for good, as of the report's instant
     * @param attempts how many times sending was tried
     * @param sentAt when the attempt that sent it was made
     * @param readAt when the guardian first opened the diary showing it, after it was queued (sent, for
     *     a digest or a correction); for a remark or a message, its read receipt (DRY-5)
     */
    public record Notice(String studentId, String studentName, String guardianId, String guardianName, Kind kind,
            Optional<String> subjectCode, Optional<LocalDate> lessonDate, Instant queuedAt, OutboxItem.Status status,
            int attempts, Optional<Instant> sentAt, Optional<Instant> readAt) {

        /** Checks the parts are given. */
        public Notice {
            Objects.requireNonNull(studentId, "studentId");
            Objects.requireNonNull(guardianId, "guardianId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subjectCode, "subjectCode");
            Objects.requireNonNull(lessonDate, "lessonDate");
            Objects.requireNonNull(queuedAt, "queuedAt");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(sentAt, "sentAt");
            Objects.requireNonNull(readAt, "readAt");
        }

        /** Returns the time from queuing — from the entry, for an entry's notice — to sending; empty if not sent. */
        public Optional<Duration> delay() {
            return sentAt.map(sent -> Duration.between(queuedAt, sent));
        }
    }

    /** Copies the list. */
    public InformingReport {
        Objects.requireNonNull(classCode, "classCode");
        notices = List.copyOf(notices);
    }

    /** Returns how many notifications stand so: pending, sent or failed for good. */
    public long count(OutboxItem.Status status) {
        return notices.stream().filter(notice -> notice.status() == status).count();
    }

    /** Returns how many notifications the guardians read. */
    public long read() {
        return notices.stream().filter(notice -> notice.readAt().isPresent()).count();
    }

    /** Returns how many were sent within that time of their queuing: the measure of timeliness. */
    public long sentWithin(Duration limit) {
        return notices.stream().filter(notice -> notice.delay().filter(delay -> delay.compareTo(limit) <= 0).isPresent())
                .count();
    }

    /** Returns the median time from queuing to sending of the notifications sent (the lower middle of an even count). */
    public Optional<Duration> medianDelay() {
        List<Duration> delays = delays();
        return delays.isEmpty() ? Optional.empty() : Optional.of(delays.get((delays.size() - 1) / 2));
    }

    /** Returns the longest time from queuing to sending of the notifications sent. */
    public Optional<Duration> maxDelay() {
        List<Duration> delays = delays();
        return delays.isEmpty() ? Optional.empty() : Optional.of(delays.get(delays.size() - 1));
    }

    private List<Duration> delays() {
        return notices.stream().flatMap(notice -> notice.delay().stream()).sorted(Comparator.naturalOrder()).toList();
    }
}
