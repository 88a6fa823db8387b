package org.schooljournal.core.school;

import java.util.Objects;

/**
 * A member of the school's staff (YR-3): a teacher or an administrator, by the person's
 * identifier and full name.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param personId the person's identifier
 * @param surname the surname (фамилия)
 * @param name the given name (имя)
 * @param patronymic the patronymic (отчество); empty if none
 */
public record StaffMember(String personId, String surname, String name, String patronymic) {

    /** Checks the parts are given. */
    public StaffMember {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(patronymic, "patronymic");
    }

    /** Returns the name as a list shows it: "Иванова Мария Петровна". */
    public String fullName() {
        return (surname + " " + name + " " + patronymic).strip();
    }
}
