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

    private final List<Violation> violations;

    /**
     * One broken rule.
     *
     * @param field the field's path in the command, such as {@code firstDay}
     * @param value the offending value, as text
     * @param rule what the value breaks
     */
    public record Violation(String field, String value, String rule) {
        /** Checks the parts are given. */
        public Violation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(rule, "rule");
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
        super(ErrorCode.VALIDATION, command + " is invalid: " + violations);
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
