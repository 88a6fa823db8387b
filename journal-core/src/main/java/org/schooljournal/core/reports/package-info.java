/**
 * The administration's and the homeroom teacher's reports over a school's journals, each a fold
 * of journals and the school's state read when asked, with its access rule from
 * {@link org.schooljournal.core.access}: the summary sheet ({@link
 * org.schooljournal.core.reports.SummarySheet}, MRK-12), the missed lessons ({@link
 * org.schooljournal.core.reports.AttendanceReport}, ATT-3), a journal's lesson statistics ({@link
 * org.schooljournal.core.reports.LessonStatistics}, MRK-14) and the set-up report of the year
 * ({@link org.schooljournal.core.reports.SetupReport}, YR-11), through the
 * {@link org.schooljournal.core.reports.Reports} facet. The control reports of REP-1…REP-10 come
 * here.
 * REP-5: the control of the completeness and timeliness of the journals ({@link org.schooljournal.core.reports.JournalControl}).
 */
package org.schooljournal.core.reports;
