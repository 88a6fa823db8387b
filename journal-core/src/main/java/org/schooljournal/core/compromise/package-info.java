/**
 * A compromised account (PD-4, R 4.3–4.4): its report, the block, the act (Акт о фиксации
 * нарушения конфиденциальности) and the invalidation of its operations. The
 * {@link org.schooljournal.core.compromise.Compromises} facet reports a compromise
 * ({@link org.schooljournal.core.compromise.ReportCompromise}), draws up and reads the act
 * ({@link org.schooljournal.core.compromise.CompromiseAct}, in Russian by its {@code text()});
 * {@link org.schooljournal.core.compromise.RestoreAccount} ends the block.
 *
 * <p>Decisions recorded here (docs/compromise.md says more):
 * <ul>
 *   <li>The reports and acts live in the school's own stream as a
 *       {@link org.schooljournal.core.school.SchoolPart} of their own
 *       ({@link org.schooljournal.core.compromise.CompromiseRecords}), which answers the access
 *       rules as their view {@link org.schooljournal.core.access.AccountBlocks}: from the instant
 *       the head and support were informed until the restoration, every command of the account, and
 *       the reads of a journal, a diary and the act, are refused ACCESS_DENIED naming PD-4
 *       ({@link org.schooljournal.core.access.AccountRights#requireActive}).</li>
 *   <li>The same interval makes its operations invalid
 *       ({@link org.schooljournal.core.compromise.Invalidation}): the log keeps them where they were
 *       recorded; the act's {@link org.schooljournal.core.compromise.OperationsInvalidated} marks
 *       them by stream, position and identifier; journals, diaries, summary sheets and reports
 *       leave the entries and corrections among them out; what they changed elsewhere (a role, a
 *       roster change, a setting) the act lists for the administration to reverse.</li>
 *   <li>A late report is recorded and flagged, never refused, whatever the rule set's enforcement:
 *       refusing it would leave the account open.</li>
 *   <li>The journals and diaries register an
 *       {@link org.schooljournal.core.compromise.InvalidationSource} with the facet, which
 *       describes their operations and withdraws and corrects their guardians' notifications, so
 *       that this package depends on none of them.</li>
 * </ul>
 */
package org.schooljournal.core.compromise;
