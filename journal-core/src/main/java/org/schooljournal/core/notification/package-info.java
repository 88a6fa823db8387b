/**
 * Guardians' consent, contacts and notifications (PD-1, NTF-1…NTF-5, ATT-5, DRY-6): consents and
 * refusals with their history, e-mail addresses with their source and single-use confirmation,
 * the two switches and the delivery schedule, kept in the school's stream as its
 * {@link org.schooljournal.core.notification.Contacts} part; who may be e-mailed
 * ({@link org.schooljournal.core.notification.Recipients}); the notices' texts
 * ({@link org.schooljournal.core.notification.Notices}); and the outbox and its dispatch: the
 * {@link org.schooljournal.core.notification.OutboxItem}s each stream kind keeps
 * ({@link org.schooljournal.core.notification.OutboxSource}: the journals', the diaries'), sent
 * through the engine's channel by the {@link org.schooljournal.core.notification.Notifications}
 * facet.
 *
 * <p>Decisions recorded here:
 * <ul>
 *   <li>The last recorded consent or refusal counts, in the order recorded.</li>
 *   <li>The log keeps a confirmation token's SHA-256 only; the token is accepted once, before it
 *       expires, compared in constant time.</li>
 *   <li>A guardian acts electronically for themselves; the administration or a child's homeroom
 *       teacher acts for them from a written document (NTF-4).</li>
 *   <li>Whether a guardian may be e-mailed is checked when a notification is queued and again just
 *       before it is sent; a guardian who withdrew in between gets nothing.</li>
 * </ul>
 */
package org.schooljournal.core.notification;
