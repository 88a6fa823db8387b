package org.schooljournal.core.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Checks the integrity of a school's whole log in a store (ARC-4, ARC-6): every stream of the
 * school — its own stream {@code school-<id>} and every stream whose id starts with
 * {@code school-<id>/} (its journals and diaries; the slash keeps out {@code school-<id>1…} of
 * another school) — is walked with {@link ChainVerifier}, and each stream's head is added, whose
 * hash vouches for everything before it in that stream.
 *
 * <p>The engine's check ({@code engine.archive().verify(schoolId)}) also decodes every event — an
 * event that cannot be read is a break, naming its stream and envelope (ARC-6: records stay
 * usable) — and is <em>anchored</em>: it reads the heads the school's own stream recorded — checkpoints ({@link HeadsCheckpointed}) and
 * archive records of the year's archive — and, if given, the heads of an exported checkpoint kept
 * elsewhere (a witness, {@link CheckpointManifest}), and compares each with its stream: a stream
 * deleted, truncated, or changed and re-hashed after an anchor is named with that anchor
 * ({@link AnchorBreak}), unless the school's stream recorded its purge after it. What the chains
 * and the anchors cannot tell is in docs/integrity.md.
 *
 * <pre>{@code
 * IntegrityReport report = engine.archive().verify("86-001");
 * if (!report.verified()) {
 *     log.error(report.describe());   // names the first bad envelope and its stream, and every broken anchor
 * }
 * }</pre>
 *
 * <p>The streams are listed once, then walked page by page while commands may append to them; the
 * report describes each stream as far as its walk went. The school's own stream is walked first,
 * for its records, then the others, then the school's stream again from where its walk stopped:
 * a journal's events are decided on the school's state, so every journal event walked was decided
 * on school events the walk of the school's stream also reaches (a backup relies on it). This
 * class is immutable and thread-safe.
 */
public final class IntegrityCheck {

    private final EventStore store;
    private final StoredEvents events;

    private IntegrityCheck(EventStore store, StoredEvents events) {
        this.store = store;
        this.events = events;
    }

    /**
     * Returns a check of the chains alone, reading from the store: it neither decodes events nor
     * compares recorded heads (it has no codec); the engine's {@code archive().verify} does both.
     */
    public static IntegrityCheck of(EventStore store) {
        return new IntegrityCheck(Objects.requireNonNull(store, "store"), StoredEvents.NONE);
    }

    /** Returns a check of the chains that also decodes every event and compares the heads recorded. */
    static IntegrityCheck anchored(EventStore store, StoredEvents events) {
        return new IntegrityCheck(Objects.requireNonNull(store, "store"), Objects.requireNonNull(events, "events"));
    }

    /** Returns the store the check reads. */
    EventStore store() {
        return store;
    }

    /**
     * Checks every stream of a school.
     *
     * @param schoolId the school
     * @return the report, the school's own stream first, then the others in the natural order of
     *     their ids; {@link IntegrityReport#verified()} tells whether every envelope verified and
     *     every recorded head held
     * @throws JournalException NOT_FOUND if no stream of the school holds events (an empty or a
     *     removed log is never reported as intact); INTEGRITY if the school's own stream is empty
     *     or missing while other streams of the school hold events (it was removed); STORAGE if
     *     the store lists a stream or says a stream is longer than it can read
     */
    public IntegrityReport school(String schoolId) {
        return school(schoolId, Optional.empty());
    }

