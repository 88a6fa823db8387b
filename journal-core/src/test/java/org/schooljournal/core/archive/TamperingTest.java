package org.schooljournal.core.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.archive.ArchiveSchool.HOMEROOM_5A;
import static org.schooljournal.core.archive.ArchiveSchool.ID;
import static org.schooljournal.core.archive.ArchiveSchool.LESSON_DAY;
import static org.schooljournal.core.archive.ArchiveSchool.MATH_5A;
import static org.schooljournal.core.archive.ArchiveSchool.RUSSIAN_5B;
import static org.schooljournal.core.archive.ArchiveSchool.STREAM;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.log.HashChain;
import org.schooljournal.core.log.TamperedStore;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Every kind of tampering with a school's stored log that a hash chain can show, shown by
 * {@code engine.archive().verify} — the chains alone, or a checkpoint of the school's log, or the
 * checkpoint's manifest kept elsewhere, as docs/integrity.md lists for each. The school has two
 * class journals; a first checkpoint is recorded, one more mark, then a second checkpoint and its
 * manifest; then the store's rows are changed behind the engine's back and a new engine checks.
 */
@Tag("ARC-4")
@Tag("ARC-6")
@DisplayName("ARC-4, ARC-6: every tampering with the stored log is named by the integrity check, with the checkpoint it breaks")
class TamperingTest {

    private static final JournalKey MATHS = new JournalKey("5А", "math");

    private InMemoryEventStore store;
    private Checkpoint first;
    private Checkpoint second;

    @BeforeEach
    void setUp() {
        store = new InMemoryEventStore();
        ArchiveSchool.SteppingClock clock = new ArchiveSchool.SteppingClock(ArchiveSchool.START);
        JournalEngine engine = ArchiveSchool.engine(store, clock);
        ArchiveSchool.setUpWithJournals(engine, clock);
        first = engine.archive().checkpoint(ID);
        engine.execute(HOMEROOM_5A, RecordMark.of(ID, MATHS, new LessonRef(LESSON_DAY, 1), "s-2", Mark.of("5"),
                WorkKind.ORAL));
        second = engine.archive().checkpoint(ID);
        second = CheckpointManifest.parse(second.manifest(), "kept elsewhere");
    }

    private static IntegrityReport verify(EventStore tampered) {
        return ArchiveSchool.engine(tampered).archive().verify(ID);
    }

    private static IntegrityReport verify(EventStore tampered, Checkpoint witness) {
        return ArchiveSchool.engine(tampered).archive().verify(ID, witness);
    }

    private static EventData withPayload(EventData d, String payload) {
        assertThat(payload).isNotEqualTo(new String(d.payload(), UTF_8));
        return new EventData(d.eventId(), d.type(), d.schemaVersion(), payload.getBytes(UTF_8), d.actor(),
                d.recordedAt(), d.previousHash(), d.hash(), d.hashAlgorithm());
    }

    private EventStore edited(String stream, UnaryOperator<List<EventEnvelope>> edit) {
        return TamperedStore.edited(store, stream, edit);
    }

    @Test
    @DisplayName("the untouched log verifies: every chain, and all the heads both checkpoints and the manifest recorded")
    void untouched() {
        IntegrityReport report = verify(store, second);

        assertThat(report.verified()).as(report.describe()).isTrue();
        assertThat(first.heads()).extracting(StreamHead::streamId).containsExactly(STREAM, MATH_5A, RUSSIAN_5B);
        assertThat(second.head(MATH_5A).orElseThrow().count()).isEqualTo(first.head(MATH_5A).orElseThrow().count() + 1);
        assertThat(report.anchorsCompared()).as("both journals in the first checkpoint, the one that changed in the"
                + " second, every stream in the manifest").isEqualTo(2 + 1 + 3);
        assertThat(report.describe()).endsWith("; 6 recorded heads compared, all hold");
    }

    @Nested
    @DisplayName("seen by the chains alone, without any checkpoint")
    class ByTheChains {

