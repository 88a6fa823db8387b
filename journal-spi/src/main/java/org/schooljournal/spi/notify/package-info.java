/**
 * The notification port: {@link org.schooljournal.spi.notify.Notifier}, a channel that delivers
 * one {@link org.schooljournal.spi.notify.Notification} and reports a
 * {@link org.schooljournal.spi.notify.DeliveryOutcome}, made by a
 * {@link org.schooljournal.spi.notify.NotifierProvider} found like the storage port's (port
 * {@code notify}). It carries guardian notifications: absences (ATT-5), messages and digests to
 * confirmed, consenting subscribers (NTF-1…NTF-5); consent and confirmation are checked before a
 * notification reaches this port, in journal-core.
 *
 * <p>Decisions (docs/notify.md): plain text only; failures are outcomes, not exceptions; a channel
 * remembers the keys it sent ({@link org.schooljournal.spi.notify.IdempotentNotifier}), and the
 * outbox of journal-core gives exactly-once across crashes.
 */
package org.schooljournal.spi.notify;
