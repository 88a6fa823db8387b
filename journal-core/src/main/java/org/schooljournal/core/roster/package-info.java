/**
 * The school's roster (контингент, ROS-1…ROS-4): students and guardians, the links between them,
 * each student's movement history, and class lists. It is a part of the school's state, kept in
 * the school's own stream and read with {@code Roster.of(school)}.
 *
 * <p>Decisions recorded here:
 * <ul>
 *   <li>A movement (arrival, transfer, withdrawal) takes effect from its date: a student transferred
 *       on 10 March is in the old class's list on 9 March and in the new one's on 10 March; one
 *       withdrawn on 10 March is in no list from 10 March. Movements on the same date apply in the
 *       order recorded.</li>
 *   <li>History only grows (ROS-2): a movement dated before the student's last one is refused, so
 *       a past list never changes once its movements are recorded. A mistaken movement is followed
 *       by a correcting one, not erased.</li>
 *   <li>A student's "current class", which decides a homeroom teacher's right to them (ROS-4), is
 *       the class after their last recorded movement, whatever its date; commands cannot see the
 *       clock when access is checked.</li>
 *   <li>Enrolling a student gives them the {@code STUDENT} role and registering a guardian the
 *       {@code GUARDIAN} role, as opening a class gives its teacher the homeroom teacher's role.
 *       Withdrawal does not take the role away.</li>
 *   <li>Class lists, and a student's guardians, sort by the whole name in ICU4J's Russian
 *       collation — letters first, ё with е, case last — then by person identifier
 *       ({@link org.schooljournal.core.roster.StudentOrder}, ROS-3); names are normalised and of one
 *       script when they enter ({@link org.schooljournal.core.school.PersonName}).</li>
 * </ul>
 */
package org.schooljournal.core.roster;
