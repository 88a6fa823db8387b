package org.schooljournal.adapter.logging;

import java.util.Objects;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.Notification;
import org.schooljournal.spi.notify.Notifier;

/**
 * A channel that writes each notification to the log instead of sending it: the embedded default of
 * the notification port (DESIGN.md, principle 6), for tests, examples and trials. It logs through
 * {@link System.Logger} (logger {@value #LOGGER}, level INFO), with the key, address, subject and
 * body as the record's parameters {0}…{3}, and always reports {@code SENT}. Repeats are filtered by
 * {@link org.schooljournal.spi.notify.IdempotentNotifier}, which its provider wraps it in.
 *
 * <p>The log receives the whole text, personal data included (PD-1): use it where the log is as
 * protected as the journal, or not with real guardians' data.
 *
 * <p>This class is immutable and thread-safe.
 */
final class LoggingNotifier implements Notifier {

    /** The name of the logger the notifications are written to. */
    static final String LOGGER = "org.schooljournal.notify";

    private static final System.Logger LOG = System.getLogger(LOGGER);

    @Override
    public DeliveryOutcome deliver(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        LOG.log(System.Logger.Level.INFO, "Notification {0} to {1}: {2}\n{3}", notification.idempotencyKey(),
                notification.address(), notification.subject(), notification.body());
        return DeliveryOutcome.sent();
    }

    @Override
    public String toString() {
        return "LoggingNotifier[" + LOGGER + "]";
    }
}
