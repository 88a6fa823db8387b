package org.schooljournal.core.compromise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reported compromise of an account and its act (PD-4, R 4.3–4.4): who reported it and when,
 * when the breach was discovered and when the head and support were informed, whether that was in
 * time, each drawing up of the act with the operations it declared invalid, and the restoration
 * of the account if it came. The account is blocked, and its operations invalid, from the instant
 * the head and support were informed until it is restored.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param number the report's number in the school, from 1: the act's number
 * @param personId whose account
 * @param reportedBy who reported it
 * @param reportedAt when the report was recorded
 * @param discoveredAt when the breach was discovered
 * @param informedAt when the head and support were informed: the account's operations are invalid
 *     from then on
 * @param circumstances what happened, in the reporter's words
 * @param timing whether it was reported in time, if it could be judged
 * @param drawings each drawing up of the act, oldest first
 * @param operations the operations the act declares invalid, in the order listed
 * @param restoration the restoration of the account, if it came
 */
public record Compromise(int number, String personId, String reportedBy, Instant reportedAt, Instant discoveredAt,
        Instant informedAt, String circumstances, Optional<ReportTiming> timing, List<Drawing> drawings,
        List<InvalidatedOperation> operations, Optional<Restoration> restoration) {

    /**
     * A drawing up of the act.
     *
     * @param drawnUpBy who drew it up
     * @param drawnUpAt when
     * @param operations how many operations it listed
     */
    public record Drawing(String drawnUpBy, Instant drawnUpAt, int operations) {

        /** Checks the parts are given. */
        public Drawing {
            Objects.requireNonNull(drawnUpBy, "drawnUpBy");
            Objects.requireNonNull(drawnUpAt, "drawnUpAt");
        }
    }

    /**
     * The restoration of a blocked account.
     *
     * @param restoredBy who restored it
     * @param restoredAt when: its operations are valid again from then on
     * @param reason why it may act again
     */
    public record Restoration(String restoredBy, Instant restoredAt, String reason) {

        /** Checks the parts are given. */
        public Restoration {
            Objects.requireNonNull(restoredBy, "restoredBy");
            Objects.requireNonNull(restoredAt, "restoredAt");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Checks the parts are given and copies the lists. */
    public Compromise {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(reportedBy, "reportedBy");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(discoveredAt, "discoveredAt");
        Objects.requireNonNull(informedAt, "informedAt");
        Objects.requireNonNull(circumstances, "circumstances");
        Objects.requireNonNull(timing, "timing");
        drawings = List.copyOf(drawings);
        operations = List.copyOf(operations);
        Objects.requireNonNull(restoration, "restoration");
    }

    /** Returns the compromise as reported, its act not drawn up yet. */
    static Compromise reported(CompromiseReported event) {
        return new Compromise(event.number(), event.personId(), event.reportedBy(), event.reportedAt(),
                event.discoveredAt(), event.informedAt(), event.circumstances(), event.timing(), List.of(), List.of(),
                Optional.empty());
    }

    /**
     * Returns whether an operation of that person at that instant is invalid by this compromise:
     * from the instant the head and support were informed until the account was restored.
     */
    public boolean invalidates(String author, Instant at) {
        return personId.equals(author) && !at.isBefore(informedAt)
                && restoration.map(r -> at.isBefore(r.restoredAt())).orElse(true);
    }

    /** Returns whether the account is still blocked: not restored. */
    public boolean open() {
        return restoration.isEmpty();
    }

    /** Returns whether the act was drawn up at least once. */
    public boolean drawnUp() {
        return !drawings.isEmpty();
    }

    Compromise drawnUp(OperationsInvalidated event) {
        List<Drawing> moreDrawings = new ArrayList<>(drawings);
        moreDrawings.add(new Drawing(event.drawnUpBy(), event.drawnUpAt(), event.operations().size()));
        List<InvalidatedOperation> more = new ArrayList<>(operations);
        more.addAll(event.operations());
        return new Compromise(number, personId, reportedBy, reportedAt, discoveredAt, informedAt, circumstances, timing,
                moreDrawings, more, restoration);
    }

    Compromise restored(AccountRestored event) {
        return new Compromise(number, personId, reportedBy, reportedAt, discoveredAt, informedAt, circumstances, timing,
                drawings, operations,
                Optional.of(new Restoration(event.restoredBy(), event.restoredAt(), event.reason())));
    }
}
