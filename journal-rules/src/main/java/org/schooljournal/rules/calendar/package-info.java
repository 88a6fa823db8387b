/**
 * The school calendar the limits are counted on (YR-1, YR-2, YR-4): the academic year
 * ({@link org.schooljournal.rules.calendar.AcademicYear}), its study periods by education level
 * ({@link org.schooljournal.rules.calendar.StudyPeriod}: quarters, trimesters, semesters, the
 * year), holidays, the school week, public non-working days, each class's bells
 * ({@link org.schooljournal.rules.calendar.BellSchedule}), and the school's time zone — all in
 * {@link org.schooljournal.rules.calendar.SchoolCalendar}, which tells whether a day is a school
 * day of a class and when a lesson begins and ends. The Russian production calendar — public
 * holidays, transfers of days off and shortened days, year by year from each year's decree — is
 * data here too ({@link org.schooljournal.rules.calendar.ProductionCalendar}, read from
 * {@code production-<year>.properties}, extended by a host's
 * {@link org.schooljournal.rules.calendar.ProductionCalendarProvider}; docs/rules.md). It knows
 * nothing of rule sets or verdicts.
 */
package org.schooljournal.rules.calendar;
