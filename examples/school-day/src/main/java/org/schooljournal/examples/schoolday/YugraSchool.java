package org.schooljournal.examples.schoolday;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.journal.JournalCommand;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.notify.Notifier;

/**
 * One school of Yugra set up for 2025/2026 through the engine's public API, as its people would
 * do it on the morning of 3 September 2025, the day before the YR-11 deadline: the system
 * administrator registers the school and gives the head and the deputy head their roles; they
 * hire the staff, set the calendar up, open the classes, enrol the students and set up the
 * programme of grade 5 — fully for 5А, partly for 5Б and 5В, not yet for the other grades; the
 * homeroom teachers register the guardians. Every name is drawn from one seed, and the engine's
 * clock stands still at {@link #SET_UP_AT}, so every run sets up the same school. Then the
 * fortnight of 5А's mathematics journal before the end of the first quarter is kept
 * ({@link MathsFortnight}), on the same clock moved from entry to entry, and three guardians are told
 * of its last day ({@link GuardiansWeek}); when {@link #open} returns, the clock stands at
 * {@link #SET_UP_AT} again.
 *
 * <p>A school already in the log, from an earlier run on the same database, is reopened and not set
 * up again, nor is a journal kept again that has entries, nor the guardians' week once a guardian
 * has contact details; one whose set-up was cut short is
 * reported as {@link Origin#INCOMPLETE} and left as it is.
 *
 * <p>Not thread-safe.
 */
final class YugraSchool implements AutoCloseable {

    static final String ID = "86-hm-001";
    static final String NAME = "МБОУ «Средняя общеобразовательная школа № 1» г. Ханты-Мансийска";
    /** When the set-up is done: 09:00 of 3 September 2025 in Yugra. */
    static final Instant SET_UP_AT = Instant.parse("2025-09-03T04:00:00Z");
    /** The day the students are enrolled, by the head's order. */
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 9, 1);

    static final String ADMINISTRATOR = "admin-01";
    static final String HEAD = "head-01";
    static final String DEPUTY_HEAD = "deputy-01";

    private static final long SEED = 8601L;

    /** How the school came to be in the log this run. */
    enum Origin {
        /** Set up by this run. */
        CREATED,
        /** Set up by an earlier run on the same database, and reopened. */
        REOPENED,
        /** Registered by an earlier run whose set-up did not finish. */
        INCOMPLETE
    }

    private final JournalEngine engine;
    private final ExampleClock clock;
    private final RussianNames names = new RussianNames(SEED);
    private Origin origin = Origin.CREATED;
    private long events;

    private YugraSchool(JournalEngine engine, ExampleClock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Opens the storage with the example's clock and reopens the school found there, or sets it up
     * when there is none; then keeps 5А's fortnight of mathematics unless its journal has entries,
     * and the guardians' week through the notification channel found on the class path
     * ({@link GuardiansWeek#discoveredChannel()}) unless it was kept.
     */
    static YugraSchool open(JournalStorage storage) {
        return open(storage, GuardiansWeek::discoveredChannel);
    }

    /**
     * Opens the storage as {@link #open(JournalStorage)} does, the guardians' week sent through
     * the channel, which is opened only if the week is kept, and closed afterwards.
     */
    static YugraSchool open(JournalStorage storage, Supplier<Notifier> channel) {
        ExampleClock clock = new ExampleClock(SET_UP_AT);
        JournalEngine engine = storage.open(clock);
        try {
            YugraSchool school = new YugraSchool(engine, clock);
            SchoolState found = engine.host().school(ID);
            if (found.registered()) {
                school.origin = FifthGrade.isSetUp(found) ? Origin.REOPENED : Origin.INCOMPLETE;
            } else {
                school.setUp();
            }
            if (school.origin != Origin.INCOMPLETE) {
                MathsFortnight.keep(school);
                GuardiansWeek.keep(school, channel);
            }
            if (school.origin != Origin.CREATED) {
                school.events = engine.archive().verify(ID).headSequence();
            }
            return school;
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    /** Sets the school up, in the order its people would. */
    private void setUp() {
        execute(ADMINISTRATOR, new RegisterSchool(ID, NAME, SchoolCalendar.YUGRA));
        execute(ADMINISTRATOR, new AssignRole(ID, HEAD, Role.HEAD));
        execute(ADMINISTRATOR, new AssignRole(ID, DEPUTY_HEAD, Role.DEPUTY_HEAD));
        Staff staff = Staff.hire(this);
        SchoolYear.setUp(this);
        Classes classes = Classes.open(this, staff);
        Enrolment.enrol(this, classes);
        Subjects.add(this);
        Rooms.add(this);
        FifthGrade.setUp(this, staff);
    }

    /** Executes a command as the person, and counts the events it records. */
    void execute(String personId, SchoolCommand command) {
        events += engine.execute(Actor.of(personId), command).appended().size();
    }

    /**
     * Executes a command to a journal as the person. Its events go to the journal's own stream, not
     * the school's, so they are not counted in {@link #events()}.
     */
    void execute(String personId, JournalCommand command) {
        engine.execute(Actor.of(personId), command);
    }

    /**
     * Gives a guardian's e-mail address as the guardian, electronically (NTF-4), counts its event,
     * and returns the token of the confirmation link (NTF-1).
     */
    String giveEmail(String guardianId, String email) {
        String token = engine.notifications().setContactEmail(Actor.of(guardianId), ID, guardianId, email, DocumentForm.ELECTRONIC);
        events++;
        return token;
    }

    /** Returns how the school came to be in the log this run. */
    Origin origin() {
        return origin;
    }

    /** Returns the names of the school's people. */
    RussianNames names() {
        return names;
    }

    /** Returns the engine. */
    JournalEngine engine() {
        return engine;
    }

    /** Returns the engine's clock, which the example moves. */
    ExampleClock clock() {
        return clock;
    }

    /** Returns the school's state now. */
    SchoolState state() {
        return engine.host().school(ID);
    }

    /** Returns the school's calendar, made by the engine from what was set up. */
    SchoolCalendar calendar() {
        return state().structure().calendar(SchoolCalendar.YUGRA).orElseThrow();
    }

    /**
     * Returns how many events the school's own stream holds — the one its hash-chain check walks:
     * the set-up's, the control work the deputy head adds in October and the guardians' consents
     * and contacts. The journals' entries and the diaries' openings and digests are in streams of
     * their own.
     */
    long events() {
        return events;
    }

    @Override
    public void close() {
        engine.close();
    }
}
