package org.schooljournal.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The results of the control works (REP-2, внутришкольный контроль): each work of the schedule
 * (YR-10) from one date to another, with the marks of work kind «контрольная работа» given on its
 * day, by value, who was absent, who has no mark yet, and the success rate and quality of its
 * marks ({@link Rate}: the absent are left out). Read as of an instant.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param scope the school's id or a class's code
 * @param from the first date
 * @param to the last date
 * @param asOf the instant the report reads the journals as of
 * @param works the works, by date, then class or group, then subject
 */
public record ControlWorkReport(String scope, LocalDate from, LocalDate to, Instant asOf, List<Work> works) {

    /**
     * One control work's results.
     *
     * @param holderCode the class or group
     * @param subjectCode the subject
     * @param subject the subject's name
     * @param date the day of the work
     * @param form the form of control, such as «контрольная работа»
     * @param teacher the teacher's name, or empty if none is assigned
     * @param pupils the pupils of the class or group that day
     * @param marks the marks by value, «5» first
     * @param rate the marks counted; the absent left out, the others without a mark unmarked
     */
    public record Work(String holderCode, String subjectCode, String subject, LocalDate date, String form,
            String teacher, int pupils, Map<String, Integer> marks, Rate rate) {

        /** Copies the marks. */
        public Work {
            Objects.requireNonNull(holderCode, "holderCode");
            Objects.requireNonNull(subjectCode, "subjectCode");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(teacher, "teacher");
            marks = Collections.unmodifiableMap(new LinkedHashMap<>(marks));
            Objects.requireNonNull(rate, "rate");
        }

        /** Returns whether the work has no mark at all: not written, or not marked yet. */
        public boolean unmarked() {
            return marks.isEmpty();
        }
    }

    /** Copies the works. */
    public ControlWorkReport {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        works = List.copyOf(works);
    }
}
