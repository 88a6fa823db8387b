/**
 * The report of the year's set-up against its deadline (YR-11): what of YR-1…YR-10 is missing,
 * the deadline of the rule set's YR-11 rule, and whether it is overdue. A set-up is overdue when
 * it is incomplete after the deadline; a complete one is never overdue, even if it was completed
 * late ({@link org.schooljournal.core.setup.SetupReport#pastDeadline()} says whether the deadline
 * has passed).
 */
package org.schooljournal.core.setup;
