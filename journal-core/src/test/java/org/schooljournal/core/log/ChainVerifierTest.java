package org.schooljournal.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.core.archive.ChainReport;
import org.schooljournal.core.archive.ChainVerifier;
import org.schooljournal.core.school.Schools;

@Tag("ARC-4")
@DisplayName("ARC-4: the hash chain names the first envelope that does not verify")
class ChainVerifierTest {

    private static final String STREAM = Schools.streamOf("86-001");

    private InMemoryEventStore store;

    @BeforeEach
    void setUp() {
        store = new InMemoryEventStore();
        JournalEngine engine = JournalEngine.builder().eventStore(store)
                .clock(Clock.fixed(Instant.parse("2026-08-25T05:00:00Z"), ZoneOffset.UTC)).build();
        Actor admin = Actor.of("admin");
        engine.execute(admin, new RegisterSchool("86-001", "Школа № 1", SchoolCalendar.YUGRA));
        for (int i = 1; i <= 6; i++) {
            engine.execute(admin, new AssignRole("86-001", "teacher-" + i, Role.SUBJECT_TEACHER));
        }
    }

    @Test
    @DisplayName("an untouched chain verifies, every envelope checked")
    void intact() {
        ChainReport report = new ChainVerifier(store).verify(STREAM);
        assertThat(report.verified()).isTrue();
        assertThat(report.checked()).isEqualTo(8);
    }

    @Test
    @DisplayName("one flipped byte of a payload is named: that envelope, not a later one")
    void flippedPayloadByte() {
        EventEnvelope target = store.read(STREAM, 5, 1).get(0);
        EventStore tampered = tamper(5, data -> withPayload(data, flip(data.payload(), 7)));

        ChainReport report = new ChainVerifier(tampered).verify(STREAM);

        assertThat(report.verified()).isFalse();
        assertThat(report.checked()).isEqualTo(5);
        assertThat(report.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(5);
            assertThat(b.position()).isEqualTo(target.position());
            assertThat(b.eventId()).isEqualTo(target.event().eventId());
            assertThat(b.reason()).isEqualTo("its content does not match its SHA-256 hash");
        });
    }

    @Test
    @DisplayName("a changed actor is named, since the hash covers who recorded the event")
    void changedActor() {
        EventStore tampered = tamper(3, data -> new EventData(data.eventId(), data.type(), data.schemaVersion(),
                data.payload(), "intruder", data.recordedAt(), data.previousHash(), data.hash(), data.hashAlgorithm()));
        assertThat(new ChainVerifier(tampered).verify(STREAM).firstBreak())
                .hasValueSatisfying(b -> assertThat(b.sequence()).isEqualTo(3));
    }

    @Test
    @DisplayName("an envelope rehashed after a change still breaks the link to the next one")
    void rehashed() {
        EventStore tampered = tamper(4, data -> {
            byte[] payload = flip(data.payload(), 3);
            String hash = HashChain.hash(data.hashAlgorithm(), STREAM, 4, data.eventId(), data.type(),
                    data.schemaVersion(), payload, data.actor(), data.recordedAt(), data.previousHash());
            return new EventData(data.eventId(), data.type(), data.schemaVersion(), payload, data.actor(),
                    data.recordedAt(), data.previousHash(), hash, data.hashAlgorithm());
        });
        assertThat(new ChainVerifier(tampered).verify(STREAM).firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(5);
            assertThat(b.reason()).isEqualTo("its previous hash is not the hash of envelope 4");
        });
    }

    @Test
    @DisplayName("an unknown algorithm is named as the reason")
    void unknownAlgorithm() {
        EventStore tampered = tamper(2, data -> new EventData(data.eventId(), data.type(), data.schemaVersion(),
                data.payload(), data.actor(), data.recordedAt(), data.previousHash(), data.hash(), "SHA-999"));
        assertThat(new ChainVerifier(tampered).verify(STREAM).firstBreak())
                .hasValueSatisfying(b -> assertThat(b.reason()).isEqualTo("its hash algorithm SHA-999 is not accepted:"
                        + " verification accepts SHA-256, SHA-384, SHA-512, SHA-512/256, SHA3-256, SHA3-384, SHA3-512 only"));
    }

    @Test
    @DisplayName("only SHA-256 and the named stronger algorithms verify: a chain well made with MD5 or SHA-1 is refused"
            + " at its first envelope, naming the algorithm; one made with SHA-512 verifies")
    void acceptedAlgorithms() {
        for (String weak : java.util.List.of("MD5", "SHA-1", "SHA-224")) {
            assertThat(new ChainVerifier(rehashedWith(weak)).verify(STREAM).firstBreak()).hasValueSatisfying(b -> {
                assertThat(b.sequence()).isEqualTo(1);
                assertThat(b.reason()).startsWith("its hash algorithm " + weak + " is not accepted");
            });
        }
        assertThat(new ChainVerifier(rehashedWith("SHA-512")).verify(STREAM).verified()).isTrue();
        assertThat(new ChainVerifier(rehashedWith("SHA3-256")).verify(STREAM).verified()).isTrue();
    }

    /** The store with the school's stream hashed again, whole, with another algorithm. */
    private EventStore rehashedWith(String algorithm) {
        return TamperedStore.edited(store, STREAM, rows -> {
            java.util.List<EventEnvelope> again = new java.util.ArrayList<>();
            String previous = "";
            for (EventEnvelope row : rows) {
                EventData d = row.event();
                EventEnvelope chained = TamperedStore.chained(STREAM, row.sequence(), row.position(), d.eventId(),
                        d.type(), d.payload(), d.actor(), d.recordedAt(), previous, algorithm);
                again.add(chained);
                previous = chained.event().hash();
            }
            return again;
        });
    }

    private static byte[] flip(byte[] bytes, int index) {
        byte[] copy = bytes.clone();
        copy[index] ^= 0x01;
        return copy;
    }

    private static EventData withPayload(EventData data, byte[] payload) {
        return new EventData(data.eventId(), data.type(), data.schemaVersion(), payload, data.actor(),
                data.recordedAt(), data.previousHash(), data.hash(), data.hashAlgorithm());
    }

    /** The store as it reads after someone changed the envelope of that sequence on disk. */
    private EventStore tamper(long sequence, UnaryOperator<EventData> change) {
        return TamperedStore.of(store, Optional.empty(), sequence, change);
    }
}
