package org.schooljournal.core.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.log.EventCodec;
import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.school.Receipt;
import org.schooljournal.core.school.SchoolStates;
import org.schooljournal.core.school.Schools;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * The archive facet of the engine (ARC-4, ARC-5, ARC-6): checks the integrity of a school's whole
 * log — its own stream and every journal's and diary's, every event decoded — against the heads
 * its log recorded and,
 * if given, a checkpoint kept elsewhere; records checkpoints; backs the log up to one portable
 * file, or restores it from one (formats in docs/backup-format.md and docs/integrity.md).
 *
 * <p>A host facet, like {@code engine.host()}: every method is for the host's own processes — a
 * nightly backup, a scheduled integrity check — and checks no reader, since what it reads and
 * writes is every student's and guardian's personal data (PD-2). A host shows its results to a
 * person only after checking their right.
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.archive()}.
 */
public final class Archive {

    /**
     * The actor of checkpoints: the engine records them, at the host's request
     * ({@link #checkpoint}) or when a year is archived.
     */
    public static final String CHECKPOINTER = "system:integrity";

    private final Log log;
    private final Schools schools;
    private final SchoolStates states;
    private final IntegrityCheck check;

    /** Creates the facet. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Archive(Log log, Schools schools, SchoolStates states) {
        this.log = Objects.requireNonNull(log, "log");
        this.schools = Objects.requireNonNull(schools, "schools");
        this.states = Objects.requireNonNull(states, "states");
        this.check = IntegrityCheck.anchored(log.store(), storedEvents(log.codec()));
    }

    /**
     * Checks the school's whole log (ARC-4, ARC-6): walks the hash chain of every stream of the
     * school — its own, its journals', its diaries' — and compares every head its log recorded
     * (checkpoints, the year's archive records) with the streams; names the first envelope that
     * does not verify and every stream deleted, truncated or changed after an anchor.
     *
     * @throws JournalException NOT_FOUND if the school has no log; INTEGRITY if its own stream is gone
     */
    public IntegrityReport verify(String schoolId) {
        return check.school(schoolId);
    }

    /**
     * Checks the school's whole log as {@link #verify(String)} does, and against a checkpoint kept
     * elsewhere ({@link CheckpointManifest}), which no change of the store can reach: every stream
     * must still hold the witness's head, the school's own stream included.
     *
     * @throws JournalException VALIDATION if the checkpoint is of another school; as {@link #verify(String)}
     */
    public IntegrityReport verify(String schoolId, Checkpoint witness) {
        return check.school(schoolId, Optional.of(Objects.requireNonNull(witness, "witness")));
    }

    /**
     * Checks the school's whole log as {@link #verify(String, Checkpoint)} does, against a checkpoint
     * whose manifest's signature held when it was read ({@link SignedCheckpoint#read}), and says
     * who vouched for it (ACC-8): "verified up to the checkpoint … signed by …".
     *
     * @throws JournalException as {@link #verify(String, Checkpoint)}
     */
    public SignedIntegrityReport verify(String schoolId, SignedCheckpoint witness) {
        Objects.requireNonNull(witness, "witness");
        return new SignedIntegrityReport(verify(schoolId, witness.checkpoint()), witness);
    }

    /**
     * Records a checkpoint of the school's log (ARC-4, ARC-6): verifies the whole log first, then
     * records in the school's own stream the head of every other stream that changed since the
     * school's last checkpoint, as the walk found it — a stream that did not change stays covered
     * by the checkpoint that recorded it — so that a stream truncated, deleted or rewritten after
     * now is named by every later check. Schedule it (nightly, say, when few commands run: it walks
     * every stream); the engine also records one when a year is archived. Keep the returned
     * checkpoint's manifest elsewhere ({@link CheckpointManifest#write}) to anchor the school's own
     * stream too.
     *
     * @return the checkpoint: every stream's head, the school's own at the checkpoint's envelope
     * @throws JournalException INTEGRITY if the log does not verify (no checkpoint vouches for a
     *     damaged log), naming what is wrong; NOT_FOUND if the school has no log
     */
    public Checkpoint checkpoint(String schoolId) {
        IntegrityReport report = verify(schoolId);
        if (!report.verified()) {
            throw new JournalException(ErrorCode.INTEGRITY, "no checkpoint is recorded over a log that does not verify: "
                    + report.describe());
        }
        Checkpoints recorded = Checkpoints.of(states.state(schoolId));
        List<StreamHead> heads = new ArrayList<>();
        List<StreamHead> changed = new ArrayList<>();
        for (StreamIntegrity stream : report.streams().subList(1, report.streams().size())) {
            EventEnvelope head = log.store().read(stream.streamId(), stream.headSequence(), 1).get(0);
            StreamHead now = new StreamHead(stream.streamId(), head.sequence(), head.position(), head.event().hash());
            heads.add(now);
            if (recorded.latest(now.streamId()).filter(before -> before.count() == now.count()
                    && before.hash().equals(now.hash())).isEmpty()) {
                changed.add(now);
            }
        }
        Receipt receipt = schools.execute(Actor.of(CHECKPOINTER), new CheckpointCommand.Record(schoolId, changed));
        EventEnvelope own = receipt.appended().get(0);
        List<StreamHead> all = new ArrayList<>(heads.size() + 1);
        all.add(new StreamHead(own.streamId(), own.sequence(), own.position(), own.event().hash()));
        all.addAll(heads);
        return new Checkpoint(schoolId, own.sequence(), own.event().recordedAt(), all);
    }

    /**
     * For the host's own processes: exports the school's whole log to one portable file on any path, external media included
     * (ARC-5; format in docs/backup-format.md).
     *
     * @throws org.schooljournal.spi.JournalException INTEGRITY if the log does not verify
     *     ({@link #verify(String)}), VALIDATION if the target exists
     */
    public BackupManifest backup(String schoolId, Path target) {
        return Backup.export(check, schoolId, target, log.clock());
    }

    /**
     * For the host's own processes: imports a backup into the store, where no stream of the school may hold events; the whole
     * file is checked before anything is appended (ARC-5).
     *
     * @throws org.schooljournal.spi.JournalException INTEGRITY if the file is truncated or
     *     altered, CONFLICT if a stream of the school holds events
     */
    public IntegrityReport restore(Path source) {
        Objects.requireNonNull(source, "source");
        return Restore.into(log.store(), source);
    }

    /** Reads stored events with the engine's codec: every event decoded, head records read. */
    private static StoredEvents storedEvents(EventCodec codec) {
        Set<String> names = codec.types().stream().filter(type -> HeadRecord.class.isAssignableFrom(type.type()))
                .map(EventFamily.Type::name).collect(Collectors.toUnmodifiableSet());
        return new StoredEvents() {
            @Override
            public Optional<String> unreadable(EventEnvelope envelope) {
                EventData data = envelope.event();
                try {
                    codec.decode(data.type(), data.schemaVersion(), data.payload(), Object.class);
                    return Optional.empty();
                } catch (JournalException e) {
                    return Optional.of("it does not decode: " + e.getMessage());
                }
            }

            @Override
            public Optional<HeadRecord> headRecord(EventEnvelope envelope) {
                EventData data = envelope.event();
                return names.contains(data.type())
                        ? Optional.of(codec.decode(data.type(), data.schemaVersion(), data.payload(), HeadRecord.class))
                        : Optional.empty();
            }
        };
    }
}
