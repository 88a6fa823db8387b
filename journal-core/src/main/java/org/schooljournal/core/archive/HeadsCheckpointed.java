package org.schooljournal.core.archive;

import java.util.List;
import java.util.Objects;

/**
 * A checkpoint of a school's log (ARC-4, ARC-6): the heads of the school's other streams — its
 * journals' and diaries' — that changed since its last checkpoint, as a verified walk found them
 * (a stream that did not change stays covered by the checkpoint that recorded it), recorded in the
 * school's own stream,
 * so that a stream later truncated, deleted or rewritten is named by the integrity check, with the
 * checkpoint it no longer matches. The school's own stream is vouched for by its chain up to the
 * checkpoint, and from outside by the exported manifest ({@link CheckpointManifest}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param heads the heads, in the natural order of the streams' ids; none if no stream changed
 */
public record HeadsCheckpointed(List<StreamHead> heads) implements CheckpointEvent, HeadRecord {

    /** Copies the heads. */
    public HeadsCheckpointed {
        heads = List.copyOf(Objects.requireNonNull(heads, "heads"));
    }

    @Override
    public List<StreamHead> recordedHeads() {
        return heads;
    }

    Checkpoints applyTo(Checkpoints checkpoints) {
        return checkpoints.with(heads);
    }
}
