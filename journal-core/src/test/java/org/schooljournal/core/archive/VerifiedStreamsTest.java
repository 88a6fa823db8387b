package org.schooljournal.core.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.archive.ArchiveSchool.HEAD;
import static org.schooljournal.core.archive.ArchiveSchool.HOMEROOM_5A;
import static org.schooljournal.core.archive.ArchiveSchool.HOMEROOM_5B;
import static org.schooljournal.core.archive.ArchiveSchool.ID;
import static org.schooljournal.core.archive.ArchiveSchool.LESSON_DAY;
import static org.schooljournal.core.archive.ArchiveSchool.MATH_5A;
import static org.schooljournal.core.archive.ArchiveSchool.RUSSIAN_5B;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.compromise.Compromise;
import org.schooljournal.core.compromise.CompromiseAct;
import org.schooljournal.core.compromise.ReportCompromise;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.log.DelegatingStore;
import org.schooljournal.core.log.HashChain;
import org.schooljournal.core.log.TamperedStore;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * The engine verifies every stream it loads (ARC-4): the whole stream on its first load after the
 * engine starts, then only what is appended after. A stream that does not verify, or holds an
 * event that does not decode, is neither read nor appended to — INTEGRITY naming the stream and
 * the envelope, in the log's words — and the school's other streams keep working.
 */
@Tag("ARC-4")
@Tag("ARC-6")
@DisplayName("ARC-4, ARC-6: a stream that does not verify or decode is refused by name; the others keep working")
class VerifiedStreamsTest {

    private static final JournalKey MATHS = new JournalKey("5А", "math");
    private static final JournalKey RUSSIAN = new JournalKey("5Б", "rus");

    private InMemoryEventStore store;

    @BeforeEach
    void setUp() {
        store = new InMemoryEventStore();
        ArchiveSchool.SteppingClock clock = new ArchiveSchool.SteppingClock(ArchiveSchool.START);
        ArchiveSchool.setUpWithJournals(ArchiveSchool.engine(store, clock), clock);
    }

    /** An engine started over the store as it is now, at the lesson's day. */
    private static JournalEngine engineOver(EventStore store) {
        return ArchiveSchool.engine(store,
                new ArchiveSchool.SteppingClock(LESSON_DAY.atTime(9, 50).atZone(org.schooljournal.rules.calendar.SchoolCalendar.YUGRA).toInstant()));
    }

    private static RecordMark mark(JournalKey journal, String student) {
        return RecordMark.of(ID, journal, new LessonRef(LESSON_DAY, journal.equals(MATHS) ? 1 : 2), student, Mark.of("4"),
                WorkKind.ORAL);
    }

    @Test
    @DisplayName("appending to a journal whose envelope was changed is INTEGRITY naming the stream and the envelope;"
            + " nothing is appended, reading it is refused too, and the other journal and the school go on")
    void appendToBrokenStreamIsRefused() {
        EventEnvelope changed = store.read(MATH_5A, 2, 1).get(0);
        EventStore tampered = ArchiveSchool.tamper(store, MATH_5A, 2, data -> ArchiveSchool.flipPayloadBit(data, 10));
        JournalEngine engine = engineOver(tampered);
        long before = store.version(MATH_5A);

        assertThatThrownBy(() -> engine.execute(HOMEROOM_5A, mark(MATHS, "s-2")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                .hasMessage("stream " + MATH_5A + ": envelope 2 (position " + changed.position()
                        + ", event id " + changed.event().eventId() + ") does not verify: its content does not match its"
                        + " SHA-256 hash; the engine neither reads nor appends to the stream until it is repaired (ARC-4,"
                        + " docs/integrity.md)");
        assertThat(store.version(MATH_5A)).isEqualTo(before);
        assertThatThrownBy(() -> engine.journals().read(HOMEROOM_5A, ID, MATHS))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY));

        assertThat(engine.execute(HOMEROOM_5B, mark(RUSSIAN, "s-3")).changed()).isTrue();
        assertThat(engine.execute(HEAD, new HireStaff(ID, "t-new", "Новикова", "Анна", "Петровна")).changed()).isTrue();
    }

    @Test
    @DisplayName("a stored event that does not decode is INTEGRITY naming its stream and position, in the log's words,"
            + " never a library's class; the school's other streams go on, and the integrity check names it too")
    void undecodableEventIsNamed() {
        EventEnvelope last = store.read(MATH_5A, store.version(MATH_5A), 1).get(0);
        EventEnvelope bad = TamperedStore.chained(MATH_5A, last.sequence() + 1, 1, UUID.randomUUID(), "EntryRecorded",
                "{\"number\":\"seven\"}".getBytes(UTF_8), "t-1", last.event().recordedAt().plusSeconds(1),
                last.event().hash(), HashChain.ALGORITHM);
        EventEnvelope stored = store.append(MATH_5A, last.sequence(), List.of(bad.event())).get(0);
        JournalEngine engine = engineOver(store);

        assertThatThrownBy(() -> engine.execute(HOMEROOM_5A, mark(MATHS, "s-2")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                .hasMessage("stream " + MATH_5A + ": envelope " + stored.sequence() + " (position "
                        + stored.position() + ", event id " + stored.event().eventId() + ") does not decode: cannot"
                        + " read a EntryRecorded v1 event: the value seven at field number is not of the field's form;"
                        + " the engine neither reads nor appends to the stream until it is repaired (ARC-4,"
                        + " docs/integrity.md)")
                .message().doesNotContain("com.fasterxml", "org.schooljournal", "Exception", "`");
        assertThat(engine.execute(HOMEROOM_5B, mark(RUSSIAN, "s-3")).changed()).isTrue();
        assertThat(engine.host().school(ID).registered()).isTrue();

        IntegrityReport report = engine.archive().verify(ID);
        assertThat(report.verified()).isFalse();
        assertThat(report.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.streamId()).isEqualTo(MATH_5A);
            assertThat(b.sequence()).isEqualTo(stored.sequence());
            assertThat(b.reason()).isEqualTo("it does not decode: cannot read a EntryRecorded v1 event: the value seven"
                    + " at field number is not of the field's form");
        });
    }

