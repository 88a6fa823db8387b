package org.schooljournal.core.validation;

import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * A command refers to something the school does not have: a class, a teacher, a student, a
 * subject. Nothing was changed. The message names the command, the field, the value and what is
 * missing; the value as a message shows it ({@link Excerpt}: escaped, cut after
 * {@value Excerpt#LENGTH} characters).
 */
public final class NotFoundException extends JournalException {

    private final String field;
    private final String value;

    private NotFoundException(String command, String field, String value, String rule) {
        super(ErrorCode.NOT_FOUND, command + ": " + field + " " + value + " " + Excerpt.of(rule, 2000));
        this.field = field;
        this.value = value;
    }

    /**
     * Returns the exception for a command whose field refers to nothing.
     *
     * @param command the command, or any object named by its class, or a class, named itself
     * @param field the field's name
     * @param value the value that refers to nothing
     * @param rule what is missing, such as "is not a class of school 86-001"
     */
    public static NotFoundException of(Object command, String field, Object value, String rule) {
        String name = command instanceof Class<?> type ? type.getSimpleName() : command.getClass().getSimpleName();
        return new NotFoundException(name, field, Excerpt.of(value), rule);
    }

    /** Returns the field that refers to nothing. */
    public String field() {
        return field;
    }

    /** Returns the value that refers to nothing, as the message shows it ({@link Excerpt}). */
    public String value() {
        return value;
    }
}
