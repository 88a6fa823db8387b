/**
 * The class journal (электронный журнал, LES, ATT, MRK): one stream per class or study group and
 * subject, {@code school-<id>/journal/<holder>/<subject>}, whose entries — topics, homework,
 * absences, marks, notes, remarks, messages, period marks, examination results — keep their
 * author, instant, timeliness against the regulation's limits, and every correction (MRK-10).
 * The {@link org.schooljournal.core.journal.Journals} facet executes the
 * {@link org.schooljournal.core.journal.JournalCommand}s and reads a
 * {@link org.schooljournal.core.journal.Journal} as its reader may see it; a command's
 * {@link org.schooljournal.core.journal.Recorded} receipt names the entries it made, so a
 * correction can follow one.
 *
 * <p>Decisions recorded here (docs/journal.md says more):
 * <ul>
 *   <li>A second value of the same entry is a correction, never an overwrite: a new entry of a
 *       lesson that has one is refused, naming the entry to correct.</li>
 *   <li>Each entry is judged at the instant of recording by journal-rules against the school's
 *       rules; RECORD and WARN keep the verdict with the entry for the administration's control,
 *       REJECT refuses a late entry (OUT_OF_TIME). An entry before its window is refused whatever
 *       the enforcement: what belongs to a lesson that has not begun (its absences, marks, notes,
 *       and its topic and homework unless the rule set plans them ahead) and a period mark before
 *       the period's last week (MRK-7).</li>
 *   <li>A lesson's roll call is one command ({@link org.schooljournal.core.journal.RecordRollCall}):
 *       one attendance entry per absent pupil in one append, exactly as a
 *       {@link org.schooljournal.core.journal.RecordAbsence} each would record them (ATT-1, ATT-2,
 *       ATT-5); every pupil is checked first and the refusal names each bad one, so one bad pupil
 *       appends nothing.</li>
 *   <li>A technical failure declared after entries were judged late judges them again: an
 *       {@link org.schooljournal.core.journal.EntryRejudged} keeps the original verdict and adds
 *       the failure's (ARC-7).</li>
 *   <li>Access (ACC-2, LES-5) is decided by {@link org.schooljournal.core.access.JournalRights};
 *       the engine's facets read journals through
 *       {@link org.schooljournal.core.journal.JournalStates}, which checks no reader and which the
 *       engine never hands to a vendor;
 *       the lock of a period whose final marks are set (MRK-9) is this package's own rule.</li>
 *   <li>The guardians' notifications an entry causes (ATT-5, DRY-6) are queued in the journal's
 *       outbox in the same append as the entry, so that neither a crash nor a failing server
 *       loses one; the dispatch is in {@link org.schooljournal.core.notification}.</li>
 *   <li>A journal's state ({@link org.schooljournal.core.journal.JournalState}) is a fold of its
 *       events, kept in persistent collections; only this package folds and decides.</li>
 *   <li>A value entered through a compromised account from the instant the head and support were
 *       informed stays in the entry's history, marked invalid with the act's number; every read
 *       and decision counts without it ({@link org.schooljournal.core.journal.JournalState#marked},
 *       PD-4, docs/compromise.md).</li>
 * </ul>
 */
package org.schooljournal.core.journal;