    /**
     * Checks every stream of a school, and compares them with the heads of a checkpoint kept
     * elsewhere too.
     *
     * @throws JournalException VALIDATION if the witness is of another school; as {@link #school(String)}
     */
    IntegrityReport school(String schoolId, Optional<Checkpoint> witness) {
        Objects.requireNonNull(schoolId, "schoolId");
        witness.filter(w -> !w.schoolId().equals(schoolId)).ifPresent(w -> {
            throw new JournalException(ErrorCode.VALIDATION, "the checkpoint given is of school " + w.schoolId()
                    + ", not of school " + schoolId + ": verify each school against its own");
        });
        String schoolStream = SchoolStreams.of(schoolId);
        List<String> others = otherStreams(schoolId);
        Anchors anchors = new Anchors();
        ChainVerifier verifier = new ChainVerifier(store);
        ChainVerifier.Walk own = verifier.walk(schoolStream);
        own.resume(anchors::read);
        witness.ifPresent(anchors::add);
        Map<String, Map<Long, String>> seen = new HashMap<>();
        List<StreamIntegrity> walked = new ArrayList<>(others.size());
        for (String stream : others) {
            Set<Long> wanted = anchors.countsOf(stream);
            ChainVerifier.Walk walk = verifier.walk(stream);
            walk.resume(envelope -> {
                if (wanted.contains(envelope.sequence())) {
                    seen.computeIfAbsent(stream, s -> new HashMap<>()).put(envelope.sequence(), envelope.event().hash());
                }
                return events.unreadable(envelope);
            });
            walked.add(integrity(schoolId, stream, walk.report(), true));
        }
        own.resume(anchors::read);
        StreamIntegrity ownIntegrity = integrity(schoolId, schoolStream, own.report(), false);
        if (ownIntegrity == null) {
            if (others.isEmpty()) {
                throw new JournalException(ErrorCode.NOT_FOUND, "school " + schoolId + " has no events: stream "
                        + schoolStream + " is empty or missing, and no stream starts with " + schoolStream
                        + "/, so there is nothing to check");
            }
            throw new JournalException(ErrorCode.INTEGRITY, "school " + schoolId + " has lost its own stream: "
                    + schoolStream + " is empty or missing while " + others.size() + " other streams of the school"
                    + " hold events (first " + others.get(0) + "); the school's registration, structure and roster"
                    + " were removed from the store");
        }
        List<StreamIntegrity> streams = new ArrayList<>(walked.size() + 1);
        streams.add(ownIntegrity);
        streams.addAll(walked);
        return new IntegrityReport(schoolId, streams, anchors.compare(streams, seen), anchors.size());
    }

