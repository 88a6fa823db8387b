package org.schooljournal.examples.schoolday;

import java.time.Clock;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.journal.JournalKey;

/**
 * The example's school for another host to start from, such as the web example
 * ({@code examples/web-journal}): the Yugra school of 2025/26 as this example sets it up and keeps
 * it ({@link YugraSchool}) — the set-up, 5А's fortnight of mathematics and the guardians' week —,
 * then handed over on the host's own clock. Every run sets up the same school.
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
     * Sets the school up in an H2 database held in memory under the name while the process runs —
     * the JDBC store on the embedded database, fresh at every start — and then runs its engine on
     * the clock; notifications go through the channel found on the class path.
     */
    public static DemoSchool h2InMemory(String name, Clock clock) {
        JournalStorage storage = JournalStorage.h2InMemory(name);
        YugraSchool school = YugraSchool.open(storage);
        if (school.origin() == YugraSchool.Origin.INCOMPLETE) {
            school.close();
            throw new IllegalStateException("the school's set-up in " + storage + " was cut short");
        }
        school.clock().follow(clock);
        return new DemoSchool(school);
    }

    /** Returns the engine, on the host's clock. */
    public JournalEngine engine() {
        return school.engine();
    }

    @Override
    public void close() {
        school.close();
    }
}
