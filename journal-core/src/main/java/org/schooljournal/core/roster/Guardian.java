package org.schooljournal.core.roster;

import java.util.Objects;

/**
 * A guardian (законный представитель) of one or more students (ROS-1): a parent, adoptive parent
 * or trustee, by the person's identifier and full name. Which students they represent is a
 * {@link Guardianship}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param personId the person's identifier
 * @param surname the surname (фамилия)
 * @param name the given name (имя)
 * @param patronymic the patronymic (отчество); empty if none
 */
public record Guardian(String personId, String surname, String name, String patronymic) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is missing
     * @throws IllegalArgumentException if the identifier, surname or name is blank
     */
    public Guardian {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(patronymic, "patronymic");
        if (personId.isBlank() || surname.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("personId, surname and name must not be blank: "
                    + personId + " " + surname + " " + name);
        }
    }

    /** Returns the full name: "Ёлкина Ольга Ивановна". */
    public String fullName() {
        return (surname + " " + name + " " + patronymic).strip();
    }
}
