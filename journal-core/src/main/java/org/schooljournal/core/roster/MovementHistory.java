package org.schooljournal.core.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A student's movement history (ROS-2): their arrivals, transfers and withdrawals in the order
 * recorded, with dates that never go back. It answers which class the student was in on any date;
 * entries are only ever added, so the past stays as it was recorded.
 *
 * <p>Movements on the same date take effect in the order recorded: the last one of a day is where
 * the student is on that day.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param movements the movements, in the order recorded
 */
public record MovementHistory(List<Movement> movements) {

    /**
     * Copies the movements and checks their order.
     *
     * @throws IllegalArgumentException if a movement's date is before the one recorded before it
     */
    public MovementHistory {
        movements = List.copyOf(movements);
        for (int i = 1; i < movements.size(); i++) {
            if (movements.get(i).date().isBefore(movements.get(i - 1).date())) {
                throw new IllegalArgumentException("movement on " + movements.get(i).date()
                        + " is before the one on " + movements.get(i - 1).date());
            }
        }
    }

    /** Returns the history of a student with no movements yet. */
    public static MovementHistory empty() {
        return new MovementHistory(List.of());
    }

    /**
     * Returns this history with one more movement.
     *
     * @throws IllegalArgumentException if its date is before the last movement's
     */
    public MovementHistory with(Movement movement) {
        List<Movement> more = new ArrayList<>(movements);
        more.add(Objects.requireNonNull(movement, "movement"));
        return new MovementHistory(more);
    }

    /** Returns the last movement recorded, if any. */
    public Optional<Movement> last() {
        return movements.isEmpty() ? Optional.empty() : Optional.of(movements.get(movements.size() - 1));
    }

    /** Returns the class the student is in after the last movement; empty if withdrawn or never enrolled. */
    public Optional<String> currentClass() {
        return last().flatMap(Movement::toClass);
    }

    /** Returns the class the student was in on the date; empty if not in the school that day. */
    public Optional<String> classOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Optional<String> classCode = Optional.empty();
        for (Movement movement : movements) {
            if (movement.date().isAfter(date)) {
                break;
            }
            classCode = movement.toClass();
        }
        return classCode;
    }
}
