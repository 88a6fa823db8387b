package org.schooljournal.core.archive;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.schooljournal.core.log.SchoolStreams;

/**
 * The integrity of a school's whole log at the time it was checked (ARC-4, ARC-6): one
 * {@link StreamIntegrity} per stream of the school — its own stream {@code school-<id>} first,
 * then every other stream under {@code school-<id>/} (its journals and diaries), in the natural
 * order of their ids — with totals, the first envelope that does not verify, every stream that no
 * longer holds what a checkpoint, an archive record or a witness recorded ({@link AnchorBreak}),
 * and an overall verdict.
 *
 * <p>Each stream's head hash vouches for every envelope of that stream before it when the stream
 * verified: keep the heads somewhere else (the printed and signed journal, a backup's manifest, a
 * register of head hashes) and a later report with the same hash at the same sequence proves that
 * nothing up to there was changed, removed or reordered since.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param streams the result of each stream, the school's own stream first; one or more
 * @param anchorBreaks the streams that no longer hold a recorded head, each with its earliest
 *     such anchor, in the natural order of the streams' ids
 * @param anchorsCompared how many recorded heads were compared with their streams
 */
public record IntegrityReport(String schoolId, List<StreamIntegrity> streams, List<AnchorBreak> anchorBreaks,
        int anchorsCompared) {

    /**
     * The first envelope of the school's log that does not verify, named with its stream.
     *
     * @param streamId the stream it belongs to
     * @param sequence its place in that stream
     * @param position its place in the store
     * @param eventId its event id
     * @param reason why it does not verify
     */
    public record BrokenEnvelope(String streamId, long sequence, long position, UUID eventId, String reason) {

        /** Checks the parts are given. */
        public BrokenEnvelope {
            Objects.requireNonNull(streamId, "streamId");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Checks the report.
     *
     * @throws IllegalArgumentException if there is no stream or the first is not the school's own
     */
    public IntegrityReport {
        Objects.requireNonNull(schoolId, "schoolId");
        streams = List.copyOf(streams);
        anchorBreaks = List.copyOf(anchorBreaks);
        if (streams.isEmpty() || !streams.get(0).streamId().equals(SchoolStreams.of(schoolId))) {
            throw new IllegalArgumentException("the first stream of school " + schoolId + "'s report must be "
                    + SchoolStreams.of(schoolId) + ", was " + (streams.isEmpty() ? "none" : streams.get(0).streamId()));
        }
    }

    /**
     * Returns the report of the chains alone, which compared no recorded head.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public IntegrityReport(String schoolId, List<StreamIntegrity> streams) {
        this(schoolId, streams, List.of(), 0);
    }

    /**
     * Returns the overall verdict: every envelope of every stream verified and every recorded
     * head compared still holds.
     */
    public boolean verified() {
        return anchorBreaks.isEmpty() && streams.stream().allMatch(StreamIntegrity::verified);
    }

    /** Returns the result of the school's own stream, {@code school-<id>}. */
    public StreamIntegrity schoolStream() {
        return streams.get(0);
    }

    /**
     * Returns the head sequence of the school's own stream, {@code schoolStream().headSequence()}:
     * how many events of registration, structure, programme and roster it holds; each journal's
     * head is in {@link #streams()}, all of them in {@link #envelopeCount()}.
     */
    public long headSequence() {
        return schoolStream().headSequence();
    }

    /**
     * Returns the head hash of the school's own stream, {@code schoolStream().headHash()}; each
     * journal's head is in {@link #streams()}.
     */
    public String headHash() {
        return schoolStream().headHash();
    }

    /** Returns the result of a stream, if it is one of the school's streams checked. */
    public Optional<StreamIntegrity> stream(String streamId) {
        return streams.stream().filter(s -> s.streamId().equals(streamId)).findFirst();
    }

    /** Returns the streams that do not verify, in the report's order. */
    public List<StreamIntegrity> broken() {
        return streams.stream().filter(s -> !s.verified()).toList();
    }

    /** Returns how many envelopes were checked in all streams. */
    public long checked() {
        return streams.stream().mapToLong(StreamIntegrity::checked).sum();
    }

    /** Returns how many envelopes the streams hold, up to their heads. */
    public long envelopeCount() {
        return streams.stream().mapToLong(StreamIntegrity::headSequence).sum();
    }

    /**
     * Returns the first envelope that does not verify, with its stream: the first break of the
     * first broken stream in the report's order.
     */
    public Optional<BrokenEnvelope> firstBreak() {
        return streams.stream().flatMap(s -> s.firstBreak().stream().map(b -> new BrokenEnvelope(s.streamId(),
                b.sequence(), b.position(), b.eventId(), b.reason()))).findFirst();
    }

    /**
     * Returns the report in one English sentence, for logs and for the administration's control of
     * the archive; {@link StreamIntegrity#describe()} gives each stream's.
     */
    public String describe() {
        String where = "school " + schoolId + " (" + streams.size() + (streams.size() == 1 ? " stream" : " streams")
                + ")";
        String chains = firstBreak().map(b -> where + ": " + broken().size() + " of " + streams.size()
                        + " streams do not verify; first, stream " + b.streamId() + ": envelope " + b.sequence()
                        + " (position " + b.position() + ", event id " + b.eventId() + ") does not verify: "
                        + b.reason() + "; " + checked() + " envelopes checked of " + envelopeCount())
                .orElseGet(() -> where + ": " + checked() + " envelopes verified; head of " + schoolStream().streamId()
                        + " is " + schoolStream().headSequence() + " with hash " + schoolStream().headHash());
        if (anchorsCompared == 0) {
            return chains;
        }
        StringBuilder text = new StringBuilder(chains).append("; ").append(anchorsCompared)
                .append(anchorsCompared == 1 ? " recorded head compared" : " recorded heads compared");
        if (anchorBreaks.isEmpty()) {
            return text.append(", all hold").toString();
        }
        text.append(", ").append(anchorBreaks.size()).append(anchorBreaks.size() == 1 ? " stream does" : " streams do")
                .append(" not hold them: ");
        for (int i = 0; i < anchorBreaks.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(anchorBreaks.get(i).describe());
        }
        return text.toString();
    }
}
