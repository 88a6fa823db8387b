/**
 * Guardians' consent, contacts and notifications (PD-1, NTF-1…NTF-5, ATT-5, DRY-6): consents and
 * refusals with their history, e-mail addresses with their source and single-use confirmation,
 * the two switches and the delivery schedule, kept in the school's stream as its
 * {@link org.schooljournal.core.notification.Contacts} part; who may be e-mailed
 * ({@link org.schooljournal.core.notification.Recipients}); the notices' texts
 * ({@link org.schooljournal.core.notification.Notices}); and the outbox and its dispatch: the
 * {@link org.schooljournal.core.notification.OutboxItem}s each stream kind keeps
 * ({@link org.schooljournal.core.notification.OutboxSource}: the journals', the diaries'), claimed
 * and sent through a channel by the engine's {@link org.schooljournal.core.notification.Dispatch},
 * which the host runs through {@code engine.host().dispatch(schoolId)}.
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
 *   <li>One dispatcher per item (ATT-5): before sending, a dispatcher claims the item in its stream
 *       under the stream's optimistic version, until the claim expires; so engines over one store
 *       may all dispatch and never send one item twice, but for a crash between sending and
 *       recording, which sends it again with the same idempotency key (docs/notify.md).</li>
 * </ul>
 */
package org.schooljournal.core.notification;
