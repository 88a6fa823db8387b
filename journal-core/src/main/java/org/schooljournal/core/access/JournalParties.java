package org.schooljournal.core.access;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whom the rights to a journal depend on (ACC-2, ACC-3, LES-5): its subject teacher by the
 * teaching load, the substitutes of its lessons, and its classes, whose homeroom teachers read it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param journal the journal's name, such as {@code 5А × math}, for messages
 * @param teacher the subject teacher, if assigned
 * @param substitutes everyone who substituted in one of its lessons
 * @param classCodes its class, or a group's base classes
 */
public record JournalParties(String journal, Optional<String> teacher, Set<String> substitutes, List<String> classCodes) {

    /** Copies the collections. */
    public JournalParties {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(teacher, "teacher");
        substitutes = Set.copyOf(substitutes);
        classCodes = List.copyOf(classCodes);
    }

    /**
     * A lesson an entry is recorded in, and its substitute (LES-5).
     *
     * @param name the lesson, such as {@code 2026-10-12 #1}, for messages
     * @param substitute the teacher who substituted in it, if one did
     */
    public record Lesson(String name, Optional<String> substitute) {

        /** Checks the parts are given. */
        public Lesson {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(substitute, "substitute");
        }
    }
}
