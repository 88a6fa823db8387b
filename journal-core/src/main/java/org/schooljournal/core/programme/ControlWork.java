package org.schooljournal.core.programme;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the control-work schedule (график контрольных работ, внутришкольный контроль),
 * YR-10: the date a class or group writes a control work in a subject, and the form of control.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param holderCode the class or group
 * @param subjectCode the subject
 * @param date the day of the work
 * @param form the form of control, in Russian, such as «контрольная работа», «диктант», «тест»
 */
public record ControlWork(String holderCode, String subjectCode, LocalDate date, String form) {

    /**
     * Checks the parts and strips the form.
     *
     * @throws IllegalArgumentException if the form is blank
     */
    public ControlWork {
        Objects.requireNonNull(holderCode, "holderCode");
        Objects.requireNonNull(subjectCode, "subjectCode");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(form, "form");
        form = form.strip();
        if (form.isEmpty()) {
            throw new IllegalArgumentException("form of control must not be blank");
        }
    }
}
