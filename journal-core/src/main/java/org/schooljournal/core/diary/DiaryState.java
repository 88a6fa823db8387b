package org.schooljournal.core.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pcollections.HashTreePMap;
import org.pcollections.HashTreePSet;
import org.pcollections.OrderedPMap;
import org.pcollections.PMap;
import org.pcollections.PSet;
import org.pcollections.PVector;
import org.pcollections.TreePVector;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.notification.OutboxItem;

/**
 * What a student's diary stream holds: a fold of its events. Who opened the diary when, and
 * which remark or message each guardian read first when (DRY-5); each guardian's digests, the
 * items they carried (NTF-3), and the outbox that sends them.
 *
 * <p>This record is immutable and thread-safe; the {@code with…} methods return new states. Its
 * collections are persistent (pcollections) and unmodifiable.
 *
 * @param studentId the student
 * @param openings the guardians' openings, oldest first
 * @param reads for each remark or message, when each guardian first read it
 * @param lastDigest the slot of each guardian's latest digest
 * @param digested the items each guardian's digests carried
 * @param outbox the digests, by key, with their delivery
 */
public record DiaryState(String studentId, List<DiaryViewReceipt> openings, Map<EntryRef, Map<String, Instant>> reads,
        Map<String, Instant> lastDigest, Map<String, Set<DigestItem>> digested, Map<String, OutboxItem> outbox) {

    /** Takes the collections as persistent ones, shared between successive states (as JournalState's). */
    public DiaryState {
        Objects.requireNonNull(studentId, "studentId");
        openings = openings instanceof PVector<DiaryViewReceipt> vector ? vector : TreePVector.from(openings);
        reads = reads instanceof PMap<EntryRef, Map<String, Instant>> map ? map : HashTreePMap.from(reads);
        lastDigest = lastDigest instanceof PMap<String, Instant> map ? map : HashTreePMap.from(lastDigest);
        digested = digested instanceof PMap<String, Set<DigestItem>> map ? map : HashTreePMap.from(digested);
        outbox = outbox instanceof OrderedPMap<String, OutboxItem> map ? map : OrderedPMap.from(outbox);
    }

    /** Returns the state of a diary nobody opened yet. */
    public static DiaryState empty(String studentId) {
        return new DiaryState(studentId, TreePVector.empty(), HashTreePMap.empty(), HashTreePMap.empty(),
                HashTreePMap.empty(), OrderedPMap.empty());
    }

    /** Returns when the guardian first read the remark or message, if they did (DRY-5). */
    public Optional<Instant> readAt(EntryRef ref, String guardianId) {
        return Optional.ofNullable(reads.getOrDefault(ref, Map.of()).get(guardianId));
    }

    /** Returns whether an item of the outbox is a correction notice (PD-4) rather than a digest (NTF-3). */
    public static boolean correction(String key) {
        return key.contains(DiaryInvalidation.CORRECTION_KEY);
    }

    /**
     * Returns when the guardian first opened the diary at or after an instant, showing that day if
     * one is given (DRY-5; the report of informing, REP-7).
     */
    public Optional<Instant> openedAfter(String guardianId, Instant after, Optional<LocalDate> showing) {
        return openings.stream().filter(opening -> opening.guardianId().equals(guardianId) && !opening.at().isBefore(after)
                && showing.map(day -> !day.isBefore(opening.from()) && !day.isAfter(opening.to())).orElse(true))
                .map(DiaryViewReceipt::at).findFirst();
    }

    /** Returns the items the guardian's digests carried so far (NTF-3). */
    public Set<DigestItem> digested(String guardianId) {
        return digested.getOrDefault(guardianId, Set.of());
    }

    /** Returns the slot of the guardian's latest digest, if one was queued. */
    public Optional<Instant> lastDigest(String guardianId) {
        return Optional.ofNullable(lastDigest.get(guardianId));
    }

    DiaryState withOpening(DiaryViewReceipt opening) {
        PMap<EntryRef, Map<String, Instant>> moreReads = (PMap<EntryRef, Map<String, Instant>>) reads;
        for (EntryRef ref : opening.read()) {
            PMap<String, Instant> byGuardian = HashTreePMap.from(reads.getOrDefault(ref, Map.of()));
            if (!byGuardian.containsKey(opening.guardianId())) {
                moreReads = moreReads.plus(ref, byGuardian.plus(opening.guardianId(), opening.at()));
            }
        }
        return new DiaryState(studentId, ((PVector<DiaryViewReceipt>) openings).plus(opening), moreReads, lastDigest,
                digested, outbox);
    }

    DiaryState withDigest(String guardianId, Instant slot, List<DigestItem> items, OutboxItem item) {
        Set<DigestItem> before = digested(guardianId);
        PSet<DigestItem> carried = (before instanceof PSet<DigestItem> set ? set : HashTreePSet.from(before))
                .plusAll(items);
        return new DiaryState(studentId, openings, reads, ((PMap<String, Instant>) lastDigest).plus(guardianId, slot),
                ((PMap<String, Set<DigestItem>>) digested).plus(guardianId, carried), outbox).withOutboxItem(item);
    }

    DiaryState withOutboxItem(OutboxItem item) {
        return new DiaryState(studentId, openings, reads, lastDigest, digested,
                ((OrderedPMap<String, OutboxItem>) outbox).plus(item.notification().idempotencyKey(), item));
    }
}
