package org.schooljournal.benchmarks;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.schooljournal.adapter.jdbc.JdbcEventStoreProvider;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.spi.storage.EventStore;

/**
 * The region's year scaled down to one school, to show that a bounded cache keeps an engine inside
 * a heap its journals would overflow (issue 13, "Bounded memory"). Not a JMH benchmark: two runs
 * of a plain program.
 *
 * <ul>
 *   <li>{@code prepare FOLDER}: sets up one school of {@value BenchJournals#CLASSES} classes
 *       through the engine in memory, records one entry per student per school day of quarter 1
 *       in every class's journal ({@link #recordDaily}), and copies every stream into an H2 file
 *       store in the folder;
 *   <li>{@code serve FOLDER CACHED_EVENTS}: opens that store with an engine holding at most
 *       {@code CACHED_EVENTS} events, loads every journal twice in turn, and prints the heap used
 *       after a full collection and the time of each pass. Run it with a small {@code -Xmx}.
 * </ul>
 */
public final class BoundedHeapRun {

    private BoundedHeapRun() {
    }

    /**
     * Runs a phase.
     *
     * @param args {@code prepare FOLDER} or {@code serve FOLDER CACHED_EVENTS}
     */
    public static void main(String[] args) {
        String url = "jdbc:h2:file:" + Path.of(args[1]).toAbsolutePath().resolve("journal") + ";WRITE_DELAY=0";
        Map<String, String> settings = Map.of("url", url, "user", "sa", "password", "");
        if (args[0].equals("prepare")) {
            long start = System.nanoTime();
            BenchJournals school = BenchJournals.setUp(1, false, 1);
            recordDaily(school);
            try (EventStore store = new JdbcEventStoreProvider().create(settings)) {
                for (String stream : school.store.streamIds("")) {
                    SnapshotRebuildBenchmark.copy(school.store, store, stream);
                }
            }
            System.out.printf("prepared %d envelopes in %.0f s%n", school.envelopes(), (System.nanoTime() - start) / 1e9);
            return;
        }
        long cachedEvents = Long.parseLong(args[2]);
        Clock clock = Clock.fixed(BenchJournals.at(LocalDate.of(2026, 10, 23), LocalTime.of(13, 0)), ZoneOffset.UTC);
        try (EventStore store = new JdbcEventStoreProvider().create(settings)) {
            JournalEngine engine = JournalEngine.builder().eventStore(store).clock(clock).cachedEvents(cachedEvents)
                    .build();
            for (int pass = 1; pass <= 2; pass++) {
                long start = System.nanoTime();
                long entries = 0;
                for (int c = 0; c < BenchJournals.CLASSES; c++) {
                    entries += engine.host().journal(BenchJournals.schoolId(0), BenchJournals.journal(c)).entries().size();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("pass %d: %d journals, %d entries loaded in %.2f s (%.0f ms a journal);"
                        + " heap used after a full collection %d MB of at most %d MB (cachedEvents %d)%n", pass,
                        BenchJournals.CLASSES, entries, seconds, seconds * 1000 / BenchJournals.CLASSES,
                        usedAfterGc() >> 20, Runtime.getRuntime().maxMemory() >> 20, cachedEvents);
            }
        }
    }

    /**
     * Records one entry per student per school day, as the region's year has them: an oral mark in
     * the first lesson of every weekday from 1 September to 23 October 2026, in every class's
     * journal (39 × 24 = 936 entries a journal).
     */
    static void recordDaily(BenchJournals school) {
        for (LocalDate day = LocalDate.of(2026, 9, 1); !day.isAfter(LocalDate.of(2026, 10, 23)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
                continue;
            }
            school.clock.set(BenchJournals.at(day, LocalTime.of(12, 0)));
            for (int c = 0; c < BenchJournals.CLASSES; c++) {
                for (int p = 0; p < BenchJournals.STUDENTS_PER_CLASS; p++) {
                    school.engine.execute(BenchJournals.teacher(c), RecordMark.of(BenchJournals.schoolId(0),
                            BenchJournals.journal(c), new LessonRef(day, 1), BenchJournals.student(c, p),
                            Mark.of(String.valueOf(3 + p % 3)), WorkKind.ORAL));
                }
            }
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }
}
