/**
 * The school's programme for the year, as the administration sets it up (ACC-4): subjects and
 * rooms (YR-3), study groups (YR-5, YR-12), curricula (YR-6), the teaching load (YR-7),
 * calendar-thematic plans (YR-8), the timetable of every kind of activity (YR-9, YR-12) and the
 * control-work schedule (YR-10). It is a part of the school's state, kept in the school's own
 * stream and read with {@code Programme.of(school)}.
 *
 * <p>Decisions written down here:
 * <ul>
 *   <li>Classes and groups are referred to by one code, the holder's: a class's code has the form
 *       5А, a group's never does, so no code names both.</li>
 *   <li>Subjects, rooms and groups are added or updated by the same command, as staff and classes
 *       are; curricula and thematic plans are replaced whole; a subject of a class or group has
 *       one teacher, and assigning another replaces them.</li>
 *   <li>A group follows the calendar and the bells of its base classes: its timetable slots must
 *       be in the bells of each base class whose bells are set, its control works on a school day
 *       of each.</li>
 *   <li>Teachers and rooms are double-booked when they are in the same slot number of the same
 *       weekday, whatever the classes' bells say of the slots' times.</li>
 *   <li>Curriculum hours are per week and may be fractional (0.5).</li>
 * </ul>
 */
package org.schooljournal.core.programme;
