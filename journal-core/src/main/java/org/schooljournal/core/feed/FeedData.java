package org.schooljournal.core.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code data} of a feed item (EXC-2): the feed's own schema, version 1, one record per type,
 * separate from the journal's stored events so that the feed stays the same when they change
 * (DESIGN.md, principle 10). Its JSON is the record's components in order, an empty
 * {@code Optional} left out; dates are ISO ({@code 2026-10-12}); golden lines pin every type
 * ({@code src/test/resources/feed/v1.jsonl}; docs/exchange.md).
 *
 * <p>Every item about a journal's entry names it by {@code holder} (the class or group),
 * {@code subjectCode} and {@code entry} (its number in the journal, which never changes): a
 * correction or an invalidation names the entry it changes. A lesson is its {@code date} and its
 * {@code slot} in the bell schedule.
 *
 * <p>All records are immutable and thread-safe.
 */
public sealed interface FeedData {

    /** Returns the item's CloudEvents {@code type}: {@code ru.schooljournal.<what>.v1}. */
    String type();

    /**
     * A current mark (MRK-1, LES-2): {@code value} as written («5», «4/5», «зач»), the {@code work} kind
     * and its {@code weight}, and whether the entry was made after the regulation's limit.
     */
    record Mark(String holder, String subjectCode, int entry, LocalDate date, int slot, String student, String value,
            String work, int weight, Optional<String> comment, boolean late) implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.mark.recorded.v1";

