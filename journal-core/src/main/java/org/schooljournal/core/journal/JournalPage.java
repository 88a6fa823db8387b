package org.schooljournal.core.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.roster.StudentOrder;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * A journal's page as on paper: on one side the students in alphabetical order against the dated
 * lessons, with their marks and absences; on the other the lessons with their topics and homework
 * (LES-1…LES-3, ATT-1, MRK-1). Values are the current ones; a corrected cell says so (MRK-10).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param key the journal
 * @param lessons the lessons, in order, with their topic side
 * @param rows the students, in alphabetical order, with their cells
 */
public record JournalPage(JournalKey key, List<Lesson> lessons, List<Row> rows) {

    /**
     * A lesson column: its date and slot, and its side of the page.
     *
     * @param lesson the lesson
     * @param kind the kind of lesson its topic records (LES-6), if recorded
     * @param topic its topic, if recorded
     * @param homework its general homework, if set
     * @param taughtBy who recorded the topic (the substitute for a substituted lesson, LES-5)
     * @param substitute the substitute, if the lesson was substituted
     */
    public record Lesson(LessonRef lesson, Optional<LessonKind> kind, Optional<String> topic, Optional<String> homework,
            Optional<String> taughtBy, Optional<String> substitute) {
    }

    /**
     * A student's line.
     *
     * @param number the line's number, from 1
     * @param student the student
     * @param cells the student's cell for each lesson that has one
     */
    public record Row(int number, Student student, Map<LessonRef, Cell> cells) {

        /** Copies the cells. */
        public Row {
            cells = Map.copyOf(cells);
        }

        /** Returns the cell of a lesson; empty when the student has nothing there. */
        public Cell cell(LessonRef lesson) {
            return cells.getOrDefault(lesson, Cell.EMPTY);
        }
    }

    /**
     * What a student's cell shows for a lesson.
     *
     * @param marks the current marks, in the order entered
     * @param absence the absence code, if any
     * @param corrected whether a value shown was corrected
     */
    public record Cell(List<String> marks, Optional<String> absence, boolean corrected) {

        /** A cell with nothing in it. */
        public static final Cell EMPTY = new Cell(List.of(), Optional.empty(), false);

        /** Copies the marks. */
        public Cell {
            marks = List.copyOf(marks);
        }

        /** Returns the cell as the page prints it: «н», «5», «н 5» for a make-up, «4/5». */
        public String text() {
            String shown = String.join("/", marks);
            return absence.map(a -> shown.isEmpty() ? a : a + " " + shown).orElse(shown);
        }
    }

    /** Copies the lists. */
    public JournalPage {
        Objects.requireNonNull(key, "key");
        lessons = List.copyOf(lessons);
        rows = List.copyOf(rows);
    }

    /** Returns the page of a journal from one date to another, both included. */
    static JournalPage of(JournalScope scope, JournalState journal, SchoolCalendar calendar, LocalDate from,
            LocalDate to) {
        List<LessonRef> refs = scope.lessons(journal, from, to, calendar);
        List<Lesson> lessons = new ArrayList<>();
        Map<String, Student> students = new LinkedHashMap<>();
        for (LessonRef ref : refs) {
            Optional<JournalEntry> topic = journal.presentEntry(EntryKind.TOPIC, ref, Optional.empty());
            lessons.add(new Lesson(ref, topic.flatMap(e -> e.detail("kind")).map(LessonKind::valueOf),
                    topic.map(e -> e.current().value()),
                    journal.presentEntry(EntryKind.HOMEWORK, ref, Optional.empty()).map(e -> e.current().value()),
                    topic.map(e -> e.original().author()), journal.substituteOf(ref)));
            scope.students(ref.date()).forEach(s -> students.putIfAbsent(s.personId(), s));
        }
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (Student student : StudentOrder.sort(students.values())) {
            Map<LessonRef, Cell> cells = new LinkedHashMap<>();
            for (LessonRef ref : refs) {
                Cell cell = cell(journal, ref, student.personId());
                if (!cell.equals(Cell.EMPTY)) {
                    cells.put(ref, cell);
                }
            }
            rows.add(new Row(number++, student, cells));
        }
        return new JournalPage(scope.key(), lessons, rows);
    }

    private static Cell cell(JournalState journal, LessonRef lesson, String studentId) {
        List<JournalEntry> entries = journal.lessonEntries(lesson).stream().filter(e -> e.present()
                && e.studentId().equals(Optional.of(studentId))
                && (e.kind() == EntryKind.MARK || e.kind() == EntryKind.ATTENDANCE)).toList();
        List<String> marks = entries.stream().filter(e -> e.kind() == EntryKind.MARK).map(e -> e.current().value())
                .toList();
        Optional<String> absence = entries.stream().filter(e -> e.kind() == EntryKind.ATTENDANCE)
                .map(e -> e.current().value()).findFirst();
        boolean corrected = entries.stream().anyMatch(JournalEntry::corrected);
        return new Cell(marks, absence, corrected);
    }
}
