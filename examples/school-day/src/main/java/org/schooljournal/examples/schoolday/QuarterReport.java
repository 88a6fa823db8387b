package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schooljournal.core.forecast.Forecast;
import org.schooljournal.core.forecast.ForecastText;
import org.schooljournal.core.forecast.Weight;
import org.schooljournal.core.forecast.WeightedMark;
import org.schooljournal.core.journal.Journal;
import org.schooljournal.core.journal.PeriodCompleteness;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.reports.SummarySheet;
import org.schooljournal.core.programme.Subject;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.programme.Programme;

/**
 * Prints the end of a quarter in one journal: a student's forecast of the quarter mark with the
 * marks it counts and its Russian explanation (MRK-11); the class's summary sheet of the quarter,
 * with the subjects that have a mark in it (MRK-12); and whether the quarter is closed (MRK-9),
 * with its marks counted by value.
 */
final class QuarterReport {

    /** How wide a line of the summary sheet may grow, in characters, before its students wrap. */
    private static final int SHEET_WIDTH = 96;

    private final SchoolState state;
    private final RussianText russian;
    private final JournalText text;
    private final PrintStream out;

    QuarterReport(SchoolState state, RussianText russian, JournalText text, PrintStream out) {
        this.state = state;
        this.russian = russian;
        this.text = text;
        this.out = out;
    }

    /** Prints the forecast of the student's quarter mark, read on the day, and its explanation. */
    void printForecast(Journal journal, Student student, LocalDate readOn) {
        Forecast forecast = journal.forecast(student.personId(), MathsFortnight.QUARTER, readOn);
        List<String> marks = new ArrayList<>();
        forecast.counted().stream().sorted(Comparator.comparing(WeightedMark::lessonDate)).forEach(m -> marks.add(
                m.weight().equals(Weight.ONE)
                        ? text.text("forecast.mark", text.day(m.lessonDate()), m.value())
                        : text.text("forecast.weighted", text.day(m.lessonDate()), m.value(),
                                m.weight().value().stripTrailingZeros().toPlainString())));
        out.println(text.text("forecast.title", russian.date(readOn), student.fullName(), String.join(", ", marks)));
        out.println(text.text("forecast.text", ForecastText.russian().explain(forecast)));
    }

    /**
     * Prints the summary sheet's quarter marks in the subjects that have one, the students side by
     * side as far as the line allows.
     */
    void printSheet(SummarySheet sheet, PeriodRef period) {
        String name = period.toString();
        List<String> subjects = sheet.subjects().stream()
                .filter(s -> sheet.rows().stream().anyMatch(r -> r.mark(s, name).isPresent())).toList();
        if (subjects.isEmpty()) {
            out.println(text.text("sheet.none"));
            return;
        }
        List<String> names = subjects.stream()
                .map(s -> Programme.of(state).subject(s).map(Subject::name).orElse(s)).toList();
        out.println(text.text("sheet.title", String.join(", ", names)));
        int nameWidth = sheet.rows().stream().mapToInt(r -> text.student(r.student()).length()).max().orElse(0);
        List<String> cells = new ArrayList<>();
        for (SummarySheet.Row row : sheet.rows()) {
            StringBuilder marks = new StringBuilder();
            subjects.forEach(s -> marks.append(String.format("%-4s", row.mark(s, name).orElse("—"))));
            cells.add(text.text("sheet.cell", String.format("%2d", row.number()),
                    String.format("%-" + nameWidth + "s", text.student(row.student())), marks));
        }
        int width = cells.stream().mapToInt(String::length).max().orElse(1) + 2;
        int columns = Math.max(1, SHEET_WIDTH / width);
        int lines = (cells.size() + columns - 1) / columns;
        for (int line = 0; line < lines; line++) {
            StringBuilder printed = new StringBuilder(" ");
            for (int column = 0; column < columns && line + column * lines < cells.size(); column++) {
                printed.append(' ').append(String.format("%-" + width + "s", cells.get(line + column * lines)));
            }
            out.println(printed.toString().stripTrailing());
        }
    }

    /** Prints whether the journal's quarter is closed, with its marks by value, or who is missing. */
    void printClose(Journal journal, PeriodRef period) {
        PeriodCompleteness completeness = journal.completeness(period);
        int students = completeness.marked().size() + completeness.deferred().size() + completeness.missing().size();
        if (!journal.state().closed(period)) {
            out.println(text.text("quarter.open", completeness.missing().size(), students));
            return;
        }
        Map<String, Integer> byValue = new TreeMap<>(Comparator
                .comparing((String value) -> !value.chars().allMatch(Character::isDigit))
                .thenComparing(Comparator.reverseOrder()));
        completeness.marked().forEach(s -> PeriodCompleteness.periodMark(journal.state(), period, s.personId())
                .ifPresent(e -> byValue.merge(e.current().value(), 1, Integer::sum)));
        List<String> counts = new ArrayList<>();
        byValue.forEach((value, count) -> counts.add(text.text("quarter.count", value, count)));
        out.println(text.text("quarter.closed", students, String.join(", ", counts)));
    }
}