    /** Returns the streams under {@code school-<id>/}, sorted, whatever order the store lists them in. */
    private List<String> otherStreams(String schoolId) {
        String prefix = SchoolStreams.of(schoolId) + "/";
        TreeSet<String> ids = new TreeSet<>();
        for (String id : store.streamIds(prefix)) {
            if (id.startsWith(prefix)) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    /**
     * Returns one stream's result from its walk; null for an empty own stream, which the caller
     * reports.
     *
     * @param listed whether the store listed the stream, so that it must hold events
     */
    private StreamIntegrity integrity(String schoolId, String stream, ChainReport chain, boolean listed) {
        if (chain.checked() == 0) {
            if (!listed) {
                return null;
            }
            throw new JournalException(ErrorCode.STORAGE, "stream " + stream + " of school " + schoolId
                    + " is listed by the store but holds no envelope it can read (version "
                    + store.version(stream) + ")");
        }
        // Intact: the head is the last envelope the walk checked (the stream may have grown since).
        // Broken: the walk stopped at the break; the head is the stream's last envelope as stored.
        long headSequence = chain.verified() ? chain.checked() : Math.max(chain.checked(), store.version(stream));
        List<EventEnvelope> head = store.read(stream, headSequence, 1);
        if (head.isEmpty() || head.get(0).sequence() != headSequence) {
            throw new JournalException(ErrorCode.STORAGE, "stream " + stream + " of school " + schoolId
                    + " holds " + headSequence + " envelopes but the store cannot read envelope " + headSequence);
        }
        return new StreamIntegrity(stream, chain.checked(), headSequence, head.get(0).event().hash(),
                chain.firstBreak());
    }

    /** The heads recorded for the school's streams, in the order they were recorded, and its purges. */
    private final class Anchors {

        private record Recorded(Anchor anchor, StreamHead head) {
        }

        private final List<Recorded> recorded = new ArrayList<>();
        private final Map<String, Long> lastPurge = new HashMap<>();

        /** Reads a verified envelope of the school's stream; an event that does not decode is a break. */
        Optional<String> read(EventEnvelope envelope) {
            Optional<String> unreadable = events.unreadable(envelope);
            if (unreadable.isPresent()) {
                return unreadable;
            }
            Optional<HeadRecord> record;
            try {
                record = events.headRecord(envelope);
            } catch (JournalException e) {
                return Optional.of("it records heads of streams but does not decode: " + e.getMessage());
            }
            record.ifPresent(r -> {
                Anchor anchor = new Anchor(r instanceof HeadsCheckpointed ? Anchor.Source.CHECKPOINT
                        : Anchor.Source.ARCHIVE_RECORD, envelope.sequence(), envelope.event().recordedAt());
                r.recordedHeads().forEach(head -> recorded.add(new Recorded(anchor, head)));
                r.purgedStreams().forEach(stream -> lastPurge.merge(stream, envelope.sequence(), Math::max));
            });
            return Optional.empty();
        }

        /** Adds the heads of a checkpoint kept elsewhere. */
        void add(Checkpoint witness) {
            Anchor anchor = new Anchor(Anchor.Source.WITNESS, witness.sequence(), witness.recordedAt());
            witness.heads().forEach(head -> recorded.add(new Recorded(anchor, head)));
        }

        int size() {
            return recorded.size();
        }

        Set<Long> countsOf(String stream) {
            Set<Long> counts = new HashSet<>();
            recorded.stream().filter(r -> r.head().streamId().equals(stream)).forEach(r -> counts.add(r.head().count()));
            return counts;
        }

        /** Compares every recorded head with its stream; returns the earliest broken anchor of each stream. */
        List<AnchorBreak> compare(List<StreamIntegrity> streams, Map<String, Map<Long, String>> seen) {
            Map<String, StreamIntegrity> byId = new HashMap<>();
            streams.forEach(s -> byId.put(s.streamId(), s));
            Map<String, List<AnchorBreak>> broken = new LinkedHashMap<>();
            List<Recorded> inOrder = new ArrayList<>(recorded);
            inOrder.sort(Comparator.comparingLong(r -> r.anchor().sequence()));
            for (Recorded r : inOrder) {
                String stream = r.head().streamId();
                if (lastPurge.getOrDefault(stream, -1L) > r.anchor().sequence()) {
                    continue;
                }
                compare(r, byId.get(stream), seen.getOrDefault(stream, Map.of()))
                        .ifPresent(b -> broken.computeIfAbsent(stream, s -> new ArrayList<>()).add(b));
            }
            List<AnchorBreak> earliest = new ArrayList<>();
            broken.values().forEach(list -> {
                AnchorBreak first = list.get(0);
                earliest.add(new AnchorBreak(first.streamId(), first.kind(), first.anchor(), first.recorded(),
                        first.storedCount(), first.storedHash(), list.size()));
            });
            earliest.sort(Comparator.comparing(AnchorBreak::streamId));
            return earliest;
        }

        private Optional<AnchorBreak> compare(Recorded r, StreamIntegrity stream, Map<Long, String> seen) {
            StreamHead head = r.head();
            if (stream == null) {
                return Optional.of(new AnchorBreak(head.streamId(), AnchorBreak.Kind.DELETED, r.anchor(), head, 0,
                        Optional.empty(), 1));
            }
            long stored = Math.max(stream.headSequence(), store.version(head.streamId()));
            if (stored < head.count()) {
                return Optional.of(new AnchorBreak(head.streamId(), AnchorBreak.Kind.TRUNCATED, r.anchor(), head,
                        stored, Optional.empty(), 1));
            }
            String hash = seen.get(head.count());
            if (hash == null) {
                List<EventEnvelope> at = store.read(head.streamId(), head.count(), 1);
                hash = at.isEmpty() ? null : at.get(0).event().hash();
            }
            if (hash == null) {
                return Optional.of(new AnchorBreak(head.streamId(), AnchorBreak.Kind.TRUNCATED, r.anchor(), head,
                        stored, Optional.empty(), 1));
            }
            if (!hash.equals(head.hash())) {
                return Optional.of(new AnchorBreak(head.streamId(), AnchorBreak.Kind.CHANGED, r.anchor(), head,
                        stored, Optional.of(hash), 1));
            }
            return Optional.empty();
        }
    }
}
