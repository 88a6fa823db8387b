package org.schooljournal.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.archive.ChainReport;
import org.schooljournal.core.archive.AnchorBreak;
import org.schooljournal.core.archive.Checkpoint;
import org.schooljournal.core.archive.CheckpointManifest;
import org.schooljournal.core.archive.ChainVerifier;
import org.schooljournal.core.archive.IntegrityReport;
import org.schooljournal.core.log.HashChain;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.school.Schools;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * The engine on the JDBC store, chosen by its provider id: a school kept across a restart, and its
 * rows changed behind the store's back with plain SQL — a payload's byte, a chain re-hashed with
 * MD5, the last rows deleted, a forged RoleAssigned in their place — each named by the engine's
 * integrity check (ARC-4, ARC-6), the last two by the manifest of a checkpoint kept elsewhere. The
 * store returns what the database holds; the chain and the checkpoint say it is not what was
 * appended.
 */
@Tag("ARC-4")
@Tag("ARC-6")
@DisplayName("The engine on the JDBC store: kept across a restart; rows changed in the database are named by verification")
class TamperTest {

    private static final String SCHOOL = "86-001";
    private static final String STREAM = Schools.streamOf(SCHOOL);
    private static final Actor ADMIN = Actor.of("admin");
    private static final Actor HEAD = Actor.of("head");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-25T05:00:00.123456Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("a school set up through the engine is there after a restart, its chain verified")
    void theEngineKeepsASchoolAcrossARestart(TestDatabase database) {
        String url = database.freshUrl(directory);
        List<EventEnvelope> appended;
        try (JournalEngine engine = engine(url)) {
            appended = setUpSchool(engine);
        }

        try (JournalEngine engine = engine(url)) {
            assertThat(engine.host().school(SCHOOL).registered()).isTrue();
            assertThat(engine.host().school(SCHOOL).rolesOf(HEAD.personId())).contains(Role.HEAD);
            assertThat(engine.archive().verify(SCHOOL).verified()).isTrue();
            assertThat(engine.archive().verify(SCHOOL).checked()).isEqualTo(appended.size());
            assertThat(engine.host().rebuildSchool(SCHOOL)).isEqualTo(engine.host().school(SCHOOL));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("one byte of a payload changed in the database reads back changed, and verification names that envelope")
    void aChangedPayloadIsNamedByVerification(TestDatabase database) throws SQLException {
        String url = database.freshUrl(directory);
        List<EventEnvelope> appended;
        try (JournalEngine engine = engine(url)) {
            appended = setUpSchool(engine);
        }
        EventEnvelope target = appended.get(1);
        byte[] original = target.event().payload();

        byte[] changed = original.clone();
        changed[changed.length / 2] ^= 0x01;
        try (Connection connection = TestDatabase.connect(url);
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE journal_event SET payload = ? WHERE stream_id = ? AND sequence = ?")) {
            update.setBytes(1, changed);
            update.setString(2, STREAM);
            update.setLong(3, target.sequence());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        try (EventStore store = TestDatabase.open(url)) {
            EventEnvelope read = store.read(STREAM, target.sequence(), 1).get(0);
            assertThat(read.event().payload()).isEqualTo(changed).isNotEqualTo(original);
            assertThat(read.event().hash()).isEqualTo(target.event().hash());

            ChainReport report = new ChainVerifier(store).verify(STREAM);

            assertThat(report.verified()).isFalse();
            assertThat(report.firstBreak()).hasValueSatisfying(brokenAt -> {
                assertThat(brokenAt.sequence()).isEqualTo(target.sequence());
                assertThat(brokenAt.position()).isEqualTo(target.position());
                assertThat(brokenAt.eventId()).isEqualTo(target.event().eventId());
                assertThat(brokenAt.reason()).contains("content does not match its SHA-256 hash");
            });
        }
        try (JournalEngine engine = engine(url)) {
            assertThat(engine.archive().verify(SCHOOL).firstBreak()).map(IntegrityReport.BrokenEnvelope::eventId)
                    .contains(target.event().eventId());
        }
        assertThat(storedPayload(url, target.sequence())).isEqualTo(changed);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("the school's rows re-hashed with MD5 in the database, a chain that holds: refused at the first, naming MD5")
    void aWeakAlgorithmIsRefused(TestDatabase database) throws SQLException {
        String url = database.freshUrl(directory);
        try (JournalEngine engine = engine(url)) {
            setUpSchool(engine);
        }
        List<EventEnvelope> rows;
        try (EventStore store = TestDatabase.open(url)) {
            rows = store.read(STREAM, 1, Integer.MAX_VALUE);
        }
        try (Connection connection = TestDatabase.connect(url);
                PreparedStatement update = connection.prepareStatement("UPDATE journal_event SET previous_hash = ?,"
                        + " hash = ?, hash_algorithm = 'MD5' WHERE stream_id = ? AND sequence = ?")) {
            String previous = "";
            for (EventEnvelope row : rows) {
                var e = row.event();
                String hash = HashChain.hash("MD5", STREAM, row.sequence(), e.eventId(), e.type(), e.schemaVersion(),
                        e.payload(), e.actor(), e.recordedAt(), previous);
                update.setString(1, previous);
                update.setString(2, hash);
                update.setString(3, STREAM);
                update.setLong(4, row.sequence());
                assertThat(update.executeUpdate()).isEqualTo(1);
                previous = hash;
            }
        }

        try (JournalEngine engine = engine(url)) {
            IntegrityReport report = engine.archive().verify(SCHOOL);
            assertThat(report.firstBreak()).hasValueSatisfying(b -> {
                assertThat(b.sequence()).isEqualTo(1);
                assertThat(b.reason()).startsWith("its hash algorithm MD5 is not accepted");
            });
            assertThatThrownBy(() -> engine.execute(HEAD, new HireStaff(SCHOOL, "teacher-2", "Иванова", "Анна", "")))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                    .hasMessageContaining("envelope 1").hasMessageContaining("MD5 is not accepted");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    @DisplayName("the last rows deleted, then a forged RoleAssigned{intruder, HEAD} by admin in their place: the chain holds,"
            + " and the checkpoint's manifest kept elsewhere names both")
    void aForgedTailIsNamedByTheManifest(TestDatabase database) throws SQLException {
        String url = database.freshUrl(directory);
        Checkpoint witness;
        try (JournalEngine engine = engine(url)) {
            setUpSchool(engine);
            witness = CheckpointManifest.parse(engine.archive().checkpoint(SCHOOL).manifest(), "kept elsewhere");
        }
        long head = witness.sequence();
        try (Connection connection = TestDatabase.connect(url);
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM journal_event WHERE stream_id = ? AND sequence >= ?")) {
            delete.setString(1, STREAM);
            delete.setLong(2, head - 1);
            assertThat(delete.executeUpdate()).isEqualTo(2);
        }
        try (JournalEngine engine = engine(url)) {
            IntegrityReport truncated = engine.archive().verify(SCHOOL, witness);
            assertThat(engine.archive().verify(SCHOOL).verified()).isTrue();
            assertThat(truncated.anchorBreaks()).singleElement().satisfies(b -> {
                assertThat(b.kind()).isEqualTo(AnchorBreak.Kind.TRUNCATED);
                assertThat(b.storedCount()).isEqualTo(head - 2);
            });
        }

        EventEnvelope last;
        try (EventStore store = TestDatabase.open(url)) {
            last = store.read(STREAM, head - 2, 1).get(0);
        }
        java.util.UUID eventId = java.util.UUID.randomUUID();
        byte[] payload = "{\"personId\":\"intruder\",\"role\":\"HEAD\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Instant at = last.event().recordedAt().plusSeconds(60);
        try (Connection connection = TestDatabase.connect(url);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO journal_event (school_position,"
                        + " stream_id, school_key, sequence, event_id, event_type, schema_version, payload, actor,"
                        + " recorded_at, previous_hash, hash, hash_algorithm) VALUES (?, ?, ?, ?, ?, 'RoleAssigned', 1,"
                        + " ?, 'admin', ?, ?, ?, 'SHA-256')")) {
            for (long sequence = head - 1; sequence <= head; sequence++) {
                String previous = sequence == head - 1 ? last.event().hash() : null;
                if (previous == null) {
                    try (EventStore store = TestDatabase.open(url)) {
                        previous = store.read(STREAM, sequence - 1, 1).get(0).event().hash();
                    }
                }
                java.util.UUID id = sequence == head - 1 ? eventId : java.util.UUID.randomUUID();
                insert.setLong(1, 1_000 + sequence);
                insert.setString(2, STREAM);
                insert.setString(3, STREAM);
                insert.setLong(4, sequence);
                insert.setObject(5, id);
                insert.setBytes(6, payload);
                insert.setObject(7, java.time.OffsetDateTime.ofInstant(at.plusSeconds(sequence), ZoneOffset.UTC));
                insert.setString(8, previous);
                insert.setString(9, HashChain.hash("SHA-256", STREAM, sequence, id, "RoleAssigned", 1, payload, "admin",
                        at.plusSeconds(sequence), previous));
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
        }

        try (JournalEngine engine = engine(url)) {
            assertThat(engine.host().school(SCHOOL).rolesOf("intruder")).contains(Role.HEAD);
            assertThat(engine.archive().verify(SCHOOL).verified()).as("the chain alone holds").isTrue();
            IntegrityReport witnessed = engine.archive().verify(SCHOOL, witness);
            assertThat(witnessed.verified()).isFalse();
            assertThat(witnessed.anchorBreaks()).singleElement().satisfies(b -> {
                assertThat(b.streamId()).isEqualTo(STREAM);
                assertThat(b.kind()).isEqualTo(AnchorBreak.Kind.CHANGED);
                assertThat(b.describe()).startsWith("stream " + STREAM + " was changed, re-hashed or replaced after the"
                        + " exported manifest of the checkpoint at envelope " + head);
            });
        }
    }

    private static JournalEngine engine(String url) {
        return JournalEngine.builder().clock(CLOCK).storageProvider(JdbcEventStoreProvider.ID, Map.of("url", url))
                .build();
    }

    /** Registers the school, makes its head and hires a teacher; returns the envelopes appended. */
    private static List<EventEnvelope> setUpSchool(JournalEngine engine) {
        List<EventEnvelope> appended = new ArrayList<>();
        appended.addAll(engine.execute(ADMIN, new RegisterSchool(SCHOOL, "МБОУ «Средняя школа № 1»",
                SchoolCalendar.YUGRA)).appended());
        appended.addAll(engine.execute(ADMIN, new AssignRole(SCHOOL, HEAD.personId(), Role.HEAD)).appended());
        appended.addAll(engine.execute(HEAD, new HireStaff(SCHOOL, "teacher-1", "Ёлкина", "Анна", "Петровна"))
                .appended());
        return appended;
    }

    private static byte[] storedPayload(String url, long sequence) throws SQLException {
        try (Connection connection = TestDatabase.connect(url);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT payload FROM journal_event WHERE stream_id = ? AND sequence = ?")) {
            query.setString(1, STREAM);
            query.setLong(2, sequence);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        }
    }
}
