package org.schooljournal.examples.schoolday;

import java.nio.file.Path;
import java.time.Clock;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.notification.Notifications;

/**
 * The example's school for another host to start from, such as the web example
 * ({@code examples/web-journal}): the Yugra school of 2025/26 as this example sets it up and keeps
 * it ({@link YugraSchool}) — the set-up, 5А's fortnight of mathematics and the guardians' week —,
 * then handed over on the host's own clock. Every run on the same data finds the same school.
 *
 * <p>Not thread-safe to open; the engine it returns is.
 */
public final class DemoSchool implements AutoCloseable {

    /** The school's id. */
    public static final String ID = YugraSchool.ID;
    /** The system administrator, who registered the school. */
    public static final String ADMINISTRATOR = YugraSchool.ADMINISTRATOR;
    /** The head. */
    public static final String HEAD = YugraSchool.HEAD;
    /** The deputy head, who controls the journals. */
    public static final String DEPUTY_HEAD = YugraSchool.DEPUTY_HEAD;
    /** 5А's mathematics journal, the one whose fortnight is kept. */
    public static final JournalKey MATHS_5A = MathsFortnight.JOURNAL;

    private final YugraSchool school;

    private DemoSchool(YugraSchool school) {
        this.school = school;
    }

    /**
     * Opens the school in an H2 database in the folder, setting it up on the first run, and then
     * runs its engine on the clock; notifications go through the channel found on the class path.
     */
    public static DemoSchool open(Path folder, Clock clock) {
        return handOver(YugraSchool.open(JournalStorage.in(folder)), clock);
    }

    /**
     * Sets the school up, as {@link #open} does, in an H2 database held in memory under the name
     * while the process runs: the JDBC store on the embedded database, fresh at every start.
     */
    public static DemoSchool h2InMemory(String name, Clock clock) {
        return handOver(YugraSchool.open(JournalStorage.h2InMemory(name)), clock);
    }

    /** Sets the school up in the engine's memory store, as {@link #open} does, for one run. */
    public static DemoSchool inMemory(Clock clock) {
        return handOver(YugraSchool.open(JournalStorage.memory()), clock);
    }

    private static DemoSchool handOver(YugraSchool school, Clock clock) {
        if (school.origin() == YugraSchool.Origin.INCOMPLETE) {
            school.close();
            throw new IllegalStateException("the school's set-up in this database was cut short; delete the folder to start again");
        }
        school.clock().follow(clock);
        return new DemoSchool(school);
    }

    /** Returns the engine, on the host's clock. */
    public JournalEngine engine() {
        return school.engine();
    }

    /** Returns the teacher who keeps the journal, by the teaching load (YR-7). */
    public String teacherOf(JournalKey journal) {
        return org.schooljournal.core.programme.Programme.of(school.state())
                .teacherOf(journal.holderCode(), journal.subjectCode()).orElseThrow();
    }

    /** Returns the notification facet, for a host that dispatches what is due. */
    public Notifications notifications() {
        return school.engine().notifications();
    }

    @Override
    public void close() {
        school.close();
    }
}
