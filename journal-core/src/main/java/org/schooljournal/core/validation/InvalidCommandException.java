package org.schooljournal.core.validation;

import java.util.List;
import java.util.Objects;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * A command that breaks a rule: a constraint of its fields, or a rule of the domain (a class that
 * does not exist, a period outside the year). Nothing was changed.
 */
public final class InvalidCommandException extends JournalException {

    /** How many characters of a field's path a violation keeps (a map key may be part of it). */
    private static final int FIELD_LENGTH = 200;

    /** How many characters of a rule a violation keeps. */
    private static final int RULE_LENGTH = 2000;

    private final List<Violation> violations;

    /**
     * One broken rule.
     *
     * <p>The parts are kept as a message shows them ({@link Excerpt}): control characters
     * escaped, a long value cut with an ellipsis and its length, so that no input is echoed whole.
     *
     * @param field the field's path in the command, such as {@code firstDay}
     * @param value the offending value, as text, cut after {@value Excerpt#LENGTH} characters
     * @param rule what the value breaks
     */
    public record Violation(String field, String value, String rule) {
        /** Checks the parts are given, and keeps them as a message shows them. */
        public Violation {
            field = Excerpt.of(Objects.requireNonNull(field, "field"), FIELD_LENGTH);
            value = Excerpt.of(Objects.requireNonNull(value, "value"));
            rule = Excerpt.of(Objects.requireNonNull(rule, "rule"), RULE_LENGTH);
        }

        @Override
        public String toString() {
            return field + " = " + value + ": " + rule;
        }
    }

    /**
     * Creates the exception.
     *
     * @param command the command's name
     * @param violations what it breaks; at least one
     */
    public InvalidCommandException(String command, List<Violation> violations) {
        super(ErrorCode.VALIDATION, Excerpt.of(command) + " is invalid: " + violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("violations must not be empty");
        }
        this.violations = List.copyOf(violations);
    }

    /** Returns an exception for one broken rule of the domain. */
    public static InvalidCommandException of(Object command, String field, Object value, String rule) {
        return new InvalidCommandException(command.getClass().getSimpleName(),
                List.of(new Violation(field, String.valueOf(value), rule)));
    }

    /** Returns the broken rules, by field. */
    public List<Violation> violations() {
        return violations;
    }
}