        @Test
        @DisplayName("a byte of a payload changed: that envelope is named")
        void byteChanged() {
            IntegrityReport report = verify(ArchiveSchool.tamper(store, MATH_5A, 2,
                    data -> ArchiveSchool.flipPayloadBit(data, 10)));

            assertThat(report.verified()).isFalse();
            assertThat(report.firstBreak()).hasValueSatisfying(b -> {
                assertThat(b.streamId()).isEqualTo(MATH_5A);
                assertThat(b.sequence()).isEqualTo(2);
                assertThat(b.reason()).isEqualTo("its content does not match its SHA-256 hash");
            });
        }

        @Test
        @DisplayName("a row deleted from the middle: the gap is named")
        void middleRowDeleted() {
            IntegrityReport report = verify(edited(STREAM, rows -> {
                rows.remove(4);
                return rows;
            }));

            assertThat(report.firstBreak()).hasValueSatisfying(b -> {
                assertThat(b.streamId()).isEqualTo(STREAM);
                assertThat(b.sequence()).isEqualTo(6);
                assertThat(b.reason()).isEqualTo("sequence 6 where 5 was expected");
            });
        }

        @Test
        @DisplayName("two rows' contents swapped: the first of them is named")
        void rowsSwapped() {
            IntegrityReport report = verify(edited(MATH_5A, rows -> {
                EventEnvelope one = rows.get(0);
                EventEnvelope two = rows.get(1);
                rows.set(0, new EventEnvelope(MATH_5A, 1, one.position(), two.event()));
                rows.set(1, new EventEnvelope(MATH_5A, 2, two.position(), one.event()));
                return rows;
            }));

            assertThat(report.firstBreak()).hasValueSatisfying(b -> {
                assertThat(b.streamId()).isEqualTo(MATH_5A);
                assertThat(b.sequence()).isEqualTo(1);
                assertThat(b.reason()).isEqualTo("its previous hash is not the hash of envelope 0");
            });
        }

        @Test
        @DisplayName("a stream re-hashed whole with MD5: refused at its first envelope, naming the algorithm")
        void weakAlgorithm() {
            IntegrityReport report = verify(edited(RUSSIAN_5B, rows -> {
                List<EventEnvelope> md5 = new ArrayList<>();
                String previous = "";
                for (EventEnvelope row : rows) {
                    EventData d = row.event();
                    EventEnvelope chained = TamperedStore.chained(row.streamId(), row.sequence(), row.position(),
                            d.eventId(), d.type(), d.payload(), d.actor(), d.recordedAt(), previous, "MD5");
                    md5.add(chained);
                    previous = chained.event().hash();
                }
                return md5;
            }));

            assertThat(report.firstBreak()).hasValueSatisfying(b -> {
                assertThat(b.streamId()).isEqualTo(RUSSIAN_5B);
                assertThat(b.sequence()).isEqualTo(1);
                assertThat(b.reason()).startsWith("its hash algorithm MD5 is not accepted: verification accepts SHA-256");
            });
        }

        @Test
        @DisplayName("the actor or the time of an envelope changed: that envelope is named")
        void actorOrTimeChanged() {
            IntegrityReport actor = verify(ArchiveSchool.tamper(store, MATH_5A, 2, d -> new EventData(d.eventId(),
                    d.type(), d.schemaVersion(), d.payload(), "intruder", d.recordedAt(), d.previousHash(), d.hash(),
                    d.hashAlgorithm())));
            IntegrityReport time = verify(ArchiveSchool.tamper(store, MATH_5A, 2, d -> new EventData(d.eventId(),
                    d.type(), d.schemaVersion(), d.payload(), d.actor(), d.recordedAt().minusSeconds(86_400),
                    d.previousHash(), d.hash(), d.hashAlgorithm())));

            for (IntegrityReport report : List.of(actor, time)) {
                assertThat(report.firstBreak()).hasValueSatisfying(b -> {
                    assertThat(b.streamId()).isEqualTo(MATH_5A);
                    assertThat(b.sequence()).isEqualTo(2);
                    assertThat(b.reason()).isEqualTo("its content does not match its SHA-256 hash");
                });
            }
        }
    }

    @Nested
    @DisplayName("chains that verify, seen by the checkpoints in the school's log")
    class ByTheCheckpoints {

