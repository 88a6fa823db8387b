package org.schooljournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.archive.ArchiveSchool.ID;
import static org.schooljournal.core.archive.ArchiveSchool.STREAM;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.log.HashChain;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.core.school.Schools;

@Tag("ARC-4")
@Tag("ARC-6")
@DisplayName("ARC-4, ARC-6: the integrity report names the head hash and the first envelope that does not verify")
class IntegrityCheckTest {

    private InMemoryEventStore store;
    private JournalEngine engine;
    private List<EventEnvelope> stored;

    @BeforeEach
    void setUp() {
        store = new InMemoryEventStore();
        engine = ArchiveSchool.engine(store);
        engine.execute(ArchiveSchool.ADMIN, new RegisterSchool("86-002", "Школа № 2", SchoolCalendar.YUGRA));
        ArchiveSchool.setUp(engine);
        engine.execute(ArchiveSchool.ADMIN, new RegisterSchool("86-003", "Школа № 3", SchoolCalendar.YUGRA));
        stored = ArchiveSchool.envelopes(store);
    }

    @Test
    @DisplayName("an intact school: every envelope checked, the head is its last envelope, as the engine's verify says")
    void intact() {
        IntegrityReport report = IntegrityCheck.of(store).school(ID);

        EventEnvelope last = stored.get(stored.size() - 1);
        assertThat(report.verified()).isTrue();
        assertThat(report.schoolId()).isEqualTo(ID);
        assertThat(report.streams()).extracting(StreamIntegrity::streamId).containsExactly(STREAM);
        StreamIntegrity school = report.schoolStream();
        assertThat(school.checked()).isEqualTo(stored.size()).isEqualTo(store.version(STREAM)).isGreaterThan(20);
        assertThat(report.checked()).isEqualTo(stored.size());
        assertThat(report.envelopeCount()).isEqualTo(stored.size());
        assertThat(school.headSequence()).isEqualTo(last.sequence());
        assertThat(school.headHash()).isEqualTo(last.event().hash()).isEqualTo(report.headHash());
        assertThat(report.firstBreak()).isEmpty();
        assertThat(report.describe()).isEqualTo("school 86-001 (1 stream): " + stored.size()
                + " envelopes verified; head of school-86-001 is " + stored.size() + " with hash " + last.event().hash());
        assertThat(school.describe()).isEqualTo("stream school-86-001: " + stored.size()
                + " envelopes verified; head " + stored.size() + " has hash " + last.event().hash());
        ChainReport chain = new ChainVerifier(store).verify(STREAM);
        assertThat(school.checked()).isEqualTo(chain.checked());
        assertThat(school.firstBreak()).isEqualTo(chain.firstBreak());
        assertThat(engine.archive().verify(ID)).isEqualTo(report);
    }

