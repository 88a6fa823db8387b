package org.schooljournal.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.schooljournal.core.archive.ChainVerifier;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.school.Schools;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * The engine on the JDBC store, chosen by its provider id: a school kept across a restart, and one
 * byte of a stored payload changed behind the store's back (a plain SQL UPDATE) named by the hash
 * chain's verification (ARC-4). The store returns what the database holds; the chain says it is
 * not what was appended.
 */
@Tag("ARC-4")
@DisplayName("The engine on the JDBC store: kept across a restart; a changed payload is named by verification")
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
                assertThat(brokenAt.globalPosition()).isEqualTo(target.globalPosition());
                assertThat(brokenAt.eventId()).isEqualTo(target.event().eventId());
                assertThat(brokenAt.reason()).contains("content does not match its SHA-256 hash");
            });
        }
        try (JournalEngine engine = engine(url)) {
            assertThat(engine.archive().verify(SCHOOL).firstBreak()).map(ChainReport.Break::eventId)
                    .contains(target.event().eventId());
        }
        assertThat(storedPayload(url, target.sequence())).isEqualTo(changed);
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