        @Test
        @DisplayName("a truncated tail: named with the checkpoint that recorded more, the earlier one still holding")
        void truncatedTail() {
            long recorded = second.head(MATH_5A).orElseThrow().count();
            IntegrityReport report = verify(edited(MATH_5A, rows -> new ArrayList<>(rows.subList(0, rows.size() - 1))));

            assertThat(report.streams()).allMatch(StreamIntegrity::verified);
            assertThat(report.verified()).isFalse();
            assertThat(report.anchorBreaks()).singleElement().satisfies(b -> {
                assertThat(b.streamId()).isEqualTo(MATH_5A);
                assertThat(b.kind()).isEqualTo(AnchorBreak.Kind.TRUNCATED);
                assertThat(b.anchor().source()).isEqualTo(Anchor.Source.CHECKPOINT);
                assertThat(b.anchor().sequence()).isEqualTo(second.sequence());
                assertThat(b.recorded().count()).isEqualTo(recorded);
                assertThat(b.storedCount()).isEqualTo(recorded - 1);
                assertThat(b.brokenAnchors()).isEqualTo(1);
            });
            assertThat(report.describe()).contains("stream " + MATH_5A + " was truncated after the checkpoint at envelope "
                    + second.sequence() + " of the school's stream (recorded " + second.recordedAt() + "), which recorded "
                    + recorded + " envelopes with head hash " + second.head(MATH_5A).orElseThrow().hash()
                    + "; it holds " + (recorded - 1));
        }

        @Test
        @DisplayName("a tail truncated below both checkpoints: named with the first, and both counted")
        void truncatedBelowBoth() {
            IntegrityReport report = verify(edited(MATH_5A, rows -> new ArrayList<>(rows.subList(0, 1))));

            assertThat(report.anchorBreaks()).singleElement().satisfies(b -> {
                assertThat(b.anchor().sequence()).isEqualTo(first.sequence());
                assertThat(b.brokenAnchors()).isEqualTo(2);
            });
        }

        @Test
        @DisplayName("a journal's stream deleted whole: named as deleted, with no purge recorded")
        void streamDeleted() {
            IntegrityReport report = verify(edited(RUSSIAN_5B, rows -> List.of()));

            assertThat(report.streams()).extracting(StreamIntegrity::streamId).containsExactly(STREAM, MATH_5A);
            assertThat(report.anchorBreaks()).singleElement().satisfies(b -> {
                assertThat(b.streamId()).isEqualTo(RUSSIAN_5B);
                assertThat(b.kind()).isEqualTo(AnchorBreak.Kind.DELETED);
                assertThat(b.anchor().sequence()).isEqualTo(first.sequence());
                assertThat(b.describe()).startsWith("stream " + RUSSIAN_5B + " was deleted after the checkpoint at envelope "
                        + first.sequence());
            });
        }

        @Test
        @DisplayName("a mark changed and the stream re-hashed from it on: named as changed")
        void rehashedSuffix() {
            IntegrityReport report = verify(edited(MATH_5A, rows -> TamperedStore.rehashed(rows, 1,
                    d -> withPayload(d, new String(d.payload(), UTF_8).replace("\"value\":\"5\"", "\"value\":\"2\"")))));

            assertThat(report.streams()).allMatch(StreamIntegrity::verified);
            assertThat(report.anchorBreaks()).singleElement().satisfies(b -> {
                assertThat(b.streamId()).isEqualTo(MATH_5A);
                assertThat(b.kind()).isEqualTo(AnchorBreak.Kind.CHANGED);
                assertThat(b.anchor().sequence()).isEqualTo(first.sequence());
                assertThat(b.storedHash()).isPresent().isNotEqualTo(java.util.Optional.of(b.recorded().hash()));
            });
        }

        @Test
        @DisplayName("an actor changed and the stream re-hashed from it on: named as changed")
        void actorChangedAndRehashed() {
            IntegrityReport report = verify(edited(MATH_5A, rows -> TamperedStore.rehashed(rows, 2,
                    d -> new EventData(d.eventId(), d.type(), d.schemaVersion(), d.payload(), "intruder",
                            d.recordedAt(), d.previousHash(), d.hash(), d.hashAlgorithm()))));

            assertThat(report.anchorBreaks()).singleElement()
                    .satisfies(b -> assertThat(b.kind()).isEqualTo(AnchorBreak.Kind.CHANGED));
        }

