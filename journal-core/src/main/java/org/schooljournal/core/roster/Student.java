package org.schooljournal.core.roster;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A student (обучающийся) of the school's roster (контингент, ROS-1): the person's identifier,
 * full name and date of birth. Where the student studies is their {@link MovementHistory}, not
 * part of this value; a change of name or date of birth is recorded with
 * {@link UpdateStudentData} (ROS-4).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param personId the person's identifier, stable for the student's whole schooling
 * @param surname the surname (фамилия)
 * @param name the given name (имя)
 * @param patronymic the patronymic (отчество); empty if none
 * @param birthDate the date of birth
 */
public record Student(String personId, String surname, String name, String patronymic, LocalDate birthDate) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is missing
     * @throws IllegalArgumentException if the identifier, surname or name is blank
     */
    public Student {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(patronymic, "patronymic");
        Objects.requireNonNull(birthDate, "birthDate");
        if (personId.isBlank() || surname.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("personId, surname and name must not be blank: "
                    + personId + " " + surname + " " + name);
        }
    }

    /** Returns the name as a class list shows it: "Ёлкин Иван Петрович". */
    public String fullName() {
        return (surname + " " + name + " " + patronymic).strip();
    }
}
