package org.schooljournal.adapter.pdf;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.schooljournal.core.diary.DiaryExtract;
import org.schooljournal.core.diary.ExtractBlock;
import org.schooljournal.core.reports.SummarySheet;
import org.schooljournal.core.roster.Student;

/**
 * The generators of the printed forms' models, in one place: Cyrillic words short enough for a
 * cell, students, summary sheets of up to six subjects and five periods, and diary extracts of
 * headings, paragraphs and tables.
 */
final class PrintedFormGenerators {

    private static final List<String> MARKS = List.of("5", "4", "3", "2", "осв", "н/а", "зач");
    private static final List<String> PERIODS = List.of("QUARTER-1", "QUARTER-2", "QUARTER-3", "QUARTER-4", "YEAR-1");

    private PrintedFormGenerators() {
    }

    /** A Russian word of two to ten letters, capitalised, «ё» included. */
    static Gen<String> words() {
        return strings().betweenCodePoints(0x0430, 0x0451).ofLengthBetween(2, 10)
                .map(word -> word.replace('ѐ', 'ё'))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }

    /** One to five words. */
    static Gen<String> phrases() {
        return in -> {
            int count = integers().between(1, 5).generate(in);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                words.add(words().generate(in));
            }
            return String.join(" ", words);
        };
    }

    /** A summary sheet with the subjects' names its header gives. */
    record NamedSheet(SummarySheet sheet, Map<String, String> subjectNames) {
    }

    static Gen<NamedSheet> summarySheets() {
        return in -> {
            int subjectCount = integers().between(1, 6).generate(in);
            List<String> subjects = new ArrayList<>();
            Map<String, String> names = new HashMap<>();
            for (int i = 0; i < subjectCount; i++) {
                subjects.add("sub" + i);
                names.put("sub" + i, words().generate(in));
            }
            List<String> periods = PERIODS.subList(PERIODS.size() - integers().between(1, PERIODS.size()).generate(in),
                    PERIODS.size());
            int students = integers().between(0, 40).generate(in);
            List<SummarySheet.Row> rows = new ArrayList<>();
            for (int number = 1; number <= students; number++) {
                Student student = new Student("s-" + number, words().generate(in), words().generate(in),
                        integers().between(0, 1).generate(in) == 0 ? "" : words().generate(in), LocalDate.of(2015, 3, 1));
                Map<String, Map<String, String>> marks = new LinkedHashMap<>();
                for (String subject : subjects) {
                    Map<String, String> byPeriod = new LinkedHashMap<>();
                    for (String period : periods) {
                        int mark = integers().between(-1, MARKS.size() - 1).generate(in);
                        if (mark >= 0) {
                            byPeriod.put(period, MARKS.get(mark));
                        }
                    }
                    marks.put(subject, byPeriod);
                }
                rows.add(new SummarySheet.Row(number, student, marks));
            }
            return new NamedSheet(new SummarySheet("5А", periods, subjects, rows), names);
        };
    }

    static Gen<DiaryExtract> extracts() {
        return in -> {
            List<String> header = lists(phrases(), 1, 5).generate(in);
            List<ExtractBlock> blocks = new ArrayList<>();
            int count = integers().between(0, 12).generate(in);
            for (int i = 0; i < count; i++) {
                int kind = integers().between(0, 2).generate(in);
                if (kind == 0) {
                    blocks.add(new ExtractBlock.Heading(phrases().generate(in)));
                } else if (kind == 1) {
                    blocks.add(new ExtractBlock.Paragraph(phrases().generate(in)));
                } else {
                    int columns = integers().between(1, 7).generate(in);
                    List<List<String>> rows = new ArrayList<>();
                    int rowCount = integers().between(0, 10).generate(in);
                    for (int r = 0; r < rowCount; r++) {
                        rows.add(lists(words(), columns, columns).generate(in));
                    }
                    blocks.add(new ExtractBlock.Table(lists(words(), columns, columns).generate(in), rows));
                }
            }
            return new DiaryExtract(phrases().generate(in), header, blocks, lists(phrases(), 0, 2).generate(in));
        };
    }

    private static <T> Gen<List<T>> lists(Gen<T> element, int least, int most) {
        return in -> {
            int size = integers().between(least, most).generate(in);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.generate(in));
            }
            return list;
        };
    }

    /** The header of a school with those subjects, printed at a fixed instant. */
    static SchoolHeader header(Map<String, String> subjectNames) {
        return new SchoolHeader(PrintedSchool.NAME, PrintedSchool.ID,
                ZonedDateTime.of(2027, 6, 20, 10, 0, 0, 0, PrintedSchool.ZONE), subjectNames, Map.of());
    }
}