        @Test
        @DisplayName("a journal's tail replaced by well-chained forged entries: named as changed")
        void forgedJournalTail() {
            IntegrityReport report = verify(edited(MATH_5A, rows -> {
                List<EventEnvelope> forged = new ArrayList<>(rows.subList(0, 1));
                for (int sequence = 2; sequence <= rows.size(); sequence++) {
                    EventEnvelope real = rows.get(sequence - 1);
                    forged.add(TamperedStore.chained(MATH_5A, sequence, real.position(), UUID.randomUUID(),
                            real.event().type(), real.event().payload(), real.event().actor(),
                            real.event().recordedAt().plusSeconds(1), forged.get(sequence - 2).event().hash(),
                            HashChain.ALGORITHM));
                }
                return forged;
            }));

            assertThat(report.streams()).allMatch(StreamIntegrity::verified);
            assertThat(report.anchorBreaks()).singleElement()
                    .satisfies(b -> assertThat(b.kind()).isEqualTo(AnchorBreak.Kind.CHANGED));
        }
    }

    @Nested
    @DisplayName("the school's own stream, seen by the checkpoint's manifest kept elsewhere")
    class ByTheManifest {

        /** The school's stream cut back before the second checkpoint and a forged RoleAssigned{intruder, HEAD} by admin. */
        private EventStore withForgedTail() {
            return edited(STREAM, rows -> {
                List<EventEnvelope> kept = new ArrayList<>(rows.subList(0, (int) second.sequence() - 1));
                EventEnvelope last = kept.get(kept.size() - 1);
                kept.add(TamperedStore.chained(STREAM, last.sequence() + 1, last.position() + 1, UUID.randomUUID(),
                        "RoleAssigned", "{\"personId\":\"intruder\",\"role\":\"HEAD\"}".getBytes(UTF_8), "admin",
                        last.event().recordedAt().plusSeconds(1), last.event().hash(), HashChain.ALGORITHM));
                return kept;
            });
        }

        @Test
        @DisplayName("a forged tail in place of the checkpoint verifies in the store, and the manifest names it")
        void forgedTail() {
            EventStore tampered = withForgedTail();
            assertThat(ArchiveSchool.engine(tampered).host().school(ID).rolesOf("intruder")).isNotEmpty();

            IntegrityReport alone = verify(tampered);
            IntegrityReport witnessed = verify(tampered, second);

            assertThat(alone.verified()).as("the forged tail removed the checkpoints that it broke").isTrue();
            assertThat(witnessed.verified()).isFalse();
            assertThat(witnessed.anchorBreaks()).extracting(AnchorBreak::streamId).contains(STREAM);
            assertThat(witnessed.anchorBreaks()).filteredOn(b -> b.streamId().equals(STREAM)).singleElement()
                    .satisfies(b -> {
                        assertThat(b.kind()).isEqualTo(AnchorBreak.Kind.CHANGED);
                        assertThat(b.anchor().source()).isEqualTo(Anchor.Source.WITNESS);
                        assertThat(b.anchor().sequence()).isEqualTo(second.sequence());
                    });
        }

        @Test
        @DisplayName("the school's stream truncated before its last checkpoint: the manifest names it")
        void schoolStreamTruncated() {
            IntegrityReport report = verify(edited(STREAM, rows -> new ArrayList<>(rows.subList(0, rows.size() - 1))),
                    second);

            assertThat(report.anchorBreaks()).filteredOn(b -> b.streamId().equals(STREAM)).singleElement()
                    .satisfies(b -> assertThat(b.kind()).isEqualTo(AnchorBreak.Kind.TRUNCATED));
        }

        @Test
        @DisplayName("the limit of any hash chain: an envelope forged after the last anchor verifies (docs/integrity.md)")
        void forgedPastEveryAnchor() {
            EventStore tampered = edited(STREAM, rows -> {
                EventEnvelope last = rows.get(rows.size() - 1);
                rows.add(TamperedStore.chained(STREAM, last.sequence() + 1, last.position() + 10,
                        UUID.randomUUID(), "RoleAssigned", "{\"personId\":\"intruder\",\"role\":\"HEAD\"}".getBytes(UTF_8),
                        "admin", Instant.parse("2026-10-12T06:00:00Z"), last.event().hash(), HashChain.ALGORITHM));
                return rows;
            });

            assertThat(verify(tampered, second).verified()).isTrue();
        }
    }
}
