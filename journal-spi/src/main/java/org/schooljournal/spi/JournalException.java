package org.schooljournal.spi;

import java.util.Objects;

/**
 * The one root of School Journal's own failures (DESIGN.md, principle 5). Unchecked; its
 * {@link #code()} is stable, its message names the field, the value and the rule. Subclasses
 * expose the offending value.
 */
public class JournalException extends RuntimeException {

    private final ErrorCode code;

    /**
     * Creates an exception with a code and a message.
     *
     * @param code what kind of failure this is
     * @param message what happened, naming the field, the value and the rule
     */
    public JournalException(ErrorCode code, String message) {
        this(code, message, null);
    }

    /**
     * Creates an exception with a code, a message and a cause.
     *
     * @param code what kind of failure this is
     * @param message what happened, naming the field, the value and the rule
     * @param cause the underlying failure, or null
     */
    public JournalException(ErrorCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** Returns what kind of failure this is. */
    public ErrorCode code() {
        return code;
    }

    @Override
    public String toString() {
        return getClass().getName() + " [" + code + "]: " + getMessage();
    }
}
