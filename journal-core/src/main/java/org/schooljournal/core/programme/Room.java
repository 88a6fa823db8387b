package org.schooljournal.core.programme;

import java.util.Objects;

/**
 * A room (кабинет) of the school where lessons are held (YR-3).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the room's number, such as {@code 214}
 * @param name what the room is, in Russian, such as «Кабинет математики»
 */
public record Room(String number, String name) {

    /**
     * Checks the parts and strips the name.
     *
     * @throws IllegalArgumentException if the number or the name is blank
     */
    public Room {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        if (number.isBlank()) {
            throw new IllegalArgumentException("number must not be blank");
        }
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name of room " + number + " must not be blank");
        }
    }
}
