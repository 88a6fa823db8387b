/**
 * The regulation's time limits: for an {@link org.schooljournal.rules.Entry} and a school, the
 * deadline or window as instants in the school's zone, and the verdict for an instant of
 * recording. Entry point: {@link org.schooljournal.rules.SchoolRules}.
 *
 * <h2>Boundary semantics</h2>
 * <ul>
 *   <li>Every limit is computed in the school's time zone (Yugra: {@code Asia/Yekaterinburg}).
 *       Durations (20 minutes, 1.5 hours, 24 hours, 1 hour) are added to instants; days are
 *       counted on local dates.</li>
 *   <li>Both ends of a limit are inclusive. For a 09:00 lesson, absences entered at 09:20:00.000
 *       are on time (ATT-2); at 09:20:00.000000001 they are late by one nanosecond.</li>
 *   <li>"Within the day" ends at 24:00 of that day, which is the instant 00:00 of the next day:
 *       an entry at that very instant is on time (the Civil Code, art. 194, ends a period of days
 *       at 24:00 of its last day).</li>
 *   <li>"Within N days from the day of the work" (MRK-3, MRK-4): the work's day is day 0 and the
 *       limit closes at 24:00 of day N (art. 191: a period starts the day after its event).
 *       Calendar days by default; school days of the class as a setting of the rule set.</li>
 *   <li>"Within one working day" (PD-4, Appendix 1 variant): until 24:00 of the first working day
 *       after the day of the discovery.</li>
 *   <li>"Before 5 September" (YR-11): the set-up is due at 00:00 of 5 September.</li>
 *   <li>"The last week of the period" (MRK-7): the period's last 7 calendar days, from 00:00 of the
 *       first to 24:00 of the last, opening no earlier than the subject's last lesson when it is
 *       known. Before that, marks are too early.</li>
 *   <li>Print "after the year, by 30 June" (ARC-1, ARC-2): from 00:00 of the day after the
 *       academic year's last day to 24:00 of 30 June.</li>
 *   <li>Retention (ARC-1: 5 years, ARC-2: 25 years) counts by default from 1 January of the year
 *       after the record was closed, as Russian archives do; disposal is too early before that
 *       and is always refused.</li>
 *   <li>A declared technical failure (ARC-7) whose interval contains a deadline, both ends
 *       inclusive, extends it to the failure's end plus a grace (24 hours); an entry made in the
 *       extension is on time and marked as caused by the failure.</li>
 * </ul>
 */
package org.schooljournal.rules;
