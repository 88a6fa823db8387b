package org.schooljournal.core.identity;

import org.schooljournal.core.access.Permission;
import org.schooljournal.core.school.SchoolPart;

/**
 * A command to the subjects' bindings in the school's stream (PD-3, ACC-6): binding a subject to a
 * person and unbinding it, by those who keep the school's accounts ({@link Permission#BIND_SUBJECTS}).
 */
sealed interface BindingCommand extends org.schooljournal.core.school.SchoolCommand permits BindSubject, UnbindSubject {

    /** Returns the part with its events and its commands, each with the right it needs. */
    static SchoolPart<SubjectBindings> part() {
        return SchoolPart.of("identity", SubjectBindings.empty(), BindingEvent.FAMILY)
                .commands(BindingCommand.class)
                .command(BindSubject.class, Permission.BIND_SUBJECTS, BindSubject::decide)
                .command(UnbindSubject.class, Permission.BIND_SUBJECTS, UnbindSubject::decide)
                .build();
    }
}
