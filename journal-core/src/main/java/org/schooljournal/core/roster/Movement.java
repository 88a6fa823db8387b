package org.schooljournal.core.roster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a student's movement history (ROS-2): an arrival into a class, a transfer between
 * classes or a withdrawal, effective from its date. Entries are never changed or removed: a later
 * movement is a new entry, and the past ones stay where they were made.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind what kind of movement it is
 * @param date the first day it takes effect: the first day in the new class, or the first day
 *     no longer in the school
 * @param fromClass the class left; empty for an arrival
 * @param toClass the class entered; empty for a withdrawal
 * @param reason the reason of a withdrawal; empty for an arrival or a transfer
 */
public record Movement(MovementKind kind, LocalDate date, Optional<String> fromClass, Optional<String> toClass,
        String reason) {

    /**
     * Checks that the parts fit the kind.
     *
     * @throws NullPointerException if a part is missing
     * @throws IllegalArgumentException if the classes or the reason do not fit the kind
     */
    public Movement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(fromClass, "fromClass");
        Objects.requireNonNull(toClass, "toClass");
        Objects.requireNonNull(reason, "reason");
        boolean fits = switch (kind) {
            case ENROLMENT -> fromClass.isEmpty() && toClass.isPresent() && reason.isEmpty();
            case TRANSFER -> fromClass.isPresent() && toClass.isPresent() && !fromClass.equals(toClass)
                    && reason.isEmpty();
            case WITHDRAWAL -> fromClass.isPresent() && toClass.isEmpty() && !reason.isBlank();
        };
        if (!fits) {
            throw new IllegalArgumentException("a " + kind + " on " + date + " cannot have fromClass " + fromClass
                    + ", toClass " + toClass + " and reason \"" + reason + "\"");
        }
    }

    /** Returns an arrival into the class on the date. */
    public static Movement enrolment(String toClass, LocalDate date) {
        return new Movement(MovementKind.ENROLMENT, date, Optional.empty(),
                Optional.of(Objects.requireNonNull(toClass, "toClass")), "");
    }

    /**
     * Returns a transfer between classes on the date.
     *
     * @throws IllegalArgumentException if the classes are the same
     */
    public static Movement transfer(String fromClass, String toClass, LocalDate date) {
        return new Movement(MovementKind.TRANSFER, date, Optional.of(Objects.requireNonNull(fromClass, "fromClass")),
                Optional.of(Objects.requireNonNull(toClass, "toClass")), "");
    }

    /**
     * Returns a withdrawal from the class on the date, for the reason.
     *
     * @throws IllegalArgumentException if the reason is blank
     */
    public static Movement withdrawal(String fromClass, LocalDate date, String reason) {
        return new Movement(MovementKind.WITHDRAWAL, date, Optional.of(Objects.requireNonNull(fromClass, "fromClass")),
                Optional.empty(), reason);
    }
}
