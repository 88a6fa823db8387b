package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.schooljournal.core.journal.Journal;
import org.schooljournal.core.journal.JournalPage;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.programme.ThematicPlan;

/**
 * Prints a journal's page as on paper: on one side the first students in alphabetical order
 * against the dated lessons, with their marks and absence codes in columns of a fixed width, a
 * corrected cell starred (MRK-10); on the other the lessons with their topics, the hour of the
 * thematic plan each stands at, and their homework.
 */
final class JournalPageExcerpt {

    /** The width of a lesson's column: its date, «13.10». */
    private static final int COLUMN = 5;
    /** What precedes a line's name and follows it (page.line): two spaces, the number, a dot and a space; two spaces. */
    private static final int INDENT = 2 + 2 + 2 + 2;
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    private final JournalText text;
    private final PrintStream out;

    JournalPageExcerpt(JournalText text, PrintStream out) {
        this.text = text;
        this.out = out;
    }

    /** Prints the first students' lines of the page, and how many more there are. */
    void printMarks(JournalPage page, int lines) {
        List<JournalPage.Row> first = page.rows().subList(0, Math.min(lines, page.rows().size()));
        int names = first.stream().mapToInt(r -> text.student(r.student()).length()).max().orElse(0);
        out.println(text.text("page.title", first.size(), page.rows().size()));
        StringBuilder head = new StringBuilder();
        page.lessons().forEach(l -> head.append(' ').append(text.day(l.lesson().date())));
        out.println(" ".repeat(INDENT + names) + head.substring(1));
        for (JournalPage.Row row : first) {
            StringBuilder cells = new StringBuilder();
            for (JournalPage.Lesson lesson : page.lessons()) {
                JournalPage.Cell cell = row.cell(lesson.lesson());
                String shown = cell.text() + (cell.corrected() ? text.text("page.corrected") : "");
                cells.append(' ').append(pad(shown, COLUMN));
            }
            out.println(text.text("page.line", String.format("%2d", row.number()),
                    pad(text.student(row.student()), names), cells.substring(1).stripTrailing()));
        }
        if (page.rows().size() > first.size()) {
            out.println(text.text("page.more", page.rows().size() - first.size()));
        }
    }

    /**
     * Prints the page's other side: each lesson's date and slot, its topic with the hour of the
     * plan it stands at, whether it was recorded as a control work (LES-6), and its homework.
     */
    void printLessons(Journal journal, JournalPage page, ThematicPlan plan) {
        out.println(text.text("lessons.title"));
        for (JournalPage.Lesson lesson : page.lessons()) {
            var ref = lesson.lesson();
            String weekday = ref.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, RUSSIAN);
            String topic = lesson.topic().map(t -> PlanPosition.of(journal, plan, SchoolYear.YEAR.firstDay(), ref)
                    .filter(p -> p.topic().equals(t))
                    .map(p -> text.text("lessons.topic", t, p.hour(), p.hours())).orElse(t))
                    .orElse(text.text("lessons.none"));
            boolean controlWork = lesson.kind().equals(Optional.of(LessonKind.CONTROL_WORK));
            String work = controlWork ? text.text("lessons.controlWork") : "";
            out.println(text.text("lessons.line", text.day(ref.date()) + " " + weekday, ref.slot(), topic + work,
                    lesson.homework().orElse(text.text("lessons.none"))));
        }
    }

    private static String pad(String shown, int width) {
        return shown.length() >= width ? shown : shown + " ".repeat(width - shown.length());
    }
}
