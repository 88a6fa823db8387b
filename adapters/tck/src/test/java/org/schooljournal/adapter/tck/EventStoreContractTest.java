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
 * The kit itself, checked the only way a kit can be: it passes a correct store, and it fails
 * broken ones in the checks of the rule they break, and only there. Each run is a
 * {@code …KitRun} subclass of {@link EventStoreContract}, started with the JUnit Platform
 * Launcher, whose failures are expected and so kept out of the build's own run.
 */
@DisplayName("EventStoreContract passes a correct store and catches broken ones")
class EventStoreContractTest {

    private static final String ONE_STREAM = "Concurrency.required_concurrentAppendsToOneStream_loseNothing";
    private static final String MANY_STREAMS = "Concurrency.required_concurrentAppendsToManyStreams_storeEveryEventOnce";
    private static final String FOLLOWER = "Concurrency.required_readSchool_followerMissesNoEventWhileOthersAppend";

    @Test
    @DisplayName("a correct store passes every check")
    void correctStorePassesEveryCheck() {
        KitRun run = KitRun.of(SynchronizedStoreKitRun.class);

        assertThat(run.failedChecks()).isEmpty();
        assertThat(run.summary().getTestsFoundCount()).isGreaterThanOrEqualTo(35)
                .isEqualTo(run.summary().getTestsSucceededCount());
    }

    @Test
    @DisplayName("a store that checks the version and stores without one lock fails the concurrency checks only")
    void storeLosingRacingAppendsFailsTheConcurrencyChecks() {
        KitRun run = KitRun.of(LostUpdateStoreKitRun.class);

        assertThat(run.failedChecks()).contains(ONE_STREAM, MANY_STREAMS)
                .allMatch(check -> check.startsWith("Concurrency."));
        assertThat(run.summary().getTestsSucceededCount()).isGreaterThanOrEqualTo(32);
    }

    @Test
    @DisplayName("a store that silently drops every 50th event fails every concurrency check, and only those")
    void storeDroppingEventsFailsTheConcurrencyChecks() {
        KitRun run = KitRun.of(DroppingStoreKitRun.class);

        assertThat(run.failedChecks()).containsExactlyInAnyOrder(ONE_STREAM, MANY_STREAMS, FOLLOWER,
                "Concurrency.required_racingAppendsAtOneVersion_exactlyOneWinsEach",
                "Concurrency.required_concurrentAppendsToDifferentStreams_allWin",
                "Concurrency.required_positions_followTheOrderAppendsTookEffect");
    }

    @Test
    @DisplayName("a store that keeps payloads as text fails the byte-exact payload checks, and only those")
    void storeKeepingPayloadsAsTextFailsThePayloadChecks() {
        KitRun run = KitRun.of(TextPayloadStoreKitRun.class);

        assertThat(run.failedChecks()).containsExactlyInAnyOrder(
                "Payloads.required_payload_keepsEveryByteValue",
                "LargePayloads.required_payload_ofFiveMebibytes_roundTrips",
                "LargePayloads.required_largePayload_leavesItsNeighboursIntact");
    }

    /** The outcome of one run of the kit: the summary, and the failed checks as {@code Group.method}. */
    private record KitRun(TestExecutionSummary summary, List<String> failedChecks) {

        static KitRun of(Class<? extends EventStoreContract> kitRun) {
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            LauncherFactory.create().execute(
                    LauncherDiscoveryRequestBuilder.request().selectors(selectClass(kitRun)).build(), listener);
            TestExecutionSummary summary = listener.getSummary();
            List<String> failed = summary.getFailures().stream()
                    .map(failure -> checkName(failure.getTestIdentifier().getUniqueIdObject()))
                    .sorted().toList();
            return new KitRun(summary, failed);
        }

        private static String checkName(UniqueId id) {
            return id.getSegments().stream()
                    .filter(segment -> segment.getType().equals("nested-class") || segment.getType().equals("method"))
                    .map(segment -> segment.getValue().replace("()", ""))
                    .collect(Collectors.joining("."));
        }
    }
}
