package org.schooljournal.adapter.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The notifier kit itself: it passes a correct channel, and fails broken ones in the checks of the
 * rule they break, and only there.
 */
@DisplayName("NotifierContract passes a correct channel and catches broken ones")
class NotifierContractTest {

    @Test
    @DisplayName("a correct channel passes every check")
    void correctChannelPasses() {
        TestExecutionSummary summary = run(NotifierKitRuns.CorrectRun.class);

        assertThat(failedChecks(summary)).isEmpty();
        assertThat(summary.getTestsFoundCount()).isGreaterThanOrEqualTo(11).isEqualTo(summary.getTestsSucceededCount());
    }

    @Test
    @DisplayName("a channel that sends repeats fails the idempotency and concurrency checks, and only those")
    void repeatingChannelFailsIdempotency() {
        assertThat(failedChecks(run(NotifierKitRuns.RepeatingRun.class))).containsExactlyInAnyOrder(
                "Idempotency.required_sameKeyTwice_arrivesOnce",
                "Idempotency.required_keyReusedForAnotherNotification_isRefused",
                "Concurrency.required_racingDeliveriesOfTheSameKeys_arriveOnceEach");
    }

    @Test
    @DisplayName("a channel that garbles Russian text fails the text checks")
    void mojibakeChannelFailsTheTextChecks() {
        assertThat(failedChecks(run(NotifierKitRuns.MojibakeRun.class))).contains(
                "Delivery.required_russianText_arrivesIntact", "Delivery.required_longBody_arrivesIntact")
                .allMatch(check -> check.startsWith("Delivery.") || check.startsWith("Concurrency."));
    }

    private static TestExecutionSummary run(Class<?> kitRun) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(
                LauncherDiscoveryRequestBuilder.request().selectors(selectClass(kitRun)).build(), listener);
        return listener.getSummary();
    }

    private static List<String> failedChecks(TestExecutionSummary summary) {
        return summary.getFailures().stream()
                .map(failure -> checkName(failure.getTestIdentifier().getUniqueIdObject()))
                .sorted().toList();
    }

    private static String checkName(UniqueId id) {
        return id.getSegments().stream()
                .filter(segment -> segment.getType().equals("nested-class") || segment.getType().equals("method"))
                .map(segment -> segment.getValue().replace("()", ""))
                .collect(Collectors.joining("."));
    }
}
