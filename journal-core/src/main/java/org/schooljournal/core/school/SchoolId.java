package org.schooljournal.core.school;

/** The rule of a school's identifier, shared by every command's constraint. */
public final class SchoolId {

    /** Letters, digits, dots, dashes and underscores, 1 to 64 of them. */
    public static final String PATTERN = "[A-Za-z0-9._-]{1,64}";

    private SchoolId() {
    }
}
