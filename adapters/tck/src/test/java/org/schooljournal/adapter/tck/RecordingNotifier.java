package org.schooljournal.adapter.tck;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.Notification;
import org.schooljournal.spi.notify.Notifier;

/**
 * A channel that records what it "sends" in a list, passing the text through a transformation
 * first (identity for a correct channel). Not idempotent by itself: the kit runs wrap it or not.
 *
 * <p>This class is thread-safe.
 */
final class RecordingNotifier implements Notifier {

    private final List<DeliveredMessage> sent = new CopyOnWriteArrayList<>();
    private final UnaryOperator<String> text;
    private volatile boolean closed;

    RecordingNotifier(UnaryOperator<String> text) {
        this.text = text;
    }

    @Override
    public DeliveryOutcome deliver(Notification notification) {
        if (notification == null) {
            throw new NullPointerException("notification");
        }
        if (closed) {
            throw new IllegalStateException("closed");
        }
        sent.add(new DeliveredMessage(notification.address(), text.apply(notification.subject()),
                text.apply(notification.body())));
        return DeliveryOutcome.sent();
    }

    List<DeliveredMessage> sent() {
        return sent;
    }

    @Override
    public void close() {
        closed = true;
    }
}
