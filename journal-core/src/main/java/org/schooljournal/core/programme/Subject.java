package org.schooljournal.core.programme;

import java.util.Objects;

/**
 * A subject (учебный предмет) the school teaches (YR-3): its code, its name as the journal shows
 * it, and whether it belongs to the federal curriculum or the school's own component.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the subject's code, such as {@code МАТ}
 * @param name the subject's name, in Russian, such as «Математика»
 * @param component the federal list or the school's component
 */
public record Subject(String code, String name, SubjectComponent component) {

    /**
     * Checks the parts and strips the name.
     *
     * @throws IllegalArgumentException if the code or the name is blank
     */
    public Subject {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(component, "component");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name of subject " + code + " must not be blank");
        }
    }
}
