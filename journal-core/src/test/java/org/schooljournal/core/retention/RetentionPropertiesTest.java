package org.schooljournal.core.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.archive.Backup;
import org.schooljournal.core.archive.BackupManifest;
import org.schooljournal.core.journal.RetentionSchool;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.core.school.Schools;

/**
 * For any clock and any sequence of archiving, purging and corrections over the years after the
 * 2026/27 school year: nothing is purged before its retention ends (ARC-1), and nothing purged is
 * missing from an archive file — the file the purge record names holds the stream exactly as it
 * was purged.
 */
class RetentionPropertiesTest {

    private static final Instant DISPOSAL_FROM = ZonedDateTime.of(2033, 1, 1, 0, 0, 0, 0, RetentionSchool.ZONE).toInstant();

    @TempDir
    Path folder;

    enum Op { ARCHIVE, PURGE, CORRECT }

    record Step(int days, Op op) {
    }

    static Gen<Step> steps() {
        return integers().between(0, 700).zip(Generate.enumValues(Op.class), Step::new);
    }

    @Test
    @Tag("ARC-1")
    @Tag("ARC-3")
    @DisplayName("nothing is purged before its date, and nothing purged is missing from the archive")
    void nothingPurgedEarlyNorUnarchived() {
        int[] run = {0};
        qt().withExamples(25).forAll(lists().of(steps()).ofSizeBetween(1, 12)).checkAssert(sequence -> {
            RetentionSchool school = RetentionSchool.withMarks();
            Map<String, BackupManifest> files = new HashMap<>();
            Map<String, EventEnvelope> headsBeforePurge = new HashMap<>();
            LocalDateTime now = LocalDateTime.of(2027, 5, 20, 12, 0);
            run[0]++;
            for (int i = 0; i < sequence.size(); i++) {
                Step step = sequence.get(i);
                now = now.plusDays(step.days());
                school.at(now.toLocalDate(), now.toLocalTime());
                try {
                    switch (step.op()) {
                        case ARCHIVE -> {
                            Path file = folder.resolve("run-" + run[0] + "-" + i + ".jsonl");
                            school.engine().retention().archiveYear(RetentionSchool.DEPUTY, RetentionSchool.ID, file);
                            BackupManifest manifest = Backup.verify(file);
                            files.put(manifest.envelopeDigest(), manifest);
                        }
                        case PURGE -> {
                            String stream = RetentionSchool.MATH_5A.stream(RetentionSchool.ID);
                            long version = school.store().version(stream);
                            if (version > 0) {
                                headsBeforePurge.put(stream, school.store().read(stream, version, 1).get(0));
                            }
                            school.engine().retention().purgeJournals(RetentionSchool.DEPUTY, RetentionSchool.ID);
                        }
                        case CORRECT -> school.correctFirstMark("исправление № " + i);
                    }
                } catch (JournalException refused) {
                    // a year not closed yet, a journal already purged: refused, and checked below
                }
            }
            checkPurges(school, files, headsBeforePurge);
        });
    }

    private static void checkPurges(RetentionSchool school, Map<String, BackupManifest> files,
            Map<String, EventEnvelope> headsBeforePurge) {
        String schoolStream = Schools.streamOf(RetentionSchool.ID);
        for (EventEnvelope envelope : school.store().read(schoolStream, 1, Integer.MAX_VALUE)) {
            if (envelope.event().type().equals(JournalPurged.class.getSimpleName())) {
                assertThat(envelope.event().recordedAt()).as("a purge's time").isAfterOrEqualTo(DISPOSAL_FROM);
            }
        }
        ArchiveRecords.of(school.engine().host().school(RetentionSchool.ID)).purged().forEach((stream, purged) -> {
            assertThat(school.store().version(stream)).as("%s purged", stream).isZero();
            BackupManifest file = files.get(purged.archiveDigest());
            assertThat(file).as("the archive file of %s", stream).isNotNull();
            BackupManifest.StreamEntry entry = file.stream(stream).orElseThrow();
            assertThat(entry.lastSequence()).isEqualTo(purged.version());
            assertThat(entry.headHash()).isEqualTo(purged.headHash());
            EventEnvelope head = headsBeforePurge.get(stream);
            assertThat(head.sequence()).isEqualTo(purged.version());
            assertThat(head.event().hash()).isEqualTo(purged.headHash());
        });
    }
}
