/**
 * Who may do what (ACC-1…ACC-5, PD-1, PD-2, PD-4, DRY-2, DRY-4, DRY-5, NTF-4, LES-5, ROS-4,
 * MRK-10): the roles of the regulation ({@link org.schooljournal.core.access.Role}), the rights they hold
 * ({@link org.schooljournal.core.access.Permission}), the one who acts
 * ({@link org.schooljournal.core.access.Actor}), and every access decision of the library, each
 * named after its requirement: {@link org.schooljournal.core.access.SchoolRights} (a school's
 * set-up, accounts, programme, roster), {@link org.schooljournal.core.access.JournalRights}
 * (record, correct, administer, read a journal; a class's reports),
 * {@link org.schooljournal.core.access.DiaryRights} (a diary and its paper extract),
 * {@link org.schooljournal.core.access.ContactRights} (a guardian's consent and contacts),
 * {@link org.schooljournal.core.access.AccountRights} (a blocked account, and who handles a
 * compromise), and the
 * two standings they grant rights by, the administration and a class's homeroom teacher, decided
 * once in {@link org.schooljournal.core.access.Administration}.
 *
 * <p>Decisions recorded here:
 * <ul>
 *   <li>The rules read small views the domain gives them — {@link
 *       org.schooljournal.core.access.SchoolRoles} (the school's state is one), {@link
 *       org.schooljournal.core.access.Guardianships} (the roster), {@link
 *       org.schooljournal.core.access.JournalParties} (a journal's teacher, substitutes and
 *       classes), {@link org.schooljournal.core.access.AccountBlocks} (whose account a compromise
 *       report blocked, and since when: the school's state is one) — so that every concept may
 *       call them and this package depends on none.</li>
 *   <li>A blocked account (PD-4) is refused whatever its roles hold: every command and the reads
 *       that call {@link org.schooljournal.core.access.AccountRights#requireActive} deny it first,
 *       naming PD-4 ({@link org.schooljournal.core.access.Permission#USE_ACCOUNT}).</li>
 *   <li>Access is never soft (DESIGN.md, principle 4): a denial changes nothing and names the
 *       actor, the action, the missing right with the roles holding it, and the requirement
 *       ({@link org.schooljournal.core.access.AccessDeniedException#requirement()}).</li>
 *   <li>Whether a period is locked by its final marks (MRK-9) is the journal's own rule, not an
 *       access rule; that the administration may still correct it is decided here.</li>
 *   <li>Every rule asks which roles the actor acts in at one place, {@code ActingRoles}, where a
 *       blocked account (PD-4) will act in none.</li>
 *   <li>Nobody grants themselves a role, a guardianship or a class
 *       ({@link org.schooljournal.core.access.SchoolRights#requireNotSelf}); a substitute records
 *       only while holding the subject teacher's role (LES-5); a guardian's opening of the diary
 *       is a read receipt only if they do not keep the student's class list
 *       ({@link org.schooljournal.core.access.DiaryRights#countsAsReceipt}, DRY-5).</li>
 *   <li>Every command and read by every role and relation is one table, the test resource
 *       {@code org/schooljournal/core/access/access-matrix.csv}, run by {@code AccessMatrixTest}.</li>
 * </ul>
 */
package org.schooljournal.core.access;
