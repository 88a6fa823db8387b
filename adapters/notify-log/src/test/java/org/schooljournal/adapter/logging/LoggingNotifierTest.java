package org.schooljournal.adapter.logging;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.schooljournal.adapter.tck.DeliveredMessage;
import org.schooljournal.adapter.tck.NotifierContract;
import org.schooljournal.spi.notify.Notifier;

/**
 * The logging channel passes the notification port's contract kit. What "arrived" is read from the
 * log records (java.util.logging, the default backend of {@link System.Logger}), kept off the console.
 */
@DisplayName("LoggingNotifier keeps the notification contract")
class LoggingNotifierTest extends NotifierContract {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Logger log;

    @Override
    protected Notifier createNotifier() {
        log = Logger.getLogger(LoggingNotifier.LOGGER);
        log.setUseParentHandlers(false);
        log.addHandler(capture);
        return new LoggingNotifierProvider().create(java.util.Map.of());
    }

    @AfterEach
    void releaseTheLog() {
        log.removeHandler(capture);
        log.setUseParentHandlers(true);
    }

    @Override
    protected String address(int n) {
        return "guardian-" + n + "@school.test";
    }

    @Override
    protected Optional<String> undeliverableAddress() {
        return Optional.empty();
    }

    @Override
    protected List<DeliveredMessage> deliveredMessages() {
        return records.stream()
                .map(r -> new DeliveredMessage((String) r.getParameters()[1], (String) r.getParameters()[2],
                        (String) r.getParameters()[3]))
                .toList();
    }
}
