package org.schooljournal.core.programme;

import java.util.List;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.NotFoundException;

/**
 * Resolves what a programme command refers to, or refuses it with NOT_FOUND naming the command,
 * the field and the value.
 */
final class References {

    private References() {
    }

    /** Returns the class or study group with that code. */
    static Holder holder(SchoolState state, Object command, String field, String code) {
        if (state.structure().classes().containsKey(code)) {
            return new Holder(code, List.of(code));
        }
        return Programme.of(state).group(code)
                .map(group -> new Holder(code, group.baseClassCodes()))
                .orElseThrow(() -> notFound(state, command, field, code, "is neither a class nor a study group"));
    }

    /** Checks the class is open. */
    static void requireClass(SchoolState state, Object command, String field, String code) {
        if (!state.structure().classes().containsKey(code)) {
            throw notFound(state, command, field, code, "is not a class");
        }
    }

    /** Checks the subject exists. */
    static void requireSubject(SchoolState state, Object command, String field, String code) {
        if (!Programme.of(state).subjects().containsKey(code)) {
            throw notFound(state, command, field, code, "is not a subject");
        }
    }

    /** Checks the person is on the staff. */
    static void requireStaff(SchoolState state, Object command, String field, String personId) {
        if (!state.structure().staff().containsKey(personId)) {
            throw notFound(state, command, field, personId, "is not on the staff");
        }
    }

    /** Checks the room exists. */
    static void requireRoom(SchoolState state, Object command, String field, String number) {
        if (!Programme.of(state).rooms().containsKey(number)) {
            throw notFound(state, command, field, number, "is not a room");
        }
    }

    private static NotFoundException notFound(SchoolState state, Object command, String field, String value,
            String what) {
        return NotFoundException.of(command, field, value, what + " of school " + state.schoolId());
    }
}
