package org.schooljournal.examples.web;

import java.util.List;
import java.util.Optional;

/**
 * What the teacher's journal page shows (the template {@code journal.jte}): the class list against
 * the dated lessons of a fortnight (LES-1, ATT-1, MRK-1), each lesson's deadlines as the rules give
 * them (ATT-2, MRK-2), each cell's entries with their lateness and history (MRK-10), the period
 * marks (MRK-7) and the lessons' topics and homework (LES-1…LES-3). Everything is text ready to
 * print; the page decides nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param caption the grid's caption
 * @param fortnight the fortnight in words, such as «03.11–16.11.2025»
 * @param marks the marks of the journal's grading system, such as «1, 2, 3, 4, 5» (MRK-1)
 * @param from the fortnight's Monday, as {@code YYYY-MM-DD}, which the forms send back
 * @param action the page's address, where its forms post (with a suffix)
 * @param previous the address of the fortnight before
 * @param next the address of the fortnight after
 * @param now the instant the page was made, ISO-8601, from which the countdowns count
 * @param editable whether the reader may record in the journal (ACC-2): the forms are shown
 * @param lessons the lesson columns, in order
 * @param rows the students' lines, in list order (ROS-3)
 * @param period the period marks' column, if the fortnight has a period to show
 * @param error the engine's refusal of the last form, if it was refused and not placed at a field
 */
public record JournalView(String caption, String fortnight, String marks, String from, String action, String previous, String next,
        String now, boolean editable, List<Lesson> lessons, List<Row> rows, Optional<PeriodColumn> period,
        Optional<String> error) {

    /** Copies the lists. */
    public JournalView {
        lessons = List.copyOf(lessons);
        rows = List.copyOf(rows);
    }

    /**
     * A lesson's column and its side of the page.
     *
     * @param id the column's anchor, {@code lesson-YYYY-MM-DD-N}
     * @param ref the lesson as the forms send it, {@code YYYY-MM-DD-N}
     * @param title the lesson in words, such as «ср 12.11, урок 2»
     * @param day the date, such as «12.11»
     * @param slot the slot in words, such as «урок 2»
     * @param attendance the deadline of absences (ATT-2)
     * @param marks the deadline of marks (MRK-2)
     * @param topic the topic, if recorded
     * @param homework the homework, if set
     * @param topicError the refusal of the topic's form, if it was just refused
     * @param homeworkError the refusal of the homework's form, if it was just refused
     */
    public record Lesson(String id, String ref, String title, String day, String slot, Deadline attendance,
            Deadline marks, Optional<String> topic, Optional<String> homework, Optional<String> topicError,
            Optional<String> homeworkError) {
    }

    /**
     * A deadline as the rules give it.
     *
     * @param label what it limits and until when, such as ««н» до 09:05»
     * @param instant the deadline, ISO-8601, for {@code <time datetime>} and the countdown
     * @param remaining the time left in words when the page was made, if the entry is open now
     * @param passed whether the deadline has passed
     */
    public record Deadline(String label, String instant, Optional<String> remaining, boolean passed) {
    }

    /**
     * A student's line.
     *
     * @param number the line's number, from 1
     * @param id the student's id, which the forms send
     * @param name the student's name
     * @param cells the cell of each lesson, in the lessons' order
     * @param period the student's period mark, if the page has a period column
     */
    public record Row(int number, String id, String name, List<Cell> cells, Optional<PeriodMark> period) {

        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A student's cell for a lesson.
     *
     * @param id the cell's anchor, {@code c-YYYY-MM-DD-N-student}
     * @param lesson the lesson as the forms send it, {@code YYYY-MM-DD-N}
     * @param label the cell in words for a screen reader, such as «Иванов Иван, ср 12.11, урок 2»
     * @param text what the cell shows, such as «н» or «4/5»; empty when nothing
     * @param corrected whether a value shown was corrected (MRK-10)
     * @param late the lateness of each entry made late, in words (ATT-2, MRK-2)
     * @param notes the teacher's notes of the student's lateness to the lesson (LES-7)
     * @param entries the entries one may correct, each with its number
     * @param history each corrected entry's values, oldest first (MRK-10)
     * @param value the value the refused form sent, to show again
     * @param error the refusal of the cell's form, if it was just refused
     * @param errorField which field of the form the refusal names: {@code value} or {@code reason}
     */
    public record Cell(String id, String lesson, String label, String text, boolean corrected, List<String> late,
            List<String> notes, List<Choice> entries, List<String> history, String value, Optional<String> error, String errorField) {

        /** Copies the lists. */
        public Cell {
            late = List.copyOf(late);
            notes = List.copyOf(notes);
            entries = List.copyOf(entries);
            history = List.copyOf(history);
        }

        /** Returns whether the cell has an entry one may correct. */
        public boolean filled() {
            return !entries.isEmpty();
        }
    }

    /**
     * An entry to choose in a correction's form.
     *
     * @param number the entry's number
     * @param label the entry in words, such as «отметка 4»
     */
    public record Choice(int number, String label) {
    }

    /**
     * The period marks' column (MRK-7).
     *
     * @param ref the period as the forms send it, such as {@code QUARTER-1}
     * @param title the period in words, such as «1-я четверть»
     * @param window when the marks may be set, in words
     */
    public record PeriodColumn(String ref, String title, String window) {
    }

    /**
     * A student's period mark.
     *
     * @param value the mark, empty if none
     * @param late its lateness in words, if set late
     * @param editable whether it may be set now: none yet, and the rules' window open
     * @param id the anchor of the student's period cell
     * @param label the field's label for a screen reader
     * @param error the refusal of the form, if it was just refused
     */
    public record PeriodMark(String value, Optional<String> late, boolean editable, String id, String label,
            Optional<String> error) {
    }
}
