package org.schooljournal.core.diary;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.schooljournal.core.diary.ExtractBlock.Heading;
import org.schooljournal.core.diary.ExtractBlock.Paragraph;
import org.schooljournal.core.diary.ExtractBlock.Table;

/**
 * Renders a paper extract (DRY-4) as monospaced plain text: the title, the header, each heading
 * after an empty line, each table's cells on one line, padded to its columns' widths, then the
 * footer. Lines end with "\n" and carry no trailing spaces. Stateless.
 */
final class ExtractText {

    private static final String COLUMN_GAP = " | ";

    private ExtractText() {
    }

    static String of(DiaryExtract extract) {
        List<String> lines = new ArrayList<>();
        lines.add(extract.title());
        lines.add("");
        lines.addAll(extract.headerLines());
        for (ExtractBlock block : extract.blocks()) {
            if (block instanceof Heading heading) {
                lines.add("");
                lines.add(heading.text());
            } else if (block instanceof Paragraph paragraph) {
                lines.add(paragraph.text());
            } else if (block instanceof Table table) {
                lines.addAll(table(table));
            }
        }
        lines.add("");
        lines.addAll(extract.footerLines());
        return lines.stream().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
    }

    private static List<String> table(Table table) {
        List<List<String>> rows = Stream.concat(Stream.of(table.columns()), table.rows().stream())
                .map(ExtractText::flat).toList();
        int[] widths = IntStream.range(0, table.columns().size())
                .map(column -> rows.stream().mapToInt(row -> row.get(column).length()).max().orElse(0)).toArray();
        List<String> lines = new ArrayList<>();
        lines.add(row(rows.get(0), widths));
        lines.add(IntStream.of(widths).mapToObj("-"::repeat).collect(Collectors.joining("-+-")));
        rows.stream().skip(1).forEach(row -> lines.add(row(row, widths)));
        return lines;
    }

    private static String row(List<String> cells, int[] widths) {
        return IntStream.range(0, widths.length)
                .mapToObj(column -> cells.get(column) + " ".repeat(widths[column] - cells.get(column).length()))
                .collect(Collectors.joining(COLUMN_GAP));
    }

    /** Returns the cells with their line breaks as spaces, so that a row stays one line. */
    private static List<String> flat(List<String> cells) {
        return cells.stream().map(cell -> cell.replaceAll("\\R", " ")).toList();
    }
}