        /** Checks that the texts are given. */
        public Mark {
            Checks.texts(holder, subjectCode, student, value, work);
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(comment, "comment");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * An absence (ATT-1): {@code code} as written — «н», «б», «ну» — and its {@code reason}:
     * {@code UNEXCUSED}, {@code ILLNESS}, {@code EXCUSED}.
     */
    record Absence(String holder, String subjectCode, int entry, LocalDate date, int slot, String student,
            String code, String reason, boolean late) implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.absence.recorded.v1";

        /** Checks that the texts are given. */
        public Absence {
            Checks.texts(holder, subjectCode, student, code, reason);
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A lateness (опоздание, ATT-1) as the teacher noted it, with its minutes in the {@code text}. */
    record Lateness(String holder, String subjectCode, int entry, LocalDate date, int slot, String student,
            String text) implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.lateness.recorded.v1";

        /** Checks that the texts are given. */
        public Lateness {
            Checks.texts(holder, subjectCode, student, text);
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A teacher's note of a lesson (LES-7) other than a lateness: its {@code kind}
     * ({@code BEHAVIOUR}, {@code PROGRESS}, {@code MAKE_UP}), for one student or the class.
     */
    record Note(String holder, String subjectCode, int entry, LocalDate date, int slot, Optional<String> student,
            String kind, String text) implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.note.added.v1";

        /** Checks that the texts are given. */
        public Note {
            Checks.texts(holder, subjectCode, kind, text);
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(student, "student");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Homework of a lesson (LES-3), for the class or one student, with how it is to be done. */
    record Homework(String holder, String subjectCode, int entry, LocalDate date, int slot, Optional<String> student,
            String text, Optional<String> manner) implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.homework.assigned.v1";

        /** Checks that the texts are given. */
        public Homework {
            Checks.texts(holder, subjectCode, text);
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(student, "student");
            Objects.requireNonNull(manner, "manner");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The topic of a lesson (LES-2), with the kind of lesson ({@code LESSON}, {@code CONTROL_WORK}, …). */
    record Topic(String holder, String subjectCode, int entry, LocalDate date, int slot, String topic, String kind)
            implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.topic.recorded.v1";

        /** Checks that the texts are given. */
        public Topic {
            Checks.texts(holder, subjectCode, topic, kind);
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A teacher's remark to a student (DRY-6), shown in the student's diary. */
    record Remark(String holder, String subjectCode, int entry, Optional<LocalDate> date, String student, String text)
            implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.remark.made.v1";

        /** Checks that the texts are given. */
        public Remark {
            Checks.texts(holder, subjectCode, student, text);
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A teacher's message to a student's guardians (DRY-6): only the guardians' feeds carry it. */
    record Message(String holder, String subjectCode, int entry, Optional<LocalDate> date, String student, String text)
            implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.message.sent.v1";

        /** Checks that the texts are given. */
        public Message {
            Checks.texts(holder, subjectCode, student, text);
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A period or year mark (MRK-7): the {@code period} ({@code QUARTER-1}, {@code YEAR-1}, …)
     * and the {@code value}, a mark or «осв», «н/а», «безотм».
     */
    record PeriodMark(String holder, String subjectCode, int entry, String student, String period, String value)
            implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.periodmark.set.v1";

        /** Checks that the texts are given. */
        public PeriodMark {
            Checks.texts(holder, subjectCode, student, period, value);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A student's result of the final assessment or an examination (MRK-13): the {@code exam}
     * («ОГЭ», «итоговое сочинение»), the {@code result} as the protocol gives it, when it was
     * obtained, and whether the entry was made after the regulation's limit.
     */
    record ExamResult(String holder, String subjectCode, int entry, String student, String exam, String result,
            Optional<Instant> obtainedAt, boolean late) implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.examresult.recorded.v1";

        /** Checks that the texts are given. */
        public ExamResult {
            Checks.texts(holder, subjectCode, student, exam, result);
            Objects.requireNonNull(obtainedAt, "obtainedAt");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A period mark deferred for a student (MRK-8) to a {@code due} date, and why. */
    record Deferral(String holder, String subjectCode, String student, String period, LocalDate due, String reason)
            implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.periodmark.deferred.v1";

        /** Checks that the texts are given. */
        public Deferral {
            Checks.texts(holder, subjectCode, student, period, reason);
            Objects.requireNonNull(due, "due");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A correction of an entry (MRK-10): the entry's new {@code value}, empty if the entry is
     * removed ({@code removed}), and the {@code reason}; {@code of} is the type of the item it
     * corrects, and the student and lesson are the entry's.
     */
    record Correction(String holder, String subjectCode, int entry, String of, Optional<String> student,
            Optional<LocalDate> date, Optional<Integer> slot, String value, boolean removed, String reason)
            implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.entry.corrected.v1";

        /** Checks that the texts are given. */
        public Correction {
            Checks.texts(holder, subjectCode, of, reason);
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(student, "student");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(slot, "slot");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A mark excluded from the average of the forecast (MRK-11), with the {@code reason}: the mark
     * stays in the journal and the diary; the consumer leaves it out of the average it shows.
     */
    record Exclusion(String holder, String subjectCode, int entry, String student, String reason)
            implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.mark.excluded.v1";

        /** Checks that the texts are given. */
        public Exclusion {
            Checks.texts(holder, subjectCode, student, reason);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * An entry's timing judged again after a declared technical failure (ARC-7): {@code late} is
     * the new verdict (false when the failure, not the teacher, made it late); {@code of} is the
     * type of the entry's item, and the student is the entry's.
     */
    record Rejudgement(String holder, String subjectCode, int entry, String of, Optional<String> student,
            boolean late) implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.entry.rejudged.v1";

        /** Checks that the texts are given. */
        public Rejudgement {
            Checks.texts(holder, subjectCode, of);
            Objects.requireNonNull(student, "student");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * An operation declared invalid by a compromise's act (PD-4): the feed item it
     * {@code invalidates} (its id), the entry that item is about, and the act's number; the
     * consumer stops showing that item's value.
     */
    record Invalidation(String holder, String subjectCode, int entry, String invalidates, Optional<String> student,
            int act) implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.entry.invalidated.v1";

        /** Checks that the texts are given. */
        public Invalidation {
            Checks.texts(holder, subjectCode, invalidates);
            Objects.requireNonNull(student, "student");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A substitute teacher for a lesson (LES-5): the {@code teacher}'s person id. */
    record Substitution(String holder, String subjectCode, LocalDate date, int slot, String teacher)
            implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.lesson.substituted.v1";

        /** Checks that the texts are given. */
        public Substitution {
            Checks.texts(holder, subjectCode, teacher);
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A lesson moved (перенос, LES-5) from one date and slot to another, and why. */
    record Move(String holder, String subjectCode, LocalDate date, int slot, LocalDate toDate, int toSlot,
            String reason) implements FeedData {

        /** The type's name. */
        public static final String TYPE = "ru.schooljournal.lesson.moved.v1";

        /** Checks that the texts are given. */
        public Move {
            Checks.texts(holder, subjectCode, reason);
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(toDate, "toDate");
        }

        @Override
        public String type() {
            return TYPE;
        }
    }
}
