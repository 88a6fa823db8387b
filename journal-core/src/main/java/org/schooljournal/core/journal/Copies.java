package org.schooljournal.core.journal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;

/**
 * Who gets a copy of a remark or a message to guardians besides them (DRY-6): the student's
 * homeroom teacher, a deputy head, both or neither.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param homeroomTeacher whether the homeroom teacher of the student's class gets a copy
 * @param deputyId the deputy head who gets a copy, if any
 */
public record Copies(
        boolean homeroomTeacher,
        @NotNull Optional<@Pattern(regexp = NewEntry.NOT_BLANK, message = "must not be blank") String> deputyId) {

    /** No copies. */
    public static final Copies NONE = new Copies(false, Optional.empty());

    /** Checks the deputy is given as an Optional. */
    public Copies {
        Objects.requireNonNull(deputyId, "deputyId");
    }
}
