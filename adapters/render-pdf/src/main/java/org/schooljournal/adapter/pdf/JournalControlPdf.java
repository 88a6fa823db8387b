package org.schooljournal.adapter.pdf;

import static org.schooljournal.adapter.pdf.FormTexts.text;

import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.printout.PrintoutDue;
import org.schooljournal.core.printout.PrintoutRecorded;
import org.schooljournal.core.reports.ControlCounts;
import org.schooljournal.core.reports.FewMarks;
import org.schooljournal.core.reports.JournalControl;
import org.schooljournal.core.reports.LateEntry;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;

/**
 * The printed control of the completeness and timeliness of the journals (REP-5, A2-head 14),
 * from journal-core's {@link JournalControl}: the dates, the instant read as of and the minimum of
 * marks; then one table per direction of the eight ({@link ControlCounts}), each with a line per
 * journal, per teacher, per class and the total — lessons recorded on time, marks on time, density
 * of marks, attendance recorded, the programme against the КТП, homework filled, homework volume
 * (not measured, said in words), substituted and missed lessons; the late entries with their
 * lateness, those by their author and, apart, those a declared technical failure caused (ARC-7);
 * the pupils with too few marks before the period mark; and where the year's printouts for the
 * paper archive stand (ARC-1, ARC-2): printed on time, printed late, not printed and not yet due,
 * or not printed and overdue. Landscape A4, PDF/A-2b.
 *
 * <p>The control names students by their identifiers only, so the form takes the school's
 * {@link Roster} to print their names.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class JournalControlPdf {

    private static final float LABEL_WEIGHT = 16;
    private static final float[] LATE_WEIGHTS = {5, 2, 5, 5, 7, 7, 6, 6, 4, 3};
    private static final float[] FEW_WEIGHTS = {6, 10, 5, 3, 4};
    private static final float[] PRINTOUT_WEIGHTS = {8, 4, 4, 7, 5, 3};

    /** Where a year's printout for the archive stands at the report's instant (ARC-1, ARC-2). */
    enum PrintoutStatus {
        /** Recorded by the deadline. */
        ON_TIME,
        /** Recorded after the deadline. */
        LATE,
        /** Not recorded, the deadline not passed. */
        DUE,
        /** Not recorded, the deadline passed. */
        MISSING;

        /** Returns where the printout stands at the control's instant. */
        static PrintoutStatus of(PrintoutDue due, JournalControl control) {
            if (due.printout().isPresent()) {
                return due.lateAt(control.asOf()) ? LATE : ON_TIME;
            }
            return due.lateAt(control.asOf()) ? MISSING : DUE;
        }
    }

    private JournalControlPdf() {
    }

    /**
     * Writes the control as a PDF/A-2b document; the stream is left open.
     *
     * @param roster the school's roster, whose students' names the form prints for their identifiers
     * @throws java.io.UncheckedIOException if the stream cannot be written
     */
    public static void write(JournalControl control, SchoolHeader header, Roster roster, OutputStream out) {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(out, "out");
        String title = text("control.title");
        ZoneId zone = header.printedAt().getZone();
        try (PdfForm form = new PdfForm(header, title, true)) {
            form.heading(title, 14);
            form.paragraph(text("control.dates", Figures.date(control.from()), Figures.date(control.to()),
                    Figures.instant(control.asOf(), zone), control.minimumMarks()), PdfForm.TEXT_SIZE + 1);
            form.space(6);
            List<Line> lines = lines(control, header);
            direction(form, "1", lines, c -> List.of(n(c.lessonsDue()), n(c.lessonsGiven()),
                    Figures.percent(c.givenPercent()), n(c.lessonsRecordedLater())));
            direction(form, "2", lines, c -> List.of(n(c.marks()), n(c.marksLate()), n(c.marksLateByFailure())));
            direction(form, "3", lines, c -> List.of(n(c.marks()), String.valueOf(c.pupilLessons()),
                    Figures.ratio(c.marksPerPupilLesson()), n(c.pupilPeriods()), n(c.pupilsWithFewMarks())),
                    control.minimumMarks());
            direction(form, "4", lines, c -> List.of(n(c.lessonsWithAbsences()), n(c.absences()), n(c.absencesLate()),
                    n(c.absencesLateByFailure())));
            direction(form, "5", lines, c -> List.of(n(c.plannedHours()), n(c.plannedTopics()),
                    n(c.plannedTopicsCovered()), Figures.percent(c.plannedTopicsPercent()), n(c.lessonsOnPlan())));
            direction(form, "6", lines, c -> List.of(n(c.lessonsGiven()), n(c.homeworkFilled()),
                    Figures.percent(c.homeworkPercent()), n(c.homeworkLate()), n(c.homeworkLateByFailure())));
            form.heading(text("control.direction.7"), 10.5f);
            form.paragraph(text("control.direction.7.text"), PdfForm.TEXT_SIZE);
            form.space(6);
            direction(form, "8", lines, c -> List.of(n(c.lessonsDue()), n(c.lessonsSubstituted()),
                    n(c.lessonsNotGiven())));
            table(form, text("control.late.count"), lines, "control.late.count.columns",
                    c -> List.of(n(c.lateEntries()), n(c.lateByFailure())));
            lateEntries(form, control, header, roster, zone);
            fewMarks(form, control, header, roster);
            printouts(form, control, zone);
            form.write(out);
        }
    }

    /** A line of the directions' tables: a journal, a teacher, a class or the total, with its counts. */
    private record Line(String label, ControlCounts counts) {
    }

    private static List<Line> lines(JournalControl control, SchoolHeader header) {
        List<Line> lines = new ArrayList<>();
        for (JournalControl.Row row : control.rows()) {
            lines.add(new Line(text("control.line.journal", row.journal().holderCode(),
                    header.subjectName(row.journal().subjectCode()),
                    row.teacherId().map(header::staffName).orElse(text("report.none"))), row.counts()));
        }
        control.byTeacher().forEach((teacher, counts) ->
                lines.add(new Line(text("control.line.teacher", header.staffName(teacher)), counts)));
        control.byClass().forEach((classCode, counts) ->
                lines.add(new Line(text("control.line.class", classCode), counts)));
        lines.add(new Line(text("control.line.total"), control.total()));
        return lines;
    }

    private static void direction(PdfForm form, String number, List<Line> lines,
            Function<ControlCounts, List<String>> cells, Object... arguments) {
        table(form, text("control.direction." + number), lines, "control.direction." + number + ".columns", cells,
                arguments);
    }

    private static void table(PdfForm form, String heading, List<Line> lines, String columnsName,
            Function<ControlCounts, List<String>> cells, Object... arguments) {
        form.heading(heading, 10.5f);
        List<String> columns = new ArrayList<>(List.of(text("control.line")));
        columns.addAll(List.of(text(columnsName, arguments).split("\\|")));
        float[] weights = new float[columns.size()];
        weights[0] = LABEL_WEIGHT;
        for (int i = 1; i < weights.length; i++) {
            weights[i] = 5;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Line line : lines) {
            List<String> row = new ArrayList<>(List.of(line.label()));
            row.addAll(cells.apply(line.counts()));
            rows.add(row);
        }
        form.table(weights, columns, rows, PdfForm.SMALL_SIZE, Math.min(form.width(), 60f * weights.length + 180));
    }

    private static void lateEntries(PdfForm form, JournalControl control, SchoolHeader header, Roster roster,
            ZoneId zone) {
        List<List<String>> byAuthor = new ArrayList<>();
        List<List<String>> byFailure = new ArrayList<>();
        for (LateEntry entry : control.lateEntries()) {
            (entry.causedByFailure() ? byFailure : byAuthor).add(List.of(journal(entry.journal(), header),
                    String.valueOf(entry.number()), text("entry.kind." + entry.kind()),
                    entry.lesson().map(lesson -> Figures.date(lesson.date()) + ", " + lesson.slot()).orElse(""),
                    entry.studentId().map(id -> studentName(roster, id)).orElse(""), header.staffName(entry.author()),
                    Figures.instant(entry.recordedAt(), zone),
                    entry.deadline().map(deadline -> Figures.instant(deadline, zone)).orElse(""),
                    Figures.lateness(entry.lateBy()), entry.rule().code()));
        }
        list(form, text("control.late"), byAuthor, "control.late.columns", LATE_WEIGHTS);
        list(form, text("control.late.failure"), byFailure, "control.late.columns", LATE_WEIGHTS);
    }

    private static void fewMarks(PdfForm form, JournalControl control, SchoolHeader header, Roster roster) {
        List<List<String>> rows = new ArrayList<>();
        for (FewMarks few : control.fewMarks()) {
            rows.add(List.of(journal(few.journal(), header), studentName(roster, few.studentId()),
                    FormTexts.period(few.period()), String.valueOf(few.marks()), few.periodMark().orElse("")));
        }
        list(form, text("control.few", control.minimumMarks()), rows, "control.few.columns", FEW_WEIGHTS);
    }

    private static void printouts(PdfForm form, JournalControl control, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        for (PrintoutDue due : control.printouts()) {
            rows.add(List.of(text("printout.form." + due.form()),
                    text("printout.year", due.academicYear(), due.academicYear() + 1),
                    Figures.date(due.due().minusNanos(1).atZone(zone).toLocalDate()),
                    text("printout.status." + PrintoutStatus.of(due, control)),
                    due.printout().map(PrintoutRecorded::recordedAt).map(at -> Figures.instant(at, zone)).orElse(""),
                    due.printout().map(p -> String.valueOf(p.files().size())).orElse("")));
        }
        list(form, text("control.printouts"), rows, "control.printouts.columns", PRINTOUT_WEIGHTS);
    }

    private static void list(PdfForm form, String heading, List<List<String>> rows, String columns, float[] weights) {
        form.heading(heading, 10.5f);
        if (rows.isEmpty()) {
            form.paragraph(text("empty"), PdfForm.TEXT_SIZE);
            form.space(6);
        } else {
            form.table(weights, List.of(text(columns).split("\\|")), rows, PdfForm.SMALL_SIZE);
        }
    }

    private static String journal(JournalKey key, SchoolHeader header) {
        return key.holderCode() + ", " + header.subjectName(key.subjectCode());
    }

    private static String studentName(Roster roster, String studentId) {
        return roster.student(studentId).map(Student::fullName).orElse(studentId);
    }

    private static String n(int count) {
        return String.valueOf(count);
    }
}
