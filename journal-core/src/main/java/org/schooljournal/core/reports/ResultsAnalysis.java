package org.schooljournal.core.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.roster.Student;

/**
 * The analysis of a class's current and final results (REP-9), the homeroom teacher's report on
 * the class and each pupil: for every period of the class's grade, each pupil's average current
 * mark and standing, with its change from the period before; each subject's and each teacher's
 * success rate, quality and average current mark; the class's success rate and quality. Averages
 * are weighted by the marks' weights, over five-point marks of lessons in the period, leaving out
 * the marks excluded from the average (MRK-11). Read as of an instant.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param classCode the class
 * @param asOf the instant the report reads the journals as of
 * @param periods the periods, in order, such as {@code QUARTER-1}…{@code YEAR-1}; every list of
 *     results below has one per period, in this order
 * @param classResults the class's pupils by standing, per period
 * @param pupils each pupil's results, in alphabetical order
 * @param subjects each subject's results
 * @param teachers each teacher's results
 */
public record ResultsAnalysis(String classCode, Instant asOf, List<String> periods, List<Rate> classResults,
        List<Pupil> pupils, List<Line> subjects, List<Line> teachers) {

    /** How a result changed from the period before. */
    public enum Change {
        /** The average rose by 0.1 or more. */
        UP,
        /** The average fell by 0.1 or more. */
        DOWN,
        /** The average moved by less than 0.1. */
        SAME,
        /** No average in this period or the one before, or no period before. */
        NONE
    }

    /**
     * A pupil's or a line's result in one period.
     *
     * @param average the weighted average of current marks, to two decimals as the forecast shows it
     *     ({@link org.schooljournal.core.forecast.WeightedAverage#display}); empty without marks
     * @param rate the success rate and quality: of the pupil's period marks for a pupil, of the
     *     line's period marks for a line
     * @param standing the pupil's standing; for a line, {@link Outcome#UNMARKED}
     * @param change the change of the average from the period before
     */
    public record Result(Optional<BigDecimal> average, Rate rate, Outcome standing, Change change) {

        /** Checks the parts. */
        public Result {
            Objects.requireNonNull(average, "average");
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(standing, "standing");
            Objects.requireNonNull(change, "change");
        }
    }

    /**
     * A pupil's results.
     *
     * @param number the line's number, from 1
     * @param student the pupil
     * @param results one per period
     */
    public record Pupil(int number, Student student, List<Result> results) {

        /** Copies the results. */
        public Pupil {
            Objects.requireNonNull(student, "student");
            results = List.copyOf(results);
        }
    }

    /**
     * A subject's or a teacher's results.
     *
     * @param code the subject's code or the teacher's id
     * @param name the subject's or the teacher's name
     * @param results one per period
     */
    public record Line(String code, String name, List<Result> results) {

        /** Copies the results. */
        public Line {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            results = List.copyOf(results);
        }
    }

    /** Copies the lists. */
    public ResultsAnalysis {
        Objects.requireNonNull(classCode, "classCode");
        Objects.requireNonNull(asOf, "asOf");
        periods = List.copyOf(periods);
        classResults = List.copyOf(classResults);
        pupils = List.copyOf(pupils);
        subjects = List.copyOf(subjects);
        teachers = List.copyOf(teachers);
    }
}
