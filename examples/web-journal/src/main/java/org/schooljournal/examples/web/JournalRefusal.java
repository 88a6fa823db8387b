package org.schooljournal.examples.web;

/**
 * The engine's refusal of a form of the journal page, placed where the page shows it: next to the
 * field of the form it names, in Russian, with the engine's own words for the record.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param target the anchor of the form's place: a cell, a lesson's topic or homework, a period
 *     mark, or {@code page} for the top of the page
 * @param field the form's field the refusal names, such as {@code value} or {@code reason}
 * @param message what the teacher reads, in Russian
 * @param value the value the form sent, shown again
 */
public record JournalRefusal(String target, String field, String message, String value) {

    /** The target of a refusal shown at the top of the page. */
    static final String PAGE = "page";
}
