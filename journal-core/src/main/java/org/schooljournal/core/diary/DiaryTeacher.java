package org.schooljournal.core.diary;

import java.util.Objects;
import java.util.Optional;

/**
 * A teacher of the student's class as the diary lists them (DRY-3): the homeroom teacher, or the
 * teacher of a subject.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the teacher's full name
 * @param subject the subject's name; empty for the homeroom teacher
 */
public record DiaryTeacher(String name, Optional<String> subject) {

    /** Checks the parts are given. */
    public DiaryTeacher {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subject, "subject");
    }

    /** Returns whether this is the homeroom teacher. */
    public boolean homeroom() {
        return subject.isEmpty();
    }
}
