package org.schooljournal.adapter.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.schooljournal.core.reports.ControlCounts;
import org.schooljournal.core.reports.FewMarks;
import org.schooljournal.core.reports.JournalControl;
import org.schooljournal.core.reports.LateEntry;

/**
 * The control of the completeness and timeliness of the journals (REP-5, A2-head 14) as three
 * tables. «Контроль журналов»: a row per journal — the class or group, the subject, the teacher,
 * the classes it counts for, the dates — with the counts of the eight directions
 * ({@link ControlCounts}, in its order: lessons recorded, marks on time, density of marks,
 * attendance, programme covered, homework, substituted and missed lessons; the seventh, homework's
 * volume, counts nothing), then a row per teacher, per class and the total, the «Строка» column
 * telling them apart. «Несвоевременные записи»: a row per late entry — its journal, number, kind,
 * rule, lesson, student, author, when it was entered, its deadline (in the school's zone), how late
 * in hours and whether a declared technical failure caused it (ARC-7). «Мало отметок»: a row per
 * student with fewer current marks before the period mark than the report's minimum.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JournalControlForm implements TableForm<JournalControl> {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    /** The counts' columns, in the order of the directions: the bundle's key and the count. */
    private static final List<Count> COUNTS = List.of(
            new Count("lessonsDue", ColumnType.INTEGER, ControlCounts::lessonsDue),
            new Count("lessonsGiven", ColumnType.INTEGER, ControlCounts::lessonsGiven),
            new Count("givenPercent", ColumnType.PERCENT, c -> c.givenPercent().orElse(null)),
            new Count("lessonsRecordedLater", ColumnType.INTEGER, ControlCounts::lessonsRecordedLater),
            new Count("marks", ColumnType.INTEGER, ControlCounts::marks),
            new Count("marksLate", ColumnType.INTEGER, ControlCounts::marksLate),
            new Count("marksLateByFailure", ColumnType.INTEGER, ControlCounts::marksLateByFailure),
            new Count("pupilLessons", ColumnType.INTEGER, ControlCounts::pupilLessons),
            new Count("marksPerPupilLesson", ColumnType.DECIMAL, c -> c.marksPerPupilLesson().orElse(null)),
            new Count("pupilPeriods", ColumnType.INTEGER, ControlCounts::pupilPeriods),
            new Count("pupilsWithFewMarks", ColumnType.INTEGER, ControlCounts::pupilsWithFewMarks),
            new Count("lessonsWithAbsences", ColumnType.INTEGER, ControlCounts::lessonsWithAbsences),
            new Count("absences", ColumnType.INTEGER, ControlCounts::absences),
            new Count("absencesLate", ColumnType.INTEGER, ControlCounts::absencesLate),
            new Count("absencesLateByFailure", ColumnType.INTEGER, ControlCounts::absencesLateByFailure),
            new Count("plannedHours", ColumnType.INTEGER, ControlCounts::plannedHours),
            new Count("plannedTopics", ColumnType.INTEGER, ControlCounts::plannedTopics),
            new Count("plannedTopicsCovered", ColumnType.INTEGER, ControlCounts::plannedTopicsCovered),
            new Count("plannedTopicsPercent", ColumnType.PERCENT, c -> c.plannedTopicsPercent().orElse(null)),
            new Count("lessonsOnPlan", ColumnType.INTEGER, ControlCounts::lessonsOnPlan),
            new Count("homeworkFilled", ColumnType.INTEGER, ControlCounts::homeworkFilled),
            new Count("homeworkPercent", ColumnType.PERCENT, c -> c.homeworkPercent().orElse(null)),
            new Count("homeworkLate", ColumnType.INTEGER, ControlCounts::homeworkLate),
            new Count("homeworkLateByFailure", ColumnType.INTEGER, ControlCounts::homeworkLateByFailure),
            new Count("lessonsSubstituted", ColumnType.INTEGER, ControlCounts::lessonsSubstituted),
            new Count("lessonsNotGiven", ColumnType.INTEGER, ControlCounts::lessonsNotGiven),
            new Count("lateEntries", ColumnType.INTEGER, ControlCounts::lateEntries),
            new Count("lateByFailure", ColumnType.INTEGER, ControlCounts::lateByFailure));

    private final ZoneId zone;
    private final Function<String, String> subjectName;
    private final Function<String, String> personName;

    /** Returns the form that shows times in the school's zone and names subjects and people by their codes. */
    public JournalControlForm(ZoneId zone) {
        this(zone, Function.identity(), Function.identity());
    }

    /**
     * Returns the form that shows times in the school's zone and names the subjects, teachers,
     * students and authors so, such as {@code Programme.of(school)::subjectName}.
     */
    public JournalControlForm(ZoneId zone, Function<String, String> subjectName, Function<String, String> personName) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.subjectName = Objects.requireNonNull(subjectName, "subjectName");
        this.personName = Objects.requireNonNull(personName, "personName");
    }

    @Override
    public Table table(JournalControl report) {
        Table.Builder table = Table.named(Labels.sheetName("control.sheet"))
                .column(Labels.text("column.line"), ColumnType.TEXT)
                .column(Labels.text("column.holder"), ColumnType.TEXT)
                .column(Labels.text("column.subject"), ColumnType.TEXT)
                .column(Labels.text("column.teacher"), ColumnType.TEXT)
                .column(Labels.text("control.classes"), ColumnType.TEXT)
                .column(Labels.text("column.from"), ColumnType.DATE)
                .column(Labels.text("column.to"), ColumnType.DATE);
        COUNTS.forEach(count -> table.column(Labels.text("control." + count.key()), count.type()));
        for (JournalControl.Row row : report.rows()) {
            table.row(row(report, "journal", row.journal().holderCode(), subjectName.apply(row.journal().subjectCode()),
                    row.teacherId().map(personName).orElse(null), String.join(", ", row.classCodes()), row.counts()));
        }
        for (Map.Entry<String, ControlCounts> teacher : report.byTeacher().entrySet()) {
            table.row(row(report, "teacher", null, null, personName.apply(teacher.getKey()), null, teacher.getValue()));
        }
        for (Map.Entry<String, ControlCounts> classCounts : report.byClass().entrySet()) {
            table.row(row(report, "class", classCounts.getKey(), null, null, classCounts.getKey(),
                    classCounts.getValue()));
        }
        table.row(row(report, "total", null, null, null, null, report.total()));
        return table.build();
    }

    /** Returns the journals' counts, then their late entries, then their students with few marks. */
    @Override
    public List<Table> tables(JournalControl report) {
        return List.of(table(report), lateEntries(report), fewMarks(report));
    }

    private Table lateEntries(JournalControl report) {
        Table.Builder table = Table.named(Labels.sheetName("control.lateSheet"))
                .column(Labels.text("column.holder"), ColumnType.TEXT)
                .column(Labels.text("column.subject"), ColumnType.TEXT)
                .column(Labels.text("control.entryNumber"), ColumnType.INTEGER)
                .column(Labels.text("control.entryKind"), ColumnType.TEXT)
                .column(Labels.text("control.rule"), ColumnType.TEXT)
                .column(Labels.text("control.lessonDate"), ColumnType.DATE)
                .column(Labels.text("column.slot"), ColumnType.INTEGER)
                .column(Labels.text("control.student"), ColumnType.TEXT)
                .column(Labels.text("control.author"), ColumnType.TEXT)
                .column(Labels.text("control.recordedAt"), ColumnType.DATE_TIME)
                .column(Labels.text("control.deadline"), ColumnType.DATE_TIME)
                .column(Labels.text("control.lateHours"), ColumnType.DECIMAL)
                .column(Labels.text("control.causedByFailure"), ColumnType.TEXT);
        for (LateEntry entry : report.lateEntries()) {
            table.row(Arrays.asList(entry.journal().holderCode(), subjectName.apply(entry.journal().subjectCode()),
                    entry.number(), Labels.text("entry." + entry.kind().name()), entry.rule().code(),
                    entry.lesson().map(lesson -> lesson.date()).orElse(null),
                    entry.lesson().map(lesson -> lesson.slot()).orElse(null),
                    entry.studentId().map(personName).orElse(null), personName.apply(entry.author()),
                    local(entry.recordedAt()), entry.deadline().map(this::local).orElse(null), hours(entry.lateBy()),
                    Labels.text(entry.causedByFailure() ? "yes" : "no")));
        }
        return table.build();
    }

    private Table fewMarks(JournalControl report) {
        Table.Builder table = Table.named(Labels.sheetName("control.fewSheet"))
                .column(Labels.text("column.holder"), ColumnType.TEXT)
                .column(Labels.text("column.subject"), ColumnType.TEXT)
                .column(Labels.text("control.student"), ColumnType.TEXT)
                .column(Labels.text("column.period"), ColumnType.TEXT)
                .column(Labels.text("control.fewMarks"), ColumnType.INTEGER)
                .column(Labels.text("control.periodMark"), ColumnType.MARK);
        for (FewMarks few : report.fewMarks()) {
            table.row(Arrays.asList(few.journal().holderCode(), subjectName.apply(few.journal().subjectCode()),
                    personName.apply(few.studentId()), Labels.period(few.period()), few.marks(),
                    few.periodMark().orElse(null)));
        }
        return table.build();
    }

    private static List<Object> row(JournalControl report, String kind, String holder, String subject, String teacher,
            String classes, ControlCounts counts) {
        List<Object> cells = new ArrayList<>(Arrays.asList(Labels.text("control.line." + kind), holder, subject,
                teacher, classes, report.from(), report.to()));
        COUNTS.forEach(count -> cells.add(count.value().apply(counts)));
        return cells;
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone).withNano(0);
    }

    /** Returns a lateness in hours, to two decimals, half up. */
    static BigDecimal hours(Duration lateBy) {
        return BigDecimal.valueOf(lateBy.getSeconds()).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    /** A column of the counts: its bundle key after {@code control.}, its type and its value. */
    private record Count(String key, ColumnType type, Function<ControlCounts, Object> value) {
    }
}
