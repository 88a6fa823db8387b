package org.schooljournal.core.journal;

import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.validation.PersonId;

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
        @NotNull Optional<@PersonId String> deputyId) {

    /** No copies. */
    public static final Copies NONE = new Copies(false, Optional.empty());

    /** The detail of a remark or message naming the homeroom teacher who got a copy. */
    static final String HOMEROOM_DETAIL = "copyHomeroom";

    /** The detail of a remark or message naming the deputy head who got a copy. */
    static final String DEPUTY_DETAIL = "copyDeputy";

    /** Returns who got a copy of a remark or a message: its homeroom teacher and deputy, if any. */
    public static Set<String> receiversOf(JournalEntry entry) {
        Set<String> receivers = new LinkedHashSet<>();
        entry.detail(HOMEROOM_DETAIL).ifPresent(receivers::add);
        entry.detail(DEPUTY_DETAIL).ifPresent(receivers::add);
        return receivers;
    }

    /** Checks the deputy is given as an Optional. */
    public Copies {
        Objects.requireNonNull(deputyId, "deputyId");
    }
}
