package org.schooljournal.core.reports;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.roster.Student;

/**
 * The success rate and quality of a period (REP-1): per pupil, journal, class, parallel, subject
 * and teacher, and in total. A mark line counts period marks: success = marks not below «3» /
 * pupils counted × 100 %, quality = marks of «4» and «5» / pupils counted × 100 %. A pupil line's
 * {@linkplain Outcome#standing standing} sums up the pupil's marks; class, parallel and total lines
 * count pupils by their standing (a pupil succeeds with no failure, is of quality with every grade
 * «4» or «5»). «осв», «н/а», «безотм» and deferred marks count as the {@link ResultCounting} asked
 * says. Read as of an instant: what was recorded after it is not seen.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param scope what the report covers: the school's id, a class's code or a journal's key
 * @param period the period, such as {@code QUARTER-1} or {@code YEAR-1}
 * @param asOf the instant the report reads the journals as of
 * @param counting how marks that are not grades count
 * @param total the pupils of the scope by their standing
 * @param pupils each pupil's marks and standing, by class, then in alphabetical order
 * @param journals each journal's marks
 * @param classes each class's pupils by standing
 * @param parallels each grade's pupils by standing, the code being the grade
 * @param subjects each subject's marks over its journals
 * @param teachers each teacher's marks over their journals
 */
public record SuccessReport(String scope, PeriodRef period, Instant asOf, ResultCounting counting, Rate total,
        List<PupilLine> pupils, List<Line> journals, List<Line> classes, List<Line> parallels, List<Line> subjects,
        List<Line> teachers) {

    /**
     * One line: what it counts, by code and name.
     *
     * @param code the journal's key, class's code, grade, subject's code or teacher's id
     * @param name its name as the school has it: the class or group with the subject's name
     *     («5А × Математика»), the subject's name, the teacher's name; else the code
     * @param rate the counts
     */
    public record Line(String code, String name, Rate rate) {

        /** Checks the parts. */
        public Line {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rate, "rate");
        }
    }

    /**
     * A pupil's line.
     *
     * @param classCode the pupil's class on the period's last day
     * @param student the pupil
     * @param marks the pupil's period marks counted
     * @param standing the pupil's standing from them
     */
    public record PupilLine(String classCode, Student student, Rate marks, Outcome standing) {

        /** Checks the parts. */
        public PupilLine {
            Objects.requireNonNull(classCode, "classCode");
            Objects.requireNonNull(student, "student");
            Objects.requireNonNull(marks, "marks");
            Objects.requireNonNull(standing, "standing");
        }
    }

    /** Copies the lists. */
    public SuccessReport {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(total, "total");
        pupils = List.copyOf(pupils);
        journals = List.copyOf(journals);
        classes = List.copyOf(classes);
        parallels = List.copyOf(parallels);
        subjects = List.copyOf(subjects);
        teachers = List.copyOf(teachers);
    }
}
