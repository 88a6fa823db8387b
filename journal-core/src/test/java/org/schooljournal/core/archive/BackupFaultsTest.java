package org.schooljournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.schooljournal.core.archive.ArchiveSchool.ID;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.schooljournal.core.StoredEnvelopes;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.log.HashChain;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * Every fault of a backup file is refused before the first append, with INTEGRITY naming what is
 * wrong and where: truncation anywhere, any single byte changed, a count that does not match, a
 * chain that does not verify — also when the digests were computed again over the change.
 */
@Tag("ARC-5")
@Tag("ARC-6")
@DisplayName("ARC-5, ARC-6: a damaged or altered backup is refused whole, and nothing is imported")
class BackupFaultsTest {

    @TempDir
    Path directory;

    private InMemoryEventStore store;
    private Path file;
    private byte[] bytes;
    private List<String> lines;
    private List<EventEnvelope> original;
    private InMemoryEventStore target;

    @BeforeEach
    void setUp() throws IOException {
        store = new InMemoryEventStore();
        JournalEngine engine = ArchiveSchool.engine(store);
        ArchiveSchool.setUp(engine);
        file = directory.resolve("86-001.jsonl");
        Backup.export(store, ID, file, ArchiveSchool.backupClock());
        bytes = Files.readAllBytes(file);
        lines = BackupFiles.lines(file);
        original = ArchiveSchool.envelopes(store);
        target = new InMemoryEventStore();
    }

    /** Restores the file into the target store, expects INTEGRITY, and checks nothing was appended. */
    private AbstractThrowableAssert<?, ? extends Throwable> refused(Path damaged) {
        AbstractThrowableAssert<?, ? extends Throwable> refusal = assertThatThrownBy(() -> Restore.into(target, damaged))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                .hasMessageStartingWith("restore refused, nothing was imported: backup " + damaged + ": ");
        assertThat(target.streamIds("")).isEmpty();
        assertThat(StoredEnvelopes.of(target)).isEmpty();
        return refusal;
    }

