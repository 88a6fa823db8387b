package org.schooljournal.core.school;


/**
 * A member of staff joined the school (YR-3).
 *
 * <p>This record is immutable and thread-safe.
 */
public record StaffHired(StaffMember member) implements OwnEvent {

    SchoolState applyTo(SchoolState state) {
        return state.withStructure(state.structure().withStaff(member));
    }
}
