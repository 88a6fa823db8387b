package org.schooljournal.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.printout.PrintoutDue;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;

/**
 * The control of the completeness and timeliness of the journals (REP-5, A2-head 14: «контроль за
 * ведением учёта»), over some dates, as the journals stood at an instant: for each journal its
 * {@link ControlCounts} in the eight directions of the regulation, its students with too few marks
 * before the period mark and its late entries, each with how late and whether a declared technical
 * failure caused it (ARC-7, counted apart); and the counts summed per teacher, per class and for
 * all the journals read. Read by the administration for the school, by a class's homeroom teacher
 * for the class, by a subject teacher for their journals (ACC-2, ACC-3, ACC-4), through {@link
 * Reports#control}, {@link Reports#classControl}, {@link Reports#journalControl} and {@link
 * Reports#teacherControl}.
 *
 * <p>A group's journal counts for each of its base classes; a journal counts for the teacher the
 * teaching load gives it (YR-7), its substituted lessons too ({@link
 * ControlCounts#lessonsSubstituted()} says how many), and one with no teacher assigned for none.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param from the first date
 * @param to the last date
 * @param asOf the instant the journals are read as of: what was recorded after it is left out
 * @param minimumMarks the fewest current marks a student should have in a period before the period
 *     mark; fewer are listed
 * @param rows the journals, in the school's order of classes and groups, then subjects
 * @param byTeacher the counts summed per teacher, by the teacher's id
 * @param byClass the counts summed per class, by the class's code
 * @param total the counts of every journal read, summed
 * @param printouts where the academic year's printouts for the paper archive stand (ARC-1,
 *     ARC-2): due by 30 June, recorded on time, late, or not yet
 */
public record JournalControl(
        LocalDate from, LocalDate to, Instant asOf, int minimumMarks, List<Row> rows,
        Map<String, ControlCounts> byTeacher, Map<String, ControlCounts> byClass, ControlCounts total,
        List<PrintoutDue> printouts) {

    /**
     * The fewest current marks a student should have in a period before the period mark, when
     * the reader names none: three. Neither the regulation nor the rule sets fix a number
     * («наполняемость отметок» is a direction of control, not a norm); three marks per quarter is
     * the practice the schools' own rules of assessment commonly set.
     */
    public static final int DEFAULT_MINIMUM_MARKS = 3;

    /** The most marks a minimum may ask for: more than a period's lessons of any subject. */
    public static final int MAX_MINIMUM_MARKS = 100;

    /**
     * One journal's control.
     *
     * @param journal the journal
     * @param teacherId its teacher (YR-7), if assigned
     * @param classCodes its class, or its group's base classes
     * @param counts its counts
     * @param fewMarks its students with fewer marks than the minimum in a period ending within the dates
     * @param lateEntries its late entries of the dates, in the order of their numbers
     * @param lessonsNotGiven its due lessons without a topic, in order ({@link
     *     ControlCounts#lessonsNotGiven()} counts them): the journal's days a reader opens to see what is missing
     */
    public record Row(JournalKey journal, Optional<String> teacherId, List<String> classCodes, ControlCounts counts,
            List<FewMarks> fewMarks, List<LateEntry> lateEntries, List<LessonRef> lessonsNotGiven) {

        /** Copies the lists. */
        public Row {
            Objects.requireNonNull(journal, "journal");
            Objects.requireNonNull(teacherId, "teacherId");
            Objects.requireNonNull(counts, "counts");
            classCodes = List.copyOf(classCodes);
            fewMarks = List.copyOf(fewMarks);
            lateEntries = List.copyOf(lateEntries);
            lessonsNotGiven = List.copyOf(lessonsNotGiven);
        }
    }

    /** Copies the collections. */
    public JournalControl {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(total, "total");
        rows = List.copyOf(rows);
        byTeacher = Collections.unmodifiableMap(new LinkedHashMap<>(byTeacher));
        byClass = Collections.unmodifiableMap(new LinkedHashMap<>(byClass));
        printouts = List.copyOf(printouts);
    }

    /** Returns the control of the journals' rows, summed per teacher, per class and in all. */
    static JournalControl of(LocalDate from, LocalDate to, Instant asOf, int minimumMarks, List<Row> rows,
            List<PrintoutDue> printouts) {
        Map<String, ControlCounts> byTeacher = new LinkedHashMap<>();
        Map<String, ControlCounts> byClass = new LinkedHashMap<>();
        ControlCounts total = ControlCounts.NONE;
        for (Row row : rows) {
            row.teacherId().ifPresent(teacher -> byTeacher.merge(teacher, row.counts(), ControlCounts::plus));
            row.classCodes().forEach(classCode -> byClass.merge(classCode, row.counts(), ControlCounts::plus));
            total = total.plus(row.counts());
        }
        return new JournalControl(from, to, asOf, minimumMarks, rows, byTeacher, byClass, total, printouts);
    }

    /** Returns the row of a journal, if it was read. */
    public Optional<Row> row(JournalKey journal) {
        return rows.stream().filter(row -> row.journal().equals(journal)).findFirst();
    }

    /** Returns every journal's late entries, journal by journal. */
    public List<LateEntry> lateEntries() {
        return rows.stream().flatMap(row -> row.lateEntries().stream()).toList();
    }

    /** Returns every journal's students with too few marks, journal by journal. */
    public List<FewMarks> fewMarks() {
        return rows.stream().flatMap(row -> row.fewMarks().stream()).toList();
    }
}
