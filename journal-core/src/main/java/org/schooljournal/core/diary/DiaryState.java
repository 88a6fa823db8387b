package org.schooljournal.core.diary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.OutboxItem;

/**
 * What a student's diary stream holds: a fold of its events. Who opened the diary when, and
 * which remark or message each guardian read first when (DRY-5); each guardian's digests, the
 * items they carried (NTF-3), and the outbox that sends them.
 *
 * <p>This record is immutable and thread-safe; the {@code with…} methods return new states.
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

    /** Copies the collections. */
    public DiaryState {
        Objects.requireNonNull(studentId, "studentId");
        openings = List.copyOf(openings);
        reads = Collections.unmodifiableMap(new LinkedHashMap<>(reads));
        lastDigest = Collections.unmodifiableMap(new LinkedHashMap<>(lastDigest));
        digested = Collections.unmodifiableMap(new LinkedHashMap<>(digested));
        outbox = Collections.unmodifiableMap(new LinkedHashMap<>(outbox));
    }

    /** Returns the state of a diary nobody opened yet. */
    public static DiaryState empty(String studentId) {
        return new DiaryState(studentId, List.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** Returns when the guardian first read the remark or message, if they did (DRY-5). */
    public Optional<Instant> readAt(EntryRef ref, String guardianId) {
        return Optional.ofNullable(reads.getOrDefault(ref, Map.of()).get(guardianId));
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
        List<DiaryViewReceipt> more = new ArrayList<>(openings);
        more.add(opening);
        Map<EntryRef, Map<String, Instant>> moreReads = new LinkedHashMap<>(reads);
        for (EntryRef ref : opening.read()) {
            Map<String, Instant> byGuardian = new LinkedHashMap<>(moreReads.getOrDefault(ref, Map.of()));
            byGuardian.putIfAbsent(opening.guardianId(), opening.at());
            moreReads.put(ref, Map.copyOf(byGuardian));
        }
        return new DiaryState(studentId, more, moreReads, lastDigest, digested, outbox);
    }

    DiaryState withDigest(String guardianId, Instant slot, List<DigestItem> items, OutboxItem item) {
        Map<String, Instant> moreLast = new LinkedHashMap<>(lastDigest);
        moreLast.put(guardianId, slot);
        Map<String, Set<DigestItem>> moreDigested = new LinkedHashMap<>(digested);
        Set<DigestItem> carried = new LinkedHashSet<>(digested(guardianId));
        carried.addAll(items);
        moreDigested.put(guardianId, Collections.unmodifiableSet(carried));
        return new DiaryState(studentId, openings, reads, moreLast, moreDigested, outbox).withOutboxItem(item);
    }

    DiaryState withOutboxItem(OutboxItem item) {
        Map<String, OutboxItem> more = new LinkedHashMap<>(outbox);
        more.put(item.notification().idempotencyKey(), item);
        return new DiaryState(studentId, openings, reads, lastDigest, digested, more);
    }
}