    @Test
    @DisplayName("a changed payload byte names that envelope: sequence, position, event id and reason")
    void changedPayload() {
        EventEnvelope target = stored.get(6);
        EventStore tampered = ArchiveSchool.tamper(store, 7, data -> ArchiveSchool.flipPayloadBit(data, 12));

        IntegrityReport report = IntegrityCheck.of(tampered).school(ID);

        assertThat(report.verified()).isFalse();
        assertThat(report.checked()).isEqualTo(7);
        assertThat(report.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.streamId()).isEqualTo(STREAM);
            assertThat(b.sequence()).isEqualTo(7);
            assertThat(b.position()).isEqualTo(target.position()).isEqualTo(7);
            assertThat(b.eventId()).isEqualTo(target.event().eventId());
            assertThat(b.reason()).isEqualTo("its content does not match its SHA-256 hash");
        });
        assertThat(report.schoolStream().headSequence()).isEqualTo(stored.size());
        assertThat(report.schoolStream().headHash()).isEqualTo(stored.get(stored.size() - 1).event().hash());
        assertThat(report.describe()).isEqualTo("school 86-001 (1 stream): 1 of 1 streams do not verify; first, stream"
                + " school-86-001: envelope 7 (position 7, event id " + target.event().eventId() + ") does not"
                + " verify: its content does not match its SHA-256 hash; 7 envelopes checked of " + stored.size());
    }

    @Test
    @DisplayName("an envelope changed and hashed again is caught at the next envelope, whose link no longer holds")
    void rehashed() {
        EventStore tampered = ArchiveSchool.tamper(store, 4, data -> {
            EventData changed = ArchiveSchool.flipPayloadBit(data, 3);
            String hash = HashChain.hash(data.hashAlgorithm(), STREAM, 4, data.eventId(), data.type(),
                    data.schemaVersion(), changed.payload(), data.actor(), data.recordedAt(), data.previousHash());
            return new EventData(data.eventId(), data.type(), data.schemaVersion(), changed.payload(), data.actor(),
                    data.recordedAt(), data.previousHash(), hash, data.hashAlgorithm());
        });

        IntegrityReport report = IntegrityCheck.of(tampered).school(ID);

        assertThat(report.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(5);
            assertThat(b.eventId()).isEqualTo(stored.get(4).event().eventId());
            assertThat(b.reason()).isEqualTo("its previous hash is not the hash of envelope 4");
        });
    }

    @Test
    @DisplayName("a changed actor of the last envelope is named, and the head is still the stored last envelope")
    void changedLastActor() {
        EventStore tampered = ArchiveSchool.tamper(store, stored.size(), data -> new EventData(data.eventId(),
                data.type(), data.schemaVersion(), data.payload(), "intruder", data.recordedAt(), data.previousHash(),
                data.hash(), data.hashAlgorithm()));

        IntegrityReport report = IntegrityCheck.of(tampered).school(ID);

        assertThat(report.checked()).isEqualTo(stored.size());
        assertThat(report.schoolStream().headSequence()).isEqualTo(stored.size());
        assertThat(report.firstBreak()).hasValueSatisfying(b -> assertThat(b.sequence()).isEqualTo(stored.size()));
    }

    @Test
    @DisplayName("last envelopes removed leave a chain that verifies: only the head hash kept elsewhere tells")
    void truncatedTailNeedsTheHead() {
        IntegrityReport before = IntegrityCheck.of(store).school(ID);
        EventStore truncated = withoutLast(store, 2);

        IntegrityReport after = IntegrityCheck.of(truncated).school(ID);

        assertThat(after.verified()).isTrue();
        assertThat(after.schoolStream().headSequence()).isEqualTo(before.schoolStream().headSequence() - 2);
        assertThat(after.headHash()).isNotEqualTo(before.headHash());
    }

    @Test
    @DisplayName("a school without events is NOT_FOUND, never reported intact")
    void unknownSchool() {
        assertThatThrownBy(() -> IntegrityCheck.of(store).school("86-999"))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("school 86-999 has no events: stream school-86-999 is empty or missing, and no stream"
                        + " starts with school-86-999/, so there is nothing to check");
    }

    @Test
    @DisplayName("other schools in the store are not part of a school's report")
    void otherSchools() {
        IntegrityReport other = IntegrityCheck.of(store).school("86-002");
        assertThat(other.checked()).isEqualTo(2);
        assertThat(other.headHash()).isEqualTo(store.read(Schools.streamOf("86-002"), 2, 1).get(0).event().hash());
        EventStore tampered = ArchiveSchool.tamper(store, 1, data -> ArchiveSchool.flipPayloadBit(data, 5));
        assertThat(IntegrityCheck.of(tampered).school("86-002").verified()).isFalse();
        assertThat(IntegrityCheck.of(store).school(ID).verified()).isTrue();
    }

    /** The store as it reads after the last envelopes of the school's stream were deleted. */
    private static EventStore withoutLast(EventStore store, int removed) {
        long length = store.version(STREAM) - removed;
        return new EventStore() {
            @Override
            public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long version(String streamId) {
                return streamId.equals(STREAM) ? length : store.version(streamId);
            }

            @Override
            public List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
                return store.read(streamId, fromSequence, maxCount).stream()
                        .filter(e -> !e.streamId().equals(STREAM) || e.sequence() <= length).toList();
            }

            @Override
            public List<EventEnvelope> readSchool(String schoolKey, long fromPosition, int maxCount) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<String> streamIds(String prefix) {
                return store.streamIds(prefix);
            }
        };
    }
}
