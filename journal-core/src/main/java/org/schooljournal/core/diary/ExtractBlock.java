package org.schooljournal.core.diary;

import java.util.List;
import java.util.Objects;

/**
 * A part of the body of a paper extract (DRY-4): a heading, a paragraph or a table, its texts in
 * Russian (UX-1), for a renderer to lay out (plain text now, a PDF later).
 *
 * <p>These records are immutable and thread-safe.
 */
public sealed interface ExtractBlock {

    /**
     * A heading, such as a day: «понедельник, 12.10.2026».
     *
     * @param text the heading
     */
    record Heading(String text) implements ExtractBlock {

        /** Checks the text is given. */
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A line of text, such as «нет записей».
     *
     * @param text the text
     */
    record Paragraph(String text) implements ExtractBlock {

        /** Checks the text is given. */
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table: its column headers and its rows, each row one cell per column; an empty cell is "".
     *
     * @param columns the column headers
     * @param rows the rows, in order
     */
    record Table(List<String> columns, List<List<String>> rows) implements ExtractBlock {

        /**
         * Copies the lists.
         *
         * @throws IllegalArgumentException if a row has not one cell per column
         */
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().<List<String>>map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("A row must have one cell per column (" + columns.size()
                            + "), but has " + row.size() + ": " + row);
                }
            }
        }
    }
}
