package org.schooljournal.adapter.pdf;

import static org.schooljournal.adapter.pdf.FormTexts.text;

import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.schooljournal.core.journal.EntryTiming;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalPage;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Revision;

/**
 * The printed class journal for the archive (ARC-1: printed, bound, signed and sealed by 30
 * June), landscape A4, PDF/A-2b. For each subject: the grid of the students' marks and absences
 * against the dated lessons, {@value #LESSONS_PER_GRID} lessons a table; the topics and homework
 * with the kind of lesson and who gave it; the corrections annex (each value replaced: the
 * original, the new value, who, when and why, MRK-10; a value a compromise report made invalid
 * is marked so, PD-4); the lateness annex (each entry recorded
 * late: the rule, the deadline, how late, and whether a declared technical failure caused it,
 * ARC-7). Then the closing sheet: «Прошнуровано, пронумеровано и скреплено печатью N листов», N
 * counting every page with the closing sheet, with lines for the head's signature, the date and
 * the seal.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ClassJournalPdf {

    static final int LESSONS_PER_GRID = 26;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private ClassJournalPdf() {
    }

    /**
     * Writes the class journal as a PDF/A-2b document; the stream is left open.
     *
     * @throws java.io.UncheckedIOException if the stream cannot be written
     */
    public static void write(ClassJournal journal, SchoolHeader header, OutputStream out) {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(out, "out");
        String title = text("journal.title");
        try (PdfForm form = new PdfForm(header, title, true)) {
            form.heading(title, 16);
            form.paragraph(text("journal.class", journal.classCode(), journal.from().format(DATE),
                    journal.to().format(DATE)), 11);
            boolean first = true;
            for (ClassJournal.SubjectJournal subject : journal.subjects()) {
                if (!first) {
                    form.newPage();
                }
                first = false;
                subject(form, subject, header);
            }
            closingSheet(form);
            form.write(out);
        }
    }

    private static void subject(PdfForm form, ClassJournal.SubjectJournal subject, SchoolHeader header) {
        ZoneId zone = header.printedAt().getZone();
        JournalPage page = subject.page();
        form.space(6);
        form.heading(text("journal.subject", header.subjectName(subject.key().subjectCode()),
                subject.teacherId().map(header::staffName).orElse("—")), 12);
        Map<String, String> students = new HashMap<>();
        page.rows().forEach(row -> students.put(row.student().personId(), row.student().fullName()));

        form.heading(text("journal.grid"), 10.5f);
        List<JournalPage.Lesson> lessons = page.lessons();
        if (lessons.isEmpty()) {
            form.paragraph(text("empty"), PdfForm.TEXT_SIZE);
        }
        for (int start = 0; start < lessons.size(); start += LESSONS_PER_GRID) {
            List<JournalPage.Lesson> part = lessons.subList(start, Math.min(lessons.size(), start + LESSONS_PER_GRID));
            List<String> columns = new ArrayList<>(List.of(text("summary.number"), text("summary.student")));
            part.forEach(lesson -> columns.add(lesson.lesson().date().format(DAY) + "\n" + lesson.lesson().slot()));
            float[] weights = new float[columns.size()];
            weights[0] = 1.2f;
            weights[1] = 9;
            for (int i = 2; i < weights.length; i++) {
                weights[i] = 1.6f;
            }
            List<List<String>> rows = new ArrayList<>();
            for (JournalPage.Row row : page.rows()) {
                List<String> cells = new ArrayList<>(List.of(String.valueOf(row.number()), row.student().fullName()));
                part.forEach(lesson -> cells.add(row.cell(lesson.lesson()).text()));
                rows.add(cells);
            }
            float full = weights[0] + weights[1] + LESSONS_PER_GRID * weights[2];
            form.table(weights, columns, rows, PdfForm.SMALL_SIZE,
                    form.width() * (weights[0] + weights[1] + part.size() * weights[2]) / full);
        }

        form.heading(text("journal.topics"), 10.5f);
        List<List<String>> topics = lessons.stream().map(lesson -> List.of(lesson.lesson().date().format(DATE),
                String.valueOf(lesson.lesson().slot()), lesson.topic().orElse(""),
                lesson.kind().map(kind -> text("lesson.kind." + kind.name())).orElse(""), lesson.homework().orElse(""),
                Stream.concat(lesson.taughtBy().map(header::staffName).stream(),
                        lesson.substitute().map(s -> text("lesson.substitute", header.staffName(s))).stream())
                        .reduce((a, b) -> a + "; " + b).orElse(""))).toList();
        table(form, "journal.topics.columns", new float[] {3, 1.5f, 14, 4, 10, 6}, topics);

        form.heading(text("journal.corrections"), 10.5f);
        List<List<String>> corrections = new ArrayList<>();
        for (JournalEntry entry : subject.corrected()) {
            List<Revision> revisions = entry.revisions();
            for (int i = 1; i < revisions.size(); i++) {
                Revision revision = revisions.get(i);
                String value = revision.invalidBy().map(act -> text("journal.corrections.invalid", shown(revision.value()), act))
                        .orElseGet(() -> shown(revision.value()));
                corrections.add(List.of(String.valueOf(entry.number()), lesson(entry), student(entry, students),
                        shown(revisions.get(i - 1).value()), value, header.staffName(revision.author()),
                        at(revision.recordedAt(), zone), revision.reason().orElse("")));
            }
        }
        table(form, "journal.corrections.columns", new float[] {2, 4, 7, 6, 6, 7, 5, 10}, corrections);

        form.heading(text("journal.lateness"), 10.5f);
        List<List<String>> late = new ArrayList<>();
        subject.late().forEach(entry -> late.add(lateRow(entry, students, zone, "journal.lateness.author")));
        subject.lateByFailure().forEach(entry -> late.add(lateRow(entry, students, zone, "journal.lateness.failure")));
        table(form, "journal.lateness.columns", new float[] {2, 4, 7, 6, 3, 5, 4, 9}, late);
    }

    private static void table(PdfForm form, String columns, float[] weights, List<List<String>> rows) {
        if (rows.isEmpty()) {
            form.paragraph(text("empty"), PdfForm.TEXT_SIZE);
            form.space(4);
        } else {
            form.table(weights, List.of(text(columns).split("\\|")), rows, PdfForm.SMALL_SIZE);
        }
    }

    private static List<String> lateRow(JournalEntry entry, Map<String, String> students, ZoneId zone, String cause) {
        Optional<EntryTiming> timing = entry.original().timing().or(entry::timing);
        return List.of(String.valueOf(entry.number()), lesson(entry), student(entry, students),
                shown(entry.current().value()), timing.map(t -> t.rule().code()).orElse(""),
                timing.flatMap(EntryTiming::closesAt).map(instant -> at(instant, zone)).orElse(""),
                timing.map(t -> duration(t.lateBy())).orElse(""), text(cause));
    }

    private static String lesson(JournalEntry entry) {
        return entry.lesson().map(ClassJournalPdf::lesson).or(entry::period).map(FormTexts::period).orElse("");
    }

    private static String lesson(LessonRef lesson) {
        return lesson.date().format(DATE) + ", " + lesson.slot();
    }

    private static String student(JournalEntry entry, Map<String, String> students) {
        return entry.studentId().map(id -> students.getOrDefault(id, id)).orElse("");
    }

    private static String shown(String value) {
        return value.isEmpty() ? text("journal.lateness.removed") : value;
    }

    private static String at(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(INSTANT);
    }

    /** Returns a lateness as «2 д 03:15» or «00:40». */
    private static String duration(Duration lateBy) {
        long minutes = lateBy.toMinutes();
        String time = String.format("%02d:%02d", minutes / 60 % 24, minutes % 60);
        return lateBy.toDays() > 0 ? lateBy.toDays() + " д " + time : time;
    }

    private static void closingSheet(PdfForm form) {
        form.newPage(false);
        form.space(120);
        form.heading(text("journal.closing.title"), 14);
        form.space(20);
        form.paragraph(text("journal.closing.sheets", form.pages()), 12);
        form.space(40);
        form.paragraph(text("journal.closing.head"), 12);
        form.space(24);
        form.paragraph(text("journal.closing.seal"), 12);
        form.space(24);
        form.paragraph(text("journal.closing.date"), 12);
    }
}
