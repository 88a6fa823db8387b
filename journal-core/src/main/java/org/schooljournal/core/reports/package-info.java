/**
 * The administration's, the homeroom teacher's and the guardians' reports over a school's
 * journals, each a fold of journals and the school's state read when asked, with its access rule
 * from {@link org.schooljournal.core.access}, through the {@link
 * org.schooljournal.core.reports.Reports} facet: the summary sheet ({@link
 * org.schooljournal.core.reports.SummarySheet}, MRK-12, REP-8), the missed lessons ({@link
 * org.schooljournal.core.reports.AttendanceReport}, ATT-3), a journal's lesson statistics ({@link
 * org.schooljournal.core.reports.LessonStatistics}, MRK-14), the set-up report of the year ({@link
 * org.schooljournal.core.reports.SetupReport}, YR-11), and the control reports: the success rate
 * and quality ({@link org.schooljournal.core.reports.SuccessReport}, REP-1, counted as a {@link
 * org.schooljournal.core.reports.ResultCounting} says), the control works' results ({@link
 * org.schooljournal.core.reports.ControlWorkReport}, REP-2), missed lessons and unsatisfactory
 * marks with their topics ({@link org.schooljournal.core.reports.TopicsReport}, REP-3, REP-4), the
 * control of the completeness and timeliness of the journals ({@link
 * org.schooljournal.core.reports.JournalControl}, REP-5), the curricula's fulfilment ({@link
 * org.schooljournal.core.reports.CurriculumReport}, REP-6) and the analysis of results ({@link org.schooljournal.core.reports.ResultsAnalysis}, REP-9). The control
 * reports are read "as of" an instant: what was recorded after it is not seen, so a report of last
 * March reads the same next year. Each leaves out the values a compromised account entered after
 * the head and support were informed (PD-4).
 */
package org.schooljournal.core.reports;
