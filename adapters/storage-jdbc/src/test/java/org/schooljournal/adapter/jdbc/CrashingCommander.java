package org.schooljournal.adapter.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.journal.Copies;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.MakeRemark;
import org.schooljournal.core.journal.Recorded;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddRoom;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.CommandId;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.core.school.SetBellSchedule;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * The child process of {@link CommandCrashTest}: a host that gives every command an id. It sets
 * the school up (every command with its id, so each run repeats the set-up harmlessly), then has
 * the teacher make remark after remark — remark {@code i} with the text {@code Замечание i} and
 * the id {@code remark-i} — and prints {@code ack <i> <first event id> <sequence>} once each
 * returned. For the remark of index {@code killAt} it prints {@code appended <i>} as soon as the
 * store's append has returned, and then never answers: the parent kills it there, between the
 * append and the reply.
 *
 * <p>Arguments: the JDBC URL, the first index, the index to stop before, the index to halt at (or -1).
 */
public final class CrashingCommander {

    static final String SCHOOL = "86-077";
    static final JournalKey JOURNAL = new JournalKey("5А", "math");
    static final Actor TEACHER = Actor.of("t-1");
    static final String STUDENT = "s-1";
    static final Instant MONDAY_0915 = Instant.parse("2026-10-12T04:15:00Z");

    private static final Actor ADMIN = Actor.of("admin");
    private static final Actor HEAD = Actor.of("head");

    private CrashingCommander() {
    }

    /**
     * Runs the host.
     *
     * @param args the JDBC URL, the first index, the index to stop before, the index to halt at or -1
     */
    public static void main(String[] args) {
        String url = args[0];
        int from = Integer.parseInt(args[1]);
        int until = Integer.parseInt(args[2]);
        int killAt = Integer.parseInt(args[3]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        boolean[] armed = {false};
        EventStore jdbc = new JdbcEventStoreProvider().create(Map.of("url", url, "poolSize", "2"));
        EventStore halting = new HaltingStore(jdbc, () -> {
            if (armed[0]) {
                out.println("appended " + killAt);
                out.flush();
                while (true) {
                    LockSupport.park();
                }
            }
        });
        try (JournalEngine engine = JournalEngine.builder().eventStore(halting)
                .clock(Clock.fixed(MONDAY_0915, ZoneOffset.UTC)).build()) {
            setUp(engine);
            out.println("ready");
            out.flush();
            for (int i = from; i < until; i++) {
                armed[0] = i == killAt;
                Recorded recorded = engine.execute(TEACHER, remark(i), CommandId.of("remark-" + i));
                EventEnvelope first = recorded.appended().get(0);
                out.println("ack " + i + " " + first.event().eventId() + " " + first.sequence());
                out.flush();
            }
        } finally {
            jdbc.close();
        }
    }

    /** Returns the remark of an index. */
    static MakeRemark remark(int index) {
        return new MakeRemark(SCHOOL, JOURNAL, STUDENT, "Замечание " + index, Copies.NONE);
    }

    private static void setUp(JournalEngine engine) {
        Map<DayOfWeek, List<LessonSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10))));
        }
        List<SchoolCommand> byHead = List.of(
                new SetAcademicYear(SCHOOL, new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26))),
                new AddStudyPeriod(SCHOOL, StudyPeriod.of(PeriodKind.QUARTER, 1, LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 10, 23))),
                new AddSubject(SCHOOL, "math", "Математика", SubjectComponent.FEDERAL),
                new HireStaff(SCHOOL, TEACHER.personId(), "Ёлкина", "Анна", "Петровна"),
                new OpenClass(SCHOOL, "5А", 5, TEACHER.personId()),
                new SetBellSchedule(SCHOOL, "5А", week),
                new AddRoom(SCHOOL, "201", "Кабинет № 201"),
                new AssignTeachingLoad(SCHOOL, TEACHER.personId(), "math", "5А"),
                new AddTimetableEntry(SCHOOL, "5А", DayOfWeek.MONDAY, 1, ActivityKind.LESSON, "math", TEACHER.personId(),
                        "201"),
                new EnrolStudent(SCHOOL, STUDENT, "Жуков", "Антон", "Игоревич", LocalDate.of(2015, 3, 14), "5А",
                        LocalDate.of(2026, 9, 1)));
        engine.execute(ADMIN, new RegisterSchool(SCHOOL, "МБОУ «Средняя школа № 77»", SchoolCalendar.YUGRA),
                CommandId.of("setup-register"));
        engine.execute(ADMIN, new AssignRole(SCHOOL, HEAD.personId(), Role.HEAD), CommandId.of("setup-head"));
        for (int i = 0; i < byHead.size(); i++) {
            engine.execute(HEAD, byHead.get(i), CommandId.of("setup-" + i));
        }
    }

    /** A store that runs a hook after each append to a journal has returned. */
    private static final class HaltingStore implements EventStore {

        private final EventStore store;
        private final Runnable afterJournalAppend;

        HaltingStore(EventStore store, Runnable afterJournalAppend) {
            this.store = store;
            this.afterJournalAppend = afterJournalAppend;
        }

        @Override
        public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
            List<EventEnvelope> stored = store.append(streamId, expectedVersion, events);
            if (streamId.equals(JOURNAL.stream(SCHOOL))) {
                afterJournalAppend.run();
            }
            return stored;
        }

        @Override
        public long version(String streamId) {
            return store.version(streamId);
        }

        @Override
        public List<EventEnvelope> read(String streamId, long fromSequence, int maxCount) {
            return store.read(streamId, fromSequence, maxCount);
        }

        @Override
        public List<EventEnvelope> readSchool(String schoolKey, long fromPosition, int maxCount) {
            return store.readSchool(schoolKey, fromPosition, maxCount);
        }

        @Override
        public List<String> streamIds(String prefix) {
            return store.streamIds(prefix);
        }
    }
}
