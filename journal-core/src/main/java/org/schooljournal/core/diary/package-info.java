/**
 * The student's diary (электронный дневник, DRY-1…DRY-6) and what guardians receive of it
 * (NTF-3): the diary as a view of the journals ({@link org.schooljournal.core.diary.Diary}), the
 * paper extract ({@link org.schooljournal.core.diary.DiaryExtract}, DRY-4), and each student's
 * diary stream — the guardians' openings with the remarks and messages they read
 * ({@link org.schooljournal.core.diary.DiaryViewReceipt}, DRY-5) and the digests with the items they
 * carried ({@link org.schooljournal.core.diary.Digest}), queued before each dispatch by the diaries'
 * outbox. The {@link org.schooljournal.core.diary.Diaries} facet reads them.
 *
 * <p>Decisions recorded here (docs/diary.md says more):
 * <ul>
 *   <li>The diary is computed when asked, from the journals as they are, never stored: it cannot
 *       lag behind the journal (DRY-1).</li>
 *   <li>Only a guardian's opening is a receipt; a remark or message is read by a guardian from the
 *       first opening that showed it.</li>
 *   <li>A digest carries each value of an entry (its first value, each correction) once, for the
 *       window from the guardian's last digest's slot to its own; what is entered later waits for
 *       the next.</li>
 *   <li>Every text a guardian reads comes from this package's bundles (digest, extract, periods),
 *       in Russian (UX-1).</li>
 * </ul>
 */
package org.schooljournal.core.diary;
