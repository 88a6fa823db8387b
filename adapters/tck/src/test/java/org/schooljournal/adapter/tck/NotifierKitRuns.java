package org.schooljournal.adapter.tck;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.schooljournal.spi.notify.IdempotentNotifier;
import org.schooljournal.spi.notify.Notifier;

/**
 * The notifier kit against a correct channel and two broken ones. Run by
 * {@link NotifierContractTest} through the JUnit Platform Launcher, never by Surefire on its own:
 * the names do not end in Test.
 */
final class NotifierKitRuns {

    private NotifierKitRuns() {
    }

    /** The kit's runs share all but the channel. */
    abstract static class RecordingRun extends NotifierContract {
        private RecordingNotifier recording;

        abstract RecordingNotifier recording();

        Notifier wrap(RecordingNotifier channel) {
            return IdempotentNotifier.of(channel);
        }

        @Override
        protected Notifier createNotifier() {
            recording = recording();
            return wrap(recording);
        }

        @Override
        protected String address(int n) {
            return "guardian" + n + "@school.test";
        }

        @Override
        protected Optional<String> undeliverableAddress() {
            return Optional.empty();
        }

        @Override
        protected List<DeliveredMessage> deliveredMessages() {
            return recording.sent();
        }
    }

    /** A correct channel. */
    static class CorrectRun extends RecordingRun {
        @Override
        RecordingNotifier recording() {
            return new RecordingNotifier(UnaryOperator.identity());
        }
    }

    /** BROKEN: sends every time it is asked, repeats included. */
    static class RepeatingRun extends CorrectRun {
        @Override
        Notifier wrap(RecordingNotifier channel) {
            return channel;
        }
    }

    /** BROKEN: encodes text as UTF-8 and decodes it as ISO-8859-1, the classic mojibake. */
    static class MojibakeRun extends RecordingRun {
        @Override
        RecordingNotifier recording() {
            return new RecordingNotifier(text -> new String(text.getBytes(UTF_8), ISO_8859_1));
        }
    }
}
