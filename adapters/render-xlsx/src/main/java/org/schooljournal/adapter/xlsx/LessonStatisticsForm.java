package org.schooljournal.adapter.xlsx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.reports.LessonStatistics;

/**
 * The lesson statistics of journals (MRK-14) as a table: one row per journal — the class or
 * group, the subject, the first and last dates, the lessons of the timetable and those given, of
 * them by kind of lesson, the curriculum's weekly hours and the thematic plan's hours, the current
 * marks by value (one column per value any of the journals has, the highest first), and the share
 * of satisfactory marks (успеваемость) and of 4s and 5s (качество) as percentages. A deputy head
 * puts every journal of the school on one sheet and filters or sorts by any of them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LessonStatisticsForm implements TableForm<List<LessonStatistics>> {

    /** Numbers first, the highest first («5», «4», …), then the other marks alphabetically («зач», «н/а»). */
    static final Comparator<String> MARK_ORDER = Comparator
            .comparing((String mark) -> !WorkbookWriter.isWholeNumber(mark))
            .thenComparing((a, b) -> WorkbookWriter.isWholeNumber(a) ? Long.compare(Long.parseLong(b), Long.parseLong(a))
                    : a.compareTo(b));

    private final Function<String, String> subjectName;

    /** Returns the form that names the subjects by their codes. */
    public LessonStatisticsForm() {
        this(Function.identity());
    }

    /** Returns the form that names the subjects so, such as {@code Programme.of(school)::subjectName}. */
    public LessonStatisticsForm(Function<String, String> subjectName) {
        this.subjectName = Objects.requireNonNull(subjectName, "subjectName");
    }

    @Override
    public Table table(List<LessonStatistics> journals) {
        TreeSet<String> markValues = new TreeSet<>(MARK_ORDER);
        journals.forEach(statistics -> markValues.addAll(statistics.marks().keySet()));
        Table.Builder table = Table.named(Labels.sheetName("statistics.sheet"))
                .column(Labels.text("column.holder"), ColumnType.TEXT)
                .column(Labels.text("column.subject"), ColumnType.TEXT)
                .column(Labels.text("column.from"), ColumnType.DATE)
                .column(Labels.text("column.to"), ColumnType.DATE)
                .column(Labels.text("statistics.timetabled"), ColumnType.INTEGER)
                .column(Labels.text("statistics.given"), ColumnType.INTEGER);
        for (LessonKind kind : LessonKind.values()) {
            table.column(Labels.text("statistics.kind", Labels.text("kind." + kind.name())), ColumnType.INTEGER);
        }
        table.column(Labels.text("statistics.weeklyHours"), ColumnType.DECIMAL)
                .column(Labels.text("statistics.plannedHours"), ColumnType.INTEGER);
        markValues.forEach(mark -> table.column(Labels.text("statistics.marks", mark), ColumnType.INTEGER));
        table.column(Labels.text("statistics.satisfactory"), ColumnType.PERCENT)
                .column(Labels.text("statistics.good"), ColumnType.PERCENT);
        for (LessonStatistics statistics : journals) {
            List<Object> cells = new ArrayList<>(List.of(statistics.key().holderCode(),
                    subjectName.apply(statistics.key().subjectCode()), statistics.from(), statistics.to(),
                    statistics.timetabled(), statistics.given()));
            for (LessonKind kind : LessonKind.values()) {
                cells.add(statistics.givenByKind().getOrDefault(kind, 0));
            }
            cells.add(statistics.weeklyHours().orElse(null));
            cells.add(statistics.plannedHours().isPresent() ? statistics.plannedHours().getAsInt() : null);
            markValues.forEach(mark -> cells.add(statistics.marks().getOrDefault(mark, 0)));
            cells.add(statistics.satisfactoryPercent().orElse(null));
            cells.add(statistics.goodPercent().orElse(null));
            table.row(cells);
        }
        return table.build();
    }
}