    @Test
    @Tag("PD-4")
    @DisplayName("PD-4: a compromise is reported and its act drawn up while another journal holds an event that does not"
            + " decode; the act lists the account's operations and the broken stream stays named by the check")
    void compromiseBesideBrokenStream() {
        EventEnvelope last = store.read(MATH_5A, store.version(MATH_5A), 1).get(0);
        store.append(MATH_5A, last.sequence(), List.of(TamperedStore.chained(MATH_5A, last.sequence() + 1, 1,
                UUID.randomUUID(), "EntryRecorded", "{\"number\":\"seven\"}".getBytes(UTF_8), "t-1",
                last.event().recordedAt().plusSeconds(1), last.event().hash(), HashChain.ALGORITHM).event()));
        JournalEngine engine = engineOver(store);
        engine.execute(HOMEROOM_5B, mark(RUSSIAN, "s-3"));
        Instant informed = LESSON_DAY.atTime(9, 0).atZone(SchoolCalendar.YUGRA).toInstant();

        Compromise report = engine.compromises().report(HEAD, new ReportCompromise(ID, HOMEROOM_5B.personId(),
                informed.minusSeconds(600), informed, "пароль стал известен постороннему лицу"));
        CompromiseAct act = engine.compromises().drawUpAct(HEAD, ID, report.number());

        assertThat(act.compromise().drawings()).singleElement().satisfies(drawing -> assertThat(drawing.operations())
                .as("their operations after the instant they were informed, the mark in 5Б's journal among them")
                .isPositive());
        assertThat(engine.archive().verify(ID).firstBreak()).hasValueSatisfying(b -> assertThat(b.streamId())
                .isEqualTo(MATH_5A));
    }

    @Test
    @DisplayName("a stream is verified once per engine: later commands read only what was appended after")
    void verifiedOnce() {
        AtomicLong envelopesRead = new AtomicLong();
        EventStore counting = new DelegatingStore(store) {
            @Override
            public List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
                List<EventEnvelope> page = super.read(streamId, fromSequence, maxCount);
                if (streamId.equals(MATH_5A)) {
                    envelopesRead.addAndGet(page.size());
                }
                return page;
            }
        };
        JournalEngine engine = engineOver(counting);
        long stored = store.version(MATH_5A);

        engine.execute(HOMEROOM_5A, mark(MATHS, "s-2"));
        assertThat(envelopesRead.get()).as("the first command reads and verifies the whole stream").isEqualTo(stored);
        engine.execute(HOMEROOM_5A, RecordMark.of(ID, MATHS, new LessonRef(LESSON_DAY, 1), "s-1", Mark.of("3"),
                WorkKind.HOMEWORK));
        engine.journals().read(HOMEROOM_5A, ID, MATHS);
        assertThat(envelopesRead.get()).as("later commands and reads read nothing more").isEqualTo(stored);

        JournalEngine other = engineOver(store);
        other.execute(HOMEROOM_5A, RecordMark.of(ID, MATHS, new LessonRef(LESSON_DAY, 1), "s-2", Mark.of("3"),
                WorkKind.TEST));
        engine.journals().read(HOMEROOM_5A, ID, MATHS);
        assertThat(envelopesRead.get()).as("what another engine appended is read and verified once").isEqualTo(stored + 1);
    }

    @Test
    @DisplayName("an envelope appended by another writer that does not verify is refused when caught up, and the"
            + " engine keeps the stream's state as it was before it")
    void caughtUpEnvelopeIsVerified() {
        JournalEngine engine = engineOver(store);
        int entries = engine.host().journal(ID, RUSSIAN).entries().size();
        EventEnvelope last = store.read(RUSSIAN_5B, store.version(RUSSIAN_5B), 1).get(0);
        EventEnvelope badLink = TamperedStore.chained(RUSSIAN_5B, last.sequence() + 1, 1, UUID.randomUUID(),
                "GradingSystemSet", "{\"system\":\"PASS_FAIL\"}".getBytes(UTF_8), "intruder",
                last.event().recordedAt().plusSeconds(1), "00", HashChain.ALGORITHM);
        store.append(RUSSIAN_5B, last.sequence(), List.of(badLink.event()));

        assertThatThrownBy(() -> engine.execute(HOMEROOM_5B, mark(RUSSIAN, "s-3")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                .hasMessageContaining("envelope " + (last.sequence() + 1))
                .hasMessageContaining("does not verify: its previous hash is not the hash of envelope " + last.sequence());
        assertThat(store.version(RUSSIAN_5B)).isEqualTo(last.sequence() + 1);
        assertThatThrownBy(() -> engine.host().journal(ID, RUSSIAN)).isInstanceOf(JournalException.class);
        assertThat(entries).isPositive();
    }
}
