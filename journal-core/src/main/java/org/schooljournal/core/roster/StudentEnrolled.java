package org.schooljournal.core.roster;

import java.time.LocalDate;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;

/**
 * A student arrived (зачислен) into a class on a date (ROS-1, ROS-2); their data is recorded as
 * given, and their history gains an arrival.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param student the student's data
 * @param classCode the class entered
 * @param date the first day in the class
 */
public record StudentEnrolled(Student student, String classCode, LocalDate date) implements RosterEvent {

    Roster applyTo(Roster roster) {
        return roster.withStudent(student)
                .withMovement(student.personId(), Movement.enrolment(classCode, date));
    }
}