    private Path write(String suffix, byte[] content) {
        Path damaged = directory.resolve("86-001.jsonl." + suffix);
        try {
            Files.write(damaged, content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return damaged;
    }

    private int offsetOfLine(int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset += lines.get(i).length() + 1;
        }
        return offset;
    }

    @Test
    @DisplayName("truncated anywhere — empty, mid-manifest, after the manifest, mid-envelope, before the trailer,"
            + " without the last newline — is refused as truncated")
    void truncated() {
        int lastLine = lines.size() - 1;
        record Cut(int length, String message) {
        }
        List<Cut> cuts = List.of(
                new Cut(0, "the file is empty: it was truncated, or it is not a backup"),
                new Cut(1, "the file is truncated: its last line (line 1, from byte offset 0) does not end with a newline"),
                new Cut(offsetOfLine(1) - 10, "the file is truncated: its last line (line 1, from byte offset 0)"),
                new Cut(offsetOfLine(1), "the file is truncated: it ends at line 1, within the manifest, which the"
                        + " manifest's first line says is 2 lines long (streamCount 1)"),
                new Cut(offsetOfLine(2), "the file is truncated: it ends after the manifest (lines 1 to 2), without"
                        + " envelopes or trailer"),
                new Cut(offsetOfLine(5) + 40, "the file is truncated: its last line (line 6, from byte offset "
                        + offsetOfLine(5) + ") does not end with a newline"),
                new Cut(offsetOfLine(9), "the file is truncated: it ends with an envelope (line 9) instead of the trailer"),
                new Cut(offsetOfLine(lastLine), "the file is truncated: it ends with an envelope (line " + lastLine
                        + ") instead of the trailer"),
                new Cut(offsetOfLine(lastLine) + 30, "the file is truncated: its last line (line " + lines.size()
                        + ", from byte offset " + offsetOfLine(lastLine) + ") does not end with a newline"),
                new Cut(bytes.length - 1, "the file is truncated: its last line (line " + lines.size()
                        + ", from byte offset " + offsetOfLine(lastLine) + ") does not end with a newline"));
        for (Cut cut : cuts) {
            Path damaged = write("cut" + cut.length(), Arrays.copyOf(bytes, cut.length()));
            refused(damaged).hasMessageContaining(cut.message());
        }
    }

    @Test
    @DisplayName("a changed time of creation is named as a change of the manifest")
    void changedManifest() {
        List<String> edited = new ArrayList<>(lines);
        edited.set(0, BackupFiles.with(lines.get(0), "createdAt", "2027-06-30T12:00:01.123456Z"));
        refused(BackupFiles.write(file, "created", edited)).hasMessageEndingWith(
                "the manifest (lines 1 to 2) does not match the manifest digest in the trailer (line " + lines.size()
                        + "): the manifest or the trailer was altered");
    }

    @Test
    @DisplayName("a changed payload (still Base64) is named by line, sequence and event id, as not matching its hash")
    void changedPayload() {
        EventEnvelope fourth = original.get(3);
        byte[] payload = fourth.event().payload();
        payload[10] ^= 0x04;
        List<String> edited = new ArrayList<>(lines);
        edited.set(5, BackupFiles.with(lines.get(5), "payload", Base64.getEncoder().encodeToString(payload)));
        refused(BackupFiles.write(file, "payload", edited)).hasMessageEndingWith("line 6 (stream school-86-001,"
                + " envelope sequence 4, event id " + fourth.event().eventId() + ") does not verify: its content does"
                + " not match its SHA-256 hash");
    }

    @Test
    @DisplayName("a changed position, which no hash covers, is caught by the envelope digest")
    void changedGlobalPosition() {
        List<String> edited = new ArrayList<>(lines);
        edited.set(3, BackupFiles.with(lines.get(3), "globalPosition", 99));
        refused(BackupFiles.write(file, "position", edited)).hasMessageEndingWith("the envelope digest in the manifest"
                + " (line 1) does not match lines 3 to " + (lines.size() - 1) + ": an envelope line was altered");
    }

    @Test
    @DisplayName("a changed digest in the trailer is named")
    void changedFileDigest() {
        List<String> edited = new ArrayList<>(lines);
        String trailer = lines.get(lines.size() - 1);
        String digest = BackupFiles.text(trailer, "fileDigest");
        edited.set(lines.size() - 1, BackupFiles.with(trailer, "fileDigest",
                (digest.charAt(0) == '0' ? "1" : "0") + digest.substring(1)));
        refused(BackupFiles.write(file, "digest", edited)).hasMessageEndingWith("the file digest in the trailer (line "
                + lines.size() + ") does not match lines 1 to " + (lines.size() - 1) + ": the file was altered");
    }

    @Test
    @DisplayName("an envelope line removed is a count mismatch")
    void removedLine() {
        List<String> edited = new ArrayList<>(lines);
        edited.remove(7);
        refused(BackupFiles.write(file, "removed", edited)).hasMessageEndingWith("the manifest (line 1) declares "
                + original.size() + " envelopes but the file holds " + (original.size() - 1) + " (lines 3 to "
                + (lines.size() - 2) + "): envelope lines were removed or added");
    }

    @Test
    @DisplayName("resealed after removing an envelope line: the chain names the gap")
    void removedLineResealed() {
        List<String> edited = new ArrayList<>(lines);
        edited.remove(8);
        edited.set(0, BackupFiles.with(edited.get(0), "envelopeCount", original.size() - 1));
        edited.set(1, BackupFiles.with(BackupFiles.with(edited.get(1), "envelopeCount", original.size() - 1),
                "lastSequence", original.size() - 1));
        refused(BackupFiles.write(file, "removed-sealed", BackupFiles.reseal(edited))).hasMessageEndingWith(
                "line 9 (stream school-86-001, envelope sequence 8, event id " + original.get(7).event().eventId()
                        + ") does not verify: sequence 8 where 7 was expected");
    }

    @Test
    @DisplayName("resealed after a payload change that was hashed again: the next envelope's link is named")
    void rehashedResealed() {
        // A forger who changes envelope 4 and gives it a matching hash still breaks envelope 5's link.
        EventEnvelope fourth = original.get(3);
        byte[] payload = fourth.event().payload();
        payload[10] ^= 0x04;
        String hash = HashChain.hash("SHA-256", ArchiveSchool.STREAM, 4,
                fourth.event().eventId(), fourth.event().type(), 1, payload, fourth.event().actor(),
                fourth.event().recordedAt(), fourth.event().previousHash());
        List<String> edited = new ArrayList<>(lines);
        edited.set(5, BackupFiles.with(BackupFiles.with(lines.get(5), "payload",
                Base64.getEncoder().encodeToString(payload)), "hash", hash));
        refused(BackupFiles.write(file, "rehashed", BackupFiles.reseal(edited))).hasMessageEndingWith(
                "line 7 (stream school-86-001, envelope sequence 5, event id " + original.get(4).event().eventId()
                        + ") does not verify: its previous hash is not the hash of envelope 4");
    }

    @Test
    @DisplayName("resealed with a count that does not match the lines, or the streams' counts: named")
    void forgedCount() {
        List<String> edited = new ArrayList<>(lines);
        edited.set(0, BackupFiles.with(lines.get(0), "envelopeCount", original.size() + 1));
        refused(BackupFiles.write(file, "total", BackupFiles.reseal(edited))).hasMessageEndingWith(
                "line 1 (the manifest): envelopeCount " + (original.size() + 1) + " is not the sum " + original.size()
                        + " of the streams' counts (lines 2 to 2)");

        edited.set(1, BackupFiles.with(BackupFiles.with(lines.get(1), "envelopeCount", original.size() + 1),
                "lastSequence", original.size() + 1));
        refused(BackupFiles.write(file, "count", BackupFiles.reseal(edited))).hasMessageEndingWith(
                "the manifest (line 1) declares " + (original.size() + 1) + " envelopes but the file holds "
                        + original.size() + " (lines 3 to " + (lines.size() - 1) + "): envelope lines were removed or added");
    }

    @Test
    @DisplayName("resealed with the last envelope dropped but the head hash kept: the head hash does not match")
    void droppedLastEnvelope() {
        List<String> edited = new ArrayList<>(lines);
        edited.remove(lines.size() - 2);
        edited.set(0, BackupFiles.with(edited.get(0), "envelopeCount", original.size() - 1));
        edited.set(1, BackupFiles.with(BackupFiles.with(edited.get(1), "envelopeCount", original.size() - 1),
                "lastSequence", original.size() - 1));
        refused(BackupFiles.write(file, "dropped", BackupFiles.reseal(edited))).hasMessageContaining(
                "the manifest's head hash " + original.get(original.size() - 1).event().hash()
                        + " (line 2, stream school-86-001) is not the hash "
                        + original.get(original.size() - 2).event().hash());
    }

    @Test
    @DisplayName("resealed, a space added or an escape spelt in upper case is refused as not canonical")
    void notCanonical() {
        List<String> spaced = new ArrayList<>(lines);
        spaced.set(3, lines.get(3).replace("\"sequence\":", "\"sequence\": "));
        refused(BackupFiles.write(file, "spaced", BackupFiles.reseal(spaced))).hasMessageContaining(
                "line 4 (stream school-86-001, envelope sequence 2, event id " + original.get(1).event().eventId()
                        + "): not in the format's canonical form; it differs at byte offset "
                        + (offsetOfLine(3) + lines.get(3).indexOf("\"sequence\":") + 11));

        int line = lines.indexOf(lines.stream().filter(l -> l.contains("\\u0443")).findFirst().orElseThrow());
        List<String> upper = new ArrayList<>(lines);
        upper.set(line, lines.get(line).replace("\\u044c", "\\u044C"));
        refused(BackupFiles.write(file, "upper", BackupFiles.reseal(upper)))
                .hasMessageContaining("line " + (line + 1) + " (stream school-86-001, envelope sequence " + (line - 1))
                .hasMessageContaining("not in the format's canonical form");
    }

    @Test
    @DisplayName("a byte outside printable ASCII is named by its offset")
    void notAscii() {
        byte[] changed = bytes.clone();
        int offset = offsetOfLine(2) + 5;
        changed[offset] = (byte) 0xd0;
        refused(write("ascii", changed)).hasMessageEndingWith("line 3 (an envelope): byte offset " + offset
                + " holds 0xd0, which is not printable ASCII (the format is printable ASCII and newlines only)");
    }

    @Test
    @DisplayName("another format version, or a file that is no backup, is refused")
    void otherFormats() {
        List<String> edited = new ArrayList<>(lines);
        edited.set(0, BackupFiles.with(lines.get(0), "formatVersion", 3));
        refused(BackupFiles.write(file, "v3", edited)).hasMessageEndingWith(
                "line 1 (the manifest): format version 3 is not one this library reads (it reads versions 1 and 2)");
        edited.set(0, BackupFiles.with(lines.get(0), "formatVersion", 1));
        refused(BackupFiles.write(file, "v1", edited)).hasMessageEndingWith(
                "line 1 (the manifest): its fields are [format, formatVersion, schoolId, streamCount, envelopeCount,"
                        + " createdAt, digestAlgorithm, envelopeDigest], missing [streamId, firstSequence, lastSequence,"
                        + " headHash, hashAlgorithm], unknown [streamCount]; expected exactly [format, formatVersion,"
                        + " schoolId, streamId, envelopeCount, firstSequence, lastSequence, headHash, hashAlgorithm,"
                        + " createdAt, digestAlgorithm, envelopeDigest] in this order");
        refused(write("other", "{\"name\":\"x\"}\n{}\n".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageEndingWith("line 1 (the manifest): its format is null, not \"school-journal-backup\": this is"
                        + " not a School Journal backup");
    }

    @Test
    @DisplayName("every byte position of a small school's backup, one bit flipped (the bit turning with the position),"
            + " is refused: no byte is ignorable")
    void everyByteCovered() throws IOException {
        // A small school, so that every position can be tried: two registration envelopes, a role, and
        // an envelope recorded by a Cyrillic actor, whose escapes are in the file too.
        InMemoryEventStore small = new InMemoryEventStore();
        JournalEngine engine = ArchiveSchool.engine(small);
        Actor head = Actor.of("директор");
        engine.execute(ArchiveSchool.ADMIN, new RegisterSchool(ID, "Школа № 1", SchoolCalendar.YUGRA));
        engine.execute(ArchiveSchool.ADMIN, new AssignRole(ID, head.personId(), Role.HEAD));
        engine.execute(head, new HireStaff(ID, "t-1", "Ёлкина", "Анна", "Петровна"));
        Path smallFile = directory.resolve("small.jsonl");
        Backup.export(small, ID, smallFile, ArchiveSchool.backupClock());
        byte[] intact = Files.readAllBytes(smallFile);
        assertThat(new String(intact, StandardCharsets.US_ASCII)).contains("\\u0434\\u0438");

        List<String> accepted = new ArrayList<>();
        for (int position = 0; position < intact.length; position++) {
            byte[] changed = intact.clone();
            changed[position] ^= (byte) (1 << position % 8);
            try {
                BackupReader.read(changed, "flip");
                accepted.add("offset " + position);
            } catch (JournalException e) {
                if (e.code() != ErrorCode.INTEGRITY) {
                    accepted.add("offset " + position + ": " + e);
                }
            }
        }
        assertThat(accepted).isEmpty();
        assertThat(BackupReader.read(intact, "intact").envelopes(ArchiveSchool.STREAM)).hasSize(4);
    }

    @Test
    @DisplayName("property: any byte at any position changed to any other value is refused by the restore, nothing imported")
    void anyByteChanged() {
        qt().withExamples(500).forAll(integers().between(0, bytes.length - 1), integers().between(1, 255))
                .checkAssert((position, mask) -> {
                    byte[] changed = bytes.clone();
                    changed[position] ^= (byte) (int) mask;
                    refused(write("flip", changed));
                });
    }
}
