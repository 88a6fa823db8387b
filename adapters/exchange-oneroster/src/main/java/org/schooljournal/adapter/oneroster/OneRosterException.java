package org.schooljournal.adapter.oneroster;

import java.util.List;
import java.util.stream.Collectors;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * A data set refused, with every fault found (EXC-3): the import applied nothing. Its code is
 * VALIDATION; its message lists the faults, one a line.
 */
public final class OneRosterException extends JournalException {

    private static final long serialVersionUID = 1L;

    /** The faults, in the order of the files and lines. */
    private final transient List<RowError> errors;

    /**
     * Makes the exception.
     *
     * @throws IllegalArgumentException if no fault is given
     */
    public OneRosterException(List<RowError> errors) {
        super(ErrorCode.VALIDATION, message(errors));
        this.errors = List.copyOf(errors);
    }

    private static String message(List<RowError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("errors must not be empty");
        }
        return "OneRoster data set refused, nothing applied:\n"
                + errors.stream().map(RowError::toString).collect(Collectors.joining("\n"));
    }

    /** Returns every fault found. */
    public List<RowError> errors() {
        return errors;
    }
}
