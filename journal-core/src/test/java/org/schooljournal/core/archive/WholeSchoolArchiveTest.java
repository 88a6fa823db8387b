package org.schooljournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.schooljournal.core.archive.ArchiveSchool.ID;
import static org.schooljournal.core.archive.ArchiveSchool.MATH_5A;
import static org.schooljournal.core.archive.ArchiveSchool.RUSSIAN_5B;
import static org.schooljournal.core.archive.ArchiveSchool.STREAM;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.StoredEnvelopes;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * The archive covers a school's whole log: its own stream and every journal's stream, each a hash
 * chain of its own; never the streams of another school, even one whose id starts with this one's.
 */
@Tag("ARC-4")
@Tag("ARC-5")
@Tag("ARC-6")
@DisplayName("ARC-4, ARC-5, ARC-6: integrity, backup and restore cover every stream of a school, its journals included")
class WholeSchoolArchiveTest {

    /** Another school whose id starts with this one's: {@code school-86-001} is a prefix of its streams. */
    private static final String NEIGHBOUR = "school-86-0011";
    private static final String NEIGHBOUR_JOURNAL = NEIGHBOUR + "/journal/5А/math";

    @TempDir
    Path directory;

    private InMemoryEventStore store;
    private JournalEngine engine;
    private List<String> journals;
    private Path file;

    @BeforeEach
    void setUp() {
        store = new InMemoryEventStore();
        ArchiveSchool.appendChain(store, NEIGHBOUR, 2);
        ArchiveSchool.appendChain(store, NEIGHBOUR_JOURNAL, 3);
        ArchiveSchool.SteppingClock clock = new ArchiveSchool.SteppingClock(ArchiveSchool.START);
        engine = ArchiveSchool.engine(store, clock);
        journals = ArchiveSchool.setUpWithJournals(engine, clock);
        file = directory.resolve("86-001.jsonl");
    }

    private List<String> streams() {
        List<String> all = new ArrayList<>();
        all.add(STREAM);
        all.addAll(journals);
        return all;
    }

    private EventEnvelope last(EventStore from, String stream) {
        return from.read(stream, from.version(stream), 1).get(0);
    }

    @Test
    @DisplayName("the report has every stream of the school, its own first, each with its count and head; the"
            + " neighbour's streams are not among them")
    void integrityOfEveryStream() {
        IntegrityReport report = IntegrityCheck.of(store).school(ID);

        assertThat(journals).containsExactly(MATH_5A, RUSSIAN_5B);
        assertThat(MATH_5A).isEqualTo("school-86-001/journal/5А/math");
        assertThat(report.verified()).isTrue();
        assertThat(report.streams()).extracting(StreamIntegrity::streamId).containsExactlyElementsOf(streams());
        long total = 0;
        for (StreamIntegrity stream : report.streams()) {
            long version = store.version(stream.streamId());
            assertThat(stream.checked()).isEqualTo(version).isEqualTo(stream.headSequence());
            assertThat(stream.headHash()).isEqualTo(last(store, stream.streamId()).event().hash());
            assertThat(stream.verified()).isTrue();
            total += version;
        }
        assertThat(store.version(MATH_5A)).isGreaterThanOrEqualTo(3);
        assertThat(store.version(RUSSIAN_5B)).isGreaterThanOrEqualTo(2);
        assertThat(report.checked()).isEqualTo(total).isEqualTo(report.envelopeCount());
        assertThat(report.firstBreak()).isEmpty();
        assertThat(report.broken()).isEmpty();
        assertThat(report.stream(NEIGHBOUR_JOURNAL)).isEmpty();
        assertThat(report.describe()).isEqualTo("school 86-001 (3 streams): " + total + " envelopes verified; head of"
                + " school-86-001 is " + store.version(STREAM) + " with hash " + last(store, STREAM).event().hash());
        assertThat(engine.archive().verify(ID)).isEqualTo(report);
    }

