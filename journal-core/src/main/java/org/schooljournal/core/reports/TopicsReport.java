package org.schooljournal.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.roster.Student;

/**
 * The lessons each pupil missed with their topics (REP-3), or each pupil's unsatisfactory marks
 * with the topics of their lessons (REP-4), from one date to another: what a pupil has to catch
 * up on. A lesson is missed when the pupil's current absence code for it is «н», «б» or «ну»; a
 * mark is unsatisfactory when it is «1», «2» or «незач». Read as of an instant: what was recorded
 * after it is not seen.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind which of the two it is
 * @param scope the class's code, or the pupil's id for one pupil
 * @param from the first date
 * @param to the last date
 * @param asOf the instant the report reads the journals as of
 * @param pupils the pupils with something to catch up on, in alphabetical order
 */
public record TopicsReport(Kind kind, String scope, LocalDate from, LocalDate to, Instant asOf, List<Pupil> pupils) {

    /** Which report. */
    public enum Kind {
        /** REP-3: missed lessons with their topics. */
        MISSED,
        /** REP-4: unsatisfactory marks with their topics. */
        UNSATISFACTORY
    }

    /**
     * A pupil's lessons.
     *
     * @param number the line's number, from 1
     * @param student the pupil
     * @param lessons the lessons, by date, then slot, then subject
     */
    public record Pupil(int number, Student student, List<Lesson> lessons) {

        /** Copies the lessons. */
        public Pupil {
            Objects.requireNonNull(student, "student");
            lessons = List.copyOf(lessons);
        }
    }

    /**
     * A lesson missed, or marked unsatisfactorily.
     *
     * @param date the lesson's date
     * @param slot its slot in the day
     * @param subjectCode the subject's code
     * @param subject the subject's name
     * @param topic the lesson's topic, if recorded
     * @param value the absence code or the mark
     */
    public record Lesson(LocalDate date, int slot, String subjectCode, String subject, Optional<String> topic,
            String value) {

        /** Checks the parts. */
        public Lesson {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(subjectCode, "subjectCode");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Copies the pupils. */
    public TopicsReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        pupils = List.copyOf(pupils);
    }
}
