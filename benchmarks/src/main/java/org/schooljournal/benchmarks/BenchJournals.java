package org.schooljournal.benchmarks;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddRoom;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RegisterSchool;
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
 * Schools with class journals, set up through the engine's commands on an in-memory store — the
 * template the journal benchmarks copy into the store they measure, so that a durable store's
 * set-up costs one append per stream instead of one per command.
 *
 * <p>Each school is about the example's (examples/school-day), as {@code BenchSchool}'s
 * {@code yugra}: {@value #CLASSES} classes of grades 1–11 ({@code BenchSchool.yugraClasses()})
 * with {@value #STUDENTS_PER_CLASS} students each ({@value #STUDENTS_PER_SCHOOL}), in quarter 1
 * of the 2026/27 year. Class {@code c}'s teacher {@code t-01}… is its homeroom teacher and
 * teaches it Russian ({@value #SUBJECT}) in the first lesson (8:30–9:10, room {@code 101}…) of
 * every weekday; so each class has one journal in use, its Russian journal, written by one
 * teacher. Students are {@code s-0001}… in class order. Schools are {@code 86-0001}…, each with
 * the system administrator {@link #ADMIN} and the head {@link #HEAD}; the engine's clock is set to
 * the Monday before quarter 1 starts while setting up.
 *
 * <p>Optionally, each student has one mark in the Monday lesson {@link #MONDAY} (a «4» for oral
 * work): entry {@code p + 1} of its class's journal for the class's {@code p}-th student.
 *
 * <p>Not thread-safe, but for the set-up, which runs schools in parallel.
 */
final class BenchJournals {

    /** Classes per school: the example's ({@code BenchSchool.yugraClasses()}). */
    static final int CLASSES = 25;
    /** Students per class. */
    static final int STUDENTS_PER_CLASS = 24;
    /** Students per school. */
    static final int STUDENTS_PER_SCHOOL = CLASSES * STUDENTS_PER_CLASS;
    /** The subject of the first lesson, every day. */
    static final String SUBJECT = "rus";
    /** The zone of the schools. */
    static final ZoneId ZONE = SchoolCalendar.YUGRA;
    static final Actor ADMIN = Actor.of("admin-01");
    static final Actor HEAD = Actor.of("head-01");
    /** A Monday of quarter 1: the roll call's, and the marks' lesson. */
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);
    /** The Friday before it: the warm-up's lesson. */
    static final LocalDate FRIDAY = LocalDate.of(2026, 10, 9);
    /** The first lesson's start. */
    static final LocalTime FIRST_LESSON = LocalTime.of(8, 30);

    private static final StudyPeriod QUARTER_1 = StudyPeriod.of(PeriodKind.QUARTER, 1,
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 23));
    private static final List<String> CLASS_CODES = BenchSchool.yugraClasses();

    static {
        if (CLASS_CODES.size() != CLASSES) {
            throw new IllegalStateException("the example has " + CLASS_CODES.size() + " classes, not " + CLASSES);
        }
    }
    private static final List<String> SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов",
            "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков");
    private static final List<String> NAMES = List.of("Александр", "Михаил", "Артём", "Матвей", "Иван",
            "Дмитрий", "Кирилл", "Егор", "Тимофей", "Максим");

    final SettableClock clock = new SettableClock(at(LocalDate.of(2026, 8, 24), LocalTime.of(10, 0)));
    final InMemoryEventStore store = new InMemoryEventStore();
    final JournalEngine engine = JournalEngine.builder().eventStore(store).clock(clock).build();
    final int schools;

    private BenchJournals(int schools) {
        this.schools = schools;
    }

    /**
     * Sets the schools up, {@code threads} of them at a time.
     *
     * @param schools how many schools
     * @param marks whether every student gets a mark in the Monday lesson
     */
    static BenchJournals setUp(int schools, boolean marks, int threads) {
        BenchJournals journals = new BenchJournals(schools);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, schools)));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < schools; s++) {
                String schoolId = schoolId(s);
                done.add(pool.submit(() -> journals.populate(schoolId)));
            }
            waitFor(done);
            if (marks) {
                journals.clock.set(at(MONDAY, FIRST_LESSON.plusMinutes(30)));
                done.clear();
                for (int s = 0; s < schools; s++) {
                    String schoolId = schoolId(s);
                    done.add(pool.submit(() -> journals.recordMarks(schoolId)));
                }
                waitFor(done);
            }
        } finally {
            pool.shutdown();
        }
        return journals;
    }

    /** Returns school {@code s}'s id, from 0: {@code 86-0001}… */
    static String schoolId(int s) {
        return String.format("86-%04d", s + 1);
    }

    /** Returns class {@code c}'s code, from 0: 1А, 1Б, … */
    static String classCode(int c) {
        return CLASS_CODES.get(c);
    }

    /** Returns the teacher of class {@code c}, from 0: its homeroom and Russian teacher. */
    static Actor teacher(int c) {
        return Actor.of(String.format("t-%02d", c + 1));
    }

    /** Returns the {@code p}-th student of class {@code c}, both from 0. */
    static String student(int c, int p) {
        return String.format("s-%04d", c * STUDENTS_PER_CLASS + p + 1);
    }

    /** Returns the Russian journal of class {@code c}. */
    static JournalKey journal(int c) {
        return new JournalKey(classCode(c), SUBJECT);
    }

    /** Returns the instant of a local date and time in the schools' zone. */
    static Instant at(LocalDate date, LocalTime time) {
        return LocalDateTime.of(date, time).atZone(ZONE).toInstant();
    }

    /** Returns how many envelopes the template holds, in all its streams. */
    long envelopes() {
        return store.streamIds("").stream().mapToLong(store::version).sum();
    }

    /**
     * Copies every stream of the template into an empty store, envelope for envelope (one append
     * per stream): the same events, hashes and chains; the target gives its own positions.
     */
    void copyTo(EventStore target) {
        for (String stream : store.streamIds("")) {
            copy(stream, target);
        }
    }

    /** As {@link #copyTo(EventStore)}, the streams copied by the pool's threads in parallel. */
    void copyTo(EventStore target, ExecutorService pool) {
        List<Future<?>> done = new ArrayList<>();
        for (String stream : store.streamIds("")) {
            done.add(pool.submit(() -> copy(stream, target)));
        }
        waitFor(done);
    }

    private void copy(String stream, EventStore target) {
        List<EventData> events = store.read(stream, 1, Integer.MAX_VALUE).stream().map(EventEnvelope::event).toList();
        target.append(stream, 0, events);
    }

    private void populate(String schoolId) {
        engine.execute(ADMIN, new RegisterSchool(schoolId, "МБОУ «Средняя общеобразовательная школа № "
                + Integer.parseInt(schoolId.substring(3)) + "»", ZONE));
        engine.execute(ADMIN, new AssignRole(schoolId, HEAD.personId(), Role.HEAD));
        engine.execute(HEAD, new SetAcademicYear(schoolId,
                new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26))));
        engine.execute(HEAD, new AddStudyPeriod(schoolId, QUARTER_1));
        engine.execute(HEAD, new AddSubject(schoolId, SUBJECT, "Русский язык", SubjectComponent.FEDERAL));
        Map<DayOfWeek, List<LessonSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new LessonSlot(1, FIRST_LESSON, FIRST_LESSON.plusMinutes(40)),
                    new LessonSlot(2, LocalTime.of(9, 20), LocalTime.of(10, 0)),
                    new LessonSlot(3, LocalTime.of(10, 20), LocalTime.of(11, 0))));
        }
        for (int c = 0; c < CLASSES; c++) {
            String code = classCode(c);
            int grade = Integer.parseInt(code.substring(0, code.length() - 1));
            String teacher = teacher(c).personId();
            String room = String.valueOf(101 + c);
            engine.execute(HEAD, new HireStaff(schoolId, teacher, surname(c) + "а", "Анна", "Петровна"));
            engine.execute(HEAD, new OpenClass(schoolId, code, grade, teacher));
            engine.execute(HEAD, new SetBellSchedule(schoolId, code, week));
            engine.execute(HEAD, new AddRoom(schoolId, room, "Кабинет " + room));
            engine.execute(HEAD, new AssignTeachingLoad(schoolId, teacher, SUBJECT, code));
            for (DayOfWeek day : week.keySet()) {
                engine.execute(HEAD, new AddTimetableEntry(schoolId, code, day, 1, ActivityKind.LESSON, SUBJECT,
                        teacher, room));
            }
            for (int p = 0; p < STUDENTS_PER_CLASS; p++) {
                int n = c * STUDENTS_PER_CLASS + p;
                engine.execute(HEAD, new EnrolStudent(schoolId, student(c, p), surname(n), NAMES.get(n % NAMES.size()),
                        "Сергеевич", LocalDate.of(2019 - grade, 3, 1).plusDays(n % 300), code, QUARTER_1.firstDay()));
            }
        }
    }

    private void recordMarks(String schoolId) {
        for (int c = 0; c < CLASSES; c++) {
            for (int p = 0; p < STUDENTS_PER_CLASS; p++) {
                engine.execute(teacher(c), RecordMark.of(schoolId, journal(c), new LessonRef(MONDAY, 1), student(c, p),
                        Mark.of("4"), WorkKind.ORAL));
            }
        }
    }

    private static String surname(int n) {
        return SURNAMES.get(n % SURNAMES.size());
    }

    private static void waitFor(List<Future<?>> done) {
        for (Future<?> future : done) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("setting the schools up failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while setting the schools up", e);
            }
        }
    }

    /** A clock the benchmarks set: the engine never reads the system clock by itself. */
    static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a benchmark clock has one zone");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