    @Test
    @DisplayName("one byte changed in a journal's envelope: the report names that stream, envelope and event;"
            + " the other streams still verify; the school is not backed up")
    void tamperedJournalEnvelope() {
        EventEnvelope second = store.read(MATH_5A, 2, 1).get(0);
        EventStore tampered = ArchiveSchool.tamper(store, MATH_5A, 2, data -> ArchiveSchool.flipPayloadBit(data, 7));

        IntegrityReport report = IntegrityCheck.of(tampered).school(ID);

        assertThat(report.verified()).isFalse();
        assertThat(report.firstBreak()).contains(new IntegrityReport.BrokenEnvelope(MATH_5A, 2,
                second.position(), second.event().eventId(), "its content does not match its SHA-256 hash"));
        assertThat(report.broken()).extracting(StreamIntegrity::streamId).containsExactly(MATH_5A);
        assertThat(report.schoolStream().verified()).isTrue();
        assertThat(report.stream(RUSSIAN_5B)).hasValueSatisfying(s -> assertThat(s.verified()).isTrue());
        StreamIntegrity math = report.stream(MATH_5A).orElseThrow();
        assertThat(math.checked()).isEqualTo(2);
        assertThat(math.headSequence()).isEqualTo(store.version(MATH_5A));
        assertThat(report.checked()).isEqualTo(report.envelopeCount() - store.version(MATH_5A) + 2);
        assertThat(report.describe()).startsWith("school 86-001 (3 streams): 1 of 3 streams do not verify; first, stream "
                + MATH_5A + ": envelope 2 (position " + second.position() + ", event id "
                + second.event().eventId() + ") does not verify: its content does not match its SHA-256 hash; ");

        assertThatThrownBy(() -> Backup.export(tampered, ID, file, ArchiveSchool.backupClock()))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                .hasMessageContaining("first, stream " + MATH_5A + ": envelope 2");
        assertThat(file).doesNotExist();
    }

    @Test
    @DisplayName("a school whose own stream is gone while its journals remain is INTEGRITY, never NOT_FOUND nor intact")
    void ownStreamRemoved() {
        EventStore withoutOwn = new Hiding(store, STREAM);

        assertThatThrownBy(() -> IntegrityCheck.of(withoutOwn).school(ID))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                .hasMessage("school 86-001 has lost its own stream: school-86-001 is empty or missing while 2 other"
                        + " streams of the school hold events (first " + MATH_5A + "); the school's registration,"
                        + " structure and roster were removed from the store");
    }

