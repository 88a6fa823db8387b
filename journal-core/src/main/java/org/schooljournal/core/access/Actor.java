package org.schooljournal.core.access;

import java.util.Objects;

/**
 * Who executes a command: a person known to the school by a stable identifier (from the identity
 * port, ACC-6). Every event records its actor (ACC-7).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param personId the person's identifier
 */
public record Actor(String personId) {

    /**
     * Checks the identifier.
     *
     * @throws IllegalArgumentException if it is blank
     */
    public Actor {
        Objects.requireNonNull(personId, "personId");
        if (personId.isBlank()) {
            throw new IllegalArgumentException("personId must not be blank");
        }
    }

    /** Returns an actor. */
    public static Actor of(String personId) {
        return new Actor(personId);
    }

    @Override
    public String toString() {
        return personId;
    }
}
