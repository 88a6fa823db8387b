package org.schooljournal.core.validation;

/**
 * Patterns of the commands' text constraints, shared so that every command says the same.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class TextPatterns {

    /**
     * An optional text that must not be blank when given: {@code @NotBlank} would refuse an empty
     * {@code Optional}, whose value Hibernate Validator reads as null.
     */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    private TextPatterns() {
    }
}
