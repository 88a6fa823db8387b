package org.schooljournal.core.journal;

import static org.schooljournal.core.journal.JournalSchool.FIRST_QUARTER;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.JournalEngine;

/**
 * {@link JournalSchool} for tests outside this package: its mathematics journal holds marks of
 * October 2026 and a closed first quarter.
 */
public final class RetentionSchool {

    public static final String ID = JournalSchool.ID;
    public static final ZoneId ZONE = JournalSchool.ZONE;
    public static final Actor DEPUTY = JournalSchool.DEPUTY;
    public static final Actor MATH = JournalSchool.MATH;
    public static final JournalKey MATH_5A = JournalSchool.MATH_5A;

    private final JournalSchool school = JournalSchool.setUp();

    private RetentionSchool() {
    }

    /** Returns the school with marks and the first quarter's marks set. */
    public static RetentionSchool withMarks() {
        RetentionSchool retention = new RetentionSchool();
        JournalSchool school = retention.school;
        school.at(JournalSchool.MONDAY, LocalTime.of(9, 0));
        school.engine.execute(MATH, JournalSchool.mark(JournalSchool.MONDAY, 1, JournalSchool.IVANOV, "5", WorkKind.ORAL));
        school.at(LocalDate.of(2026, 10, 23), LocalTime.of(12, 0));
        for (String student : new String[] {JournalSchool.IVANOV, JournalSchool.ALEKSEEVA, JournalSchool.YOLKIN}) {
            school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, student, Mark.of("5")));
        }
        return retention;
    }

    /** Returns the engine. */
    public JournalEngine engine() {
        return school.engine;
    }

    /** Returns the store. */
    public InMemoryEventStore store() {
        return school.store;
    }

    /** Sets the clock to a local date and time in the school's zone. */
    public void at(LocalDate date, LocalTime time) {
        school.at(date, time);
    }

    /** Has the deputy correct the journal's first entry, a mark, to «4». */
    public void correctFirstMark(String reason) {
        school.engine.execute(DEPUTY, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 1), Mark.of("4"), reason));
    }
}