    @Test
    @DisplayName("a stream the store lists but cannot read is STORAGE, naming it")
    void listedButEmpty() {
        EventStore hiding = new Hiding(store, RUSSIAN_5B) {
            @Override
            public List<String> streamIds(String prefix) {
                return store.streamIds(prefix);
            }
        };

        assertThatThrownBy(() -> IntegrityCheck.of(hiding).school(ID))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE))
                .hasMessage("stream " + RUSSIAN_5B + " of school 86-001 is listed by the store but holds no envelope it"
                        + " can read (version 0)");
    }

    @Test
    @DisplayName("round trip: every stream comes back with identical envelopes and head hashes, the journals read the same")
    void roundTrip() {
        IntegrityReport before = IntegrityCheck.of(store).school(ID);
        BackupManifest manifest = Backup.export(store, ID, file, ArchiveSchool.backupClock());
        InMemoryEventStore fresh = new InMemoryEventStore();
        ArchiveSchool.appendChain(fresh, NEIGHBOUR_JOURNAL, 1);
        JournalEngine freshEngine = ArchiveSchool.engine(fresh, ArchiveSchool.backupClock());
        freshEngine.execute(ArchiveSchool.ADMIN, new RegisterSchool("86-002", "Школа № 2", SchoolCalendar.YUGRA));

        IntegrityReport restored = Restore.into(fresh, file, 2);

        assertThat(restored).isEqualTo(before);
        assertThat(manifest.streams()).extracting(BackupManifest.StreamEntry::streamId).containsExactlyElementsOf(streams());
        for (String stream : streams()) {
            List<EventEnvelope> original = ArchiveSchool.envelopes(store, stream);
            List<EventEnvelope> copy = ArchiveSchool.envelopes(fresh, stream);
            assertThat(copy).extracting(EventEnvelope::streamId).containsOnly(stream);
            assertThat(copy).extracting(EventEnvelope::sequence)
                    .containsExactlyElementsOf(original.stream().map(EventEnvelope::sequence).toList());
            assertThat(copy).extracting(EventEnvelope::event)
                    .containsExactlyElementsOf(original.stream().map(EventEnvelope::event).toList());
            BackupManifest.StreamEntry entry = manifest.stream(stream).orElseThrow();
            assertThat(entry).isEqualTo(new BackupManifest.StreamEntry(stream, original.size(), 1, original.size(),
                    last(store, stream).event().hash(), "SHA-256"));
            assertThat(last(fresh, stream).event().hash()).isEqualTo(entry.headHash())
                    .isEqualTo(restored.stream(stream).orElseThrow().headHash());
        }
        assertThat(manifest.envelopeCount()).isEqualTo(before.checked());
        assertThat(fresh.version(NEIGHBOUR_JOURNAL)).isEqualTo(1);
        assertThat(freshEngine.host().school(ID)).isEqualTo(engine.host().school(ID));
        for (JournalKey key : List.of(new JournalKey("5А", "math"), new JournalKey("5Б", "rus"))) {
            assertThat(freshEngine.host().rebuildJournal(ID, key)).isEqualTo(engine.host().rebuildJournal(ID, key));
        }
        assertThat(freshEngine.journals().read(ArchiveSchool.HOMEROOM_5A, ID, new JournalKey("5А", "math")).entry(2))
                .isEqualTo(engine.journals().read(ArchiveSchool.HOMEROOM_5A, ID, new JournalKey("5А", "math")).entry(2));
    }

    @Test
    @DisplayName("the file: the manifest's first line and a line per stream, then the envelopes stream after stream,"
            + " each naming its stream (Cyrillic escaped)")
    void fileLayout() {
        BackupManifest manifest = Backup.export(store, ID, file, ArchiveSchool.backupClock());
        List<String> lines = BackupFiles.lines(file);

        assertThat(manifest.formatVersion()).isEqualTo(2);
        assertThat(lines.get(0)).startsWith("{\"format\":\"school-journal-backup\",\"formatVersion\":2,\"schoolId\":"
                + "\"86-001\",\"streamCount\":3,\"envelopeCount\":" + manifest.envelopeCount() + ",");
        String escapedMath = "school-86-001/journal/5\\u0410/math";
        assertThat(lines.get(2)).isEqualTo("{\"stream\":\"" + escapedMath + "\",\"envelopeCount\":"
                + store.version(MATH_5A) + ",\"firstSequence\":1,\"lastSequence\":" + store.version(MATH_5A)
                + ",\"headHash\":\"" + last(store, MATH_5A).event().hash() + "\",\"hashAlgorithm\":\"SHA-256\"}");
        assertThat(lines.get(3)).startsWith("{\"stream\":\"school-86-001/journal/5\\u0411/rus\",");
        List<String> expectedStreams = new ArrayList<>();
        for (String stream : streams()) {
            for (long i = 0; i < store.version(stream); i++) {
                expectedStreams.add(stream.replace("А", "\\u0410").replace("Б", "\\u0411"));
            }
        }
        List<String> envelopeLines = lines.subList(4, lines.size() - 1);
        assertThat(envelopeLines).extracting(line -> BackupFiles.text(line, "streamId"))
                .containsExactlyElementsOf(expectedStreams);
        assertThat(envelopeLines.get((int) store.version(STREAM))).startsWith("{\"streamId\":\"" + escapedMath
                + "\",\"sequence\":1,");
        assertThat(String.join("\n", lines)).doesNotContain(NEIGHBOUR);
        assertThat(Backup.verify(file)).isEqualTo(manifest);
    }

    @Test
    @DisplayName("restore is CONFLICT and imports nothing when any stream of the school holds events:"
            + " a journal of the file, or one the file does not have")
    void conflictWhenAJournalStreamExists() {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());
        EventData firstMath = store.read(MATH_5A, 1, 1).get(0).event();

        InMemoryEventStore withJournal = new InMemoryEventStore();
        withJournal.append(MATH_5A, 0, List.of(firstMath));
        List<EventEnvelope> held = StoredEnvelopes.of(withJournal);
        assertThatThrownBy(() -> Restore.into(withJournal, file))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessage("restore of school 86-001 from " + file + " refused, nothing was imported: the store already"
                        + " holds 1 stream of the school (" + MATH_5A + " with 1 events); a backup is restored only into"
                        + " a store holding no stream of its school");
        assertThat(StoredEnvelopes.of(withJournal)).isEqualTo(held);
        assertThat(withJournal.version(STREAM)).isZero();

        InMemoryEventStore withOther = new InMemoryEventStore();
        String other = "school-86-001/journal/9Я/geo";
        ArchiveSchool.appendChain(withOther, other, 2);
        assertThatThrownBy(() -> Restore.into(withOther, file))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessageContaining("the store already holds 1 stream of the school (" + other + " with 2 events)");
        assertThat(withOther.streamIds("")).containsExactly(other);
    }

    @Test
    @DisplayName("a file truncated anywhere — in the manifest's stream lines, in or between a journal's envelopes,"
            + " before the trailer — is INTEGRITY and imports nothing")
    void truncated() throws IOException {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());
        byte[] bytes = Files.readAllBytes(file);
        List<String> lines = BackupFiles.lines(file);
        int firstMath = 4 + (int) store.version(STREAM);
        int lastLine = lines.size() - 1;
        record Cut(int length, String message) {
        }
        List<Cut> cuts = List.of(
                new Cut(offsetOfLine(lines, 2), "the file is truncated: it ends at line 2, within the manifest, which"
                        + " the manifest's first line says is 4 lines long (streamCount 3)"),
                new Cut(offsetOfLine(lines, 3) + 20, "the file is truncated: its last line (line 4, from byte offset "
                        + offsetOfLine(lines, 3) + ") does not end with a newline"),
                new Cut(offsetOfLine(lines, 4), "the file is truncated: it ends after the manifest (lines 1 to 4),"
                        + " without envelopes or trailer"),
                new Cut(offsetOfLine(lines, firstMath + 1), "the file is truncated: it ends with an envelope (line "
                        + (firstMath + 1) + ") instead of the trailer"),
                new Cut(offsetOfLine(lines, firstMath + 1) + 100, "the file is truncated: its last line (line "
                        + (firstMath + 2) + ", from byte offset " + offsetOfLine(lines, firstMath + 1)
                        + ") does not end with a newline"),
                new Cut(offsetOfLine(lines, lastLine), "the file is truncated: it ends with an envelope (line "
                        + lastLine + ") instead of the trailer"),
                new Cut(bytes.length - 1, "the file is truncated: its last line (line " + lines.size()
                        + ", from byte offset " + offsetOfLine(lines, lastLine) + ") does not end with a newline"));
        for (Cut cut : cuts) {
            Path damaged = directory.resolve("cut-" + cut.length() + ".jsonl");
            Files.write(damaged, Arrays.copyOf(bytes, cut.length()));
            refused(damaged).hasMessageEndingWith(cut.message());
        }
    }

    @Test
    @DisplayName("one byte of a journal's payload changed in the file: the line, the stream, the sequence and the event are named")
    void journalLineAltered() {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());
        List<String> lines = BackupFiles.lines(file);
        int line = 4 + (int) store.version(STREAM) + 1;
        EventEnvelope second = store.read(MATH_5A, 2, 1).get(0);
        byte[] payload = second.event().payload();
        payload[5] ^= 0x02;
        List<String> edited = new ArrayList<>(lines);
        edited.set(line, BackupFiles.with(lines.get(line), "payload", Base64.getEncoder().encodeToString(payload)));

        refused(BackupFiles.write(file, "payload", edited)).hasMessageEndingWith("line " + (line + 1) + " (stream "
                + MATH_5A + ", envelope sequence 2, event id " + second.event().eventId() + ") does not verify: its"
                + " content does not match its SHA-256 hash");
    }

    @Test
    @DisplayName("resealed forgeries of the stream lines and of the grouping are refused, naming the line")
    void forgedStreams() {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());
        List<String> lines = BackupFiles.lines(file);

        List<String> swapped = new ArrayList<>(lines);
        swapped.set(2, lines.get(3));
        swapped.set(3, lines.get(2));
        refused(BackupFiles.write(file, "swapped", BackupFiles.reseal(swapped))).hasMessageEndingWith(
                "line 4 (stream " + MATH_5A + " of the manifest): stream " + MATH_5A + " does not come after "
                        + RUSSIAN_5B + " (streams are listed once each, in the natural order of their ids)");

        List<String> foreign = new ArrayList<>(lines);
        foreign.set(3, BackupFiles.with(lines.get(3), "stream", "school-86-0011/journal/5\\u0411/rus"));
        refused(BackupFiles.write(file, "foreign", BackupFiles.reseal(foreign))).hasMessageEndingWith(
                "line 4 (stream school-86-0011/journal/5Б/rus of the manifest): stream school-86-0011/journal/5Б/rus"
                        + " is not a stream of school 86-001 (its id must start with school-86-001/)");

        List<String> ownLast = new ArrayList<>(lines);
        ownLast.set(1, lines.get(3));
        ownLast.set(3, lines.get(1));
        refused(BackupFiles.write(file, "own-last", BackupFiles.reseal(ownLast))).hasMessageEndingWith(
                "line 2 (stream " + RUSSIAN_5B + " of the manifest): the first stream must be the school's own,"
                        + " school-86-001");

        int firstRussian = 4 + (int) (store.version(STREAM) + store.version(MATH_5A));
        EventEnvelope russian = store.read(RUSSIAN_5B, 1, 1).get(0);
        List<String> moved = new ArrayList<>(lines);
        moved.set(firstRussian, BackupFiles.with(lines.get(firstRussian), "streamId",
                "school-86-001/journal/5\\u0410/math"));
        refused(BackupFiles.write(file, "moved", BackupFiles.reseal(moved))).hasMessageEndingWith(
                "line " + (firstRussian + 1) + " (stream " + MATH_5A + ", envelope sequence 1, event id "
                        + russian.event().eventId() + ") is where the manifest (line 4) places the envelopes of stream "
                        + RUSSIAN_5B + ": envelope lines were moved, or a stream id was altered");
    }

    @Test
    @DisplayName("property: any byte of a whole school's file changed to any other value is refused with INTEGRITY")
    void anyByteChanged() throws IOException {
        Backup.export(store, ID, file, ArchiveSchool.backupClock());
        byte[] bytes = Files.readAllBytes(file);
        qt().withExamples(300).forAll(integers().between(0, bytes.length - 1), integers().between(1, 255))
                .checkAssert((position, mask) -> {
                    byte[] changed = bytes.clone();
                    changed[position] ^= (byte) (int) mask;
                    assertThatThrownBy(() -> BackupReader.read(changed, "changed"))
                            .isInstanceOfSatisfying(JournalException.class,
                                    e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY));
                });
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(Path damaged) {
        InMemoryEventStore target = new InMemoryEventStore();
        ArchiveSchool.appendChain(target, NEIGHBOUR_JOURNAL, 1);
        List<EventEnvelope> before = StoredEnvelopes.of(target);
        AbstractThrowableAssert<?, ? extends Throwable> refusal = assertThatThrownBy(() -> Restore.into(target, damaged))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                .hasMessageStartingWith("restore refused, nothing was imported: backup " + damaged + ": ");
        assertThat(StoredEnvelopes.of(target)).isEqualTo(before);
        return refusal;
    }

    private static int offsetOfLine(List<String> lines, int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset += lines.get(i).length() + 1;
        }
        return offset;
    }

    /** A store that reads as if one stream had been deleted from it, listed or not. */
    private static class Hiding implements EventStore {

        final EventStore store;
        private final String hidden;

        Hiding(EventStore store, String hidden) {
            this.store = store;
            this.hidden = hidden;
        }

        @Override
        public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long version(String streamId) {
            return streamId.equals(hidden) ? 0 : store.version(streamId);
        }

        @Override
        public List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
            return streamId.equals(hidden) ? List.of() : store.read(streamId, fromSequence, maxCount);
        }

        @Override
        public List<EventEnvelope> readSchool(String schoolKey, long fromPosition, int maxCount) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> streamIds(String prefix) {
            return store.streamIds(prefix).stream().filter(id -> !id.equals(hidden)).toList();
        }
    }
}
