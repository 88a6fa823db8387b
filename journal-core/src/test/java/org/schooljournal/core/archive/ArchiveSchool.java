package org.schooljournal.core.archive;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.RecordTopic;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.log.HashChain;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddRoom;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.roster.TransferStudent;
import org.schooljournal.core.roster.WithdrawStudent;
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
import org.schooljournal.core.log.TamperedStore;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;
import org.schooljournal.core.school.Schools;

/**
 * A school set up through the engine for the archive's tests: registration, roles, staff (one of
 * them with a Cyrillic person id, so that the backup escapes it), the year, a quarter, two
 * classes with bells, students enrolled, a guardian, a transfer and a withdrawal; and, for the
 * tests of a whole school's log, two journals with entries, each a stream of its own. Its clock
 * moves on at every reading, so times of recording differ down to the microsecond, and jumps to
 * the lessons' day; nothing sleeps.
 */
final class ArchiveSchool {

    static final String ID = "86-001";
    static final String STREAM = Schools.streamOf(ID);
    static final Actor ADMIN = Actor.of("admin");
    static final Actor HEAD = Actor.of("head");
    static final Actor HOMEROOM_5A = Actor.of("учитель-5а");
    static final Actor HOMEROOM_5B = Actor.of("teacher-5b");
    static final Instant START = Instant.parse("2026-08-25T05:00:00Z");
    static final Instant BACKUP_TIME = Instant.parse("2027-06-30T12:00:00.123456Z");
    static final LocalDate LESSON_DAY = LocalDate.of(2026, 10, 12);
    static final String MATH_5A = SchoolStreams.journal(ID, "5А", "math");
    static final String RUSSIAN_5B = SchoolStreams.journal(ID, "5Б", "rus");
    private static final JournalKey MATH_5A_JOURNAL = new JournalKey("5А", "math");
    private static final JournalKey RUSSIAN_5B_JOURNAL = new JournalKey("5Б", "rus");
    static final AcademicYear YEAR = new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26));

    private ArchiveSchool() {
    }

    /** A clock that moves on 1.234567 s at each reading. Not thread-safe; the tests read it from one thread. */
    static final class SteppingClock extends Clock {

        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        /** Moves the clock on to a later instant, from which it steps on as before. */
        void jumpTo(Instant later) {
            if (later.isBefore(now)) {
                throw new IllegalArgumentException("the clock moves forward only: " + later + " is before " + now);
            }
            now = later;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            Instant reading = now;
            now = now.plus(Duration.ofNanos(1_234_567_000L));
            return reading;
        }
    }

    /** Returns an engine over the store with a stepping clock. */
    static JournalEngine engine(EventStore store) {
        return engine(store, new SteppingClock(START));
    }

    /** Returns an engine over the store with the clock. */
    static JournalEngine engine(EventStore store, Clock clock) {
        return JournalEngine.builder().eventStore(store).clock(clock).build();
    }

    /** Returns the clock a backup is made with. */
    static Clock backupClock() {
        return Clock.fixed(BACKUP_TIME, ZoneOffset.UTC);
    }

    /** Sets the school up through the engine. */
    static void setUp(JournalEngine engine) {
        engine.execute(ADMIN, new RegisterSchool(ID, "МБОУ «Средняя школа № 1»", SchoolCalendar.YUGRA));
        engine.execute(ADMIN, new AssignRole(ID, HEAD.personId(), Role.HEAD));
        engine.execute(HEAD, new HireStaff(ID, HOMEROOM_5A.personId(), "Ёлкина", "Анна", "Петровна"));
        engine.execute(HEAD, new HireStaff(ID, HOMEROOM_5B.personId(), "Смирнов", "Игорь", "Олегович"));
        engine.execute(HEAD, new SetAcademicYear(ID, YEAR));
        engine.execute(HEAD, new AddStudyPeriod(ID, StudyPeriod.of(PeriodKind.QUARTER, 1,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 23))));
        engine.execute(HEAD, new OpenClass(ID, "5А", 5, HOMEROOM_5A.personId()));
        engine.execute(HEAD, new OpenClass(ID, "5Б", 5, HOMEROOM_5B.personId()));
        List<LessonSlot> slots = List.of(
                new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10)),
                new LessonSlot(2, LocalTime.of(9, 20), LocalTime.of(10, 0)));
        Map<DayOfWeek, List<LessonSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, slots);
        }
        engine.execute(HEAD, new SetBellSchedule(ID, "5А", week));
        engine.execute(HEAD, new SetBellSchedule(ID, "5Б", week));
        LocalDate september1 = YEAR.firstDay();
        LocalDate birth = LocalDate.of(2015, 3, 14);
        engine.execute(HEAD, new EnrolStudent(ID, "s-1", "Жуков", "Антон", "", birth, "5А", september1));
        engine.execute(HEAD, new EnrolStudent(ID, "s-2", "Ёлкин", "Борис", "Ильич", birth, "5А", september1));
        engine.execute(HEAD, new EnrolStudent(ID, "s-3", "Егоров", "Денис", "", birth, "5Б", september1));
        engine.execute(HOMEROOM_5A, new RegisterGuardian(ID, "g-1", "Ёлкина", "Ольга", "Сергеевна", "s-2"));
        engine.execute(HEAD, new TransferStudent(ID, "s-2", "5Б", LocalDate.of(2026, 11, 9)));
        engine.execute(HEAD, new WithdrawStudent(ID, "s-1", LocalDate.of(2026, 12, 1), "переезд \"в Сургут\"\\"));
    }

    /**
     * Sets the school up (see {@link #setUp}) and keeps two of its journals: mathematics of 5А,
     * taught by the homeroom teacher of 5А (a Cyrillic person id, in a stream id with a Cyrillic
     * class code), and Russian of 5Б; on Monday 12 October 2026 each gets its topic, marks and an
     * absence, recorded during the lessons. Returns the journals' streams, sorted.
     */
    static List<String> setUpWithJournals(JournalEngine engine, SteppingClock clock) {
        setUp(engine);
        engine.execute(HEAD, new AddSubject(ID, "math", "Математика", SubjectComponent.FEDERAL));
        engine.execute(HEAD, new AddSubject(ID, "rus", "Русский язык", SubjectComponent.FEDERAL));
        engine.execute(HEAD, new AddRoom(ID, "201", "Кабинет № 201"));
        engine.execute(HEAD, new AssignTeachingLoad(ID, HOMEROOM_5A.personId(), "math", "5А"));
        engine.execute(HEAD, new AssignTeachingLoad(ID, HOMEROOM_5B.personId(), "rus", "5Б"));
        engine.execute(HEAD, new AddTimetableEntry(ID, "5А", DayOfWeek.MONDAY, 1, ActivityKind.LESSON, "math",
                HOMEROOM_5A.personId(), "201"));
        engine.execute(HEAD, new AddTimetableEntry(ID, "5Б", DayOfWeek.MONDAY, 2, ActivityKind.LESSON, "rus",
                HOMEROOM_5B.personId(), "201"));
        clock.jumpTo(LESSON_DAY.atTime(8, 40).atZone(SchoolCalendar.YUGRA).toInstant());
        LessonRef maths = new LessonRef(LESSON_DAY, 1);
        engine.execute(HOMEROOM_5A, new RecordTopic(ID, MATH_5A_JOURNAL, maths, "Обыкновенные дроби",
                LessonKind.LESSON));
        engine.execute(HOMEROOM_5A, RecordMark.of(ID, MATH_5A_JOURNAL, maths, "s-1", Mark.of("5"), WorkKind.ORAL)
                .withComment("у доски"));
        engine.execute(HOMEROOM_5A, RecordMark.of(ID, MATH_5A_JOURNAL, maths, "s-2", Mark.of("4"), WorkKind.CLASSWORK));
        clock.jumpTo(LESSON_DAY.atTime(9, 30).atZone(SchoolCalendar.YUGRA).toInstant());
        LessonRef russian = new LessonRef(LESSON_DAY, 2);
        engine.execute(HOMEROOM_5B, new RecordTopic(ID, RUSSIAN_5B_JOURNAL, russian, "Имя существительное",
                LessonKind.LESSON));
        engine.execute(HOMEROOM_5B, new RecordAbsence(ID, RUSSIAN_5B_JOURNAL, russian, "s-3", AbsenceCode.ILLNESS));
        return List.of(MATH_5A, RUSSIAN_5B).stream().sorted().toList();
    }

    /** Returns every envelope of a stream. */
    static List<EventEnvelope> envelopes(EventStore store, String stream) {
        return store.read(stream, 1, Integer.MAX_VALUE);
    }

    /** Returns every envelope of the school's stream. */
    static List<EventEnvelope> envelopes(EventStore store) {
        return store.read(STREAM, 1, Integer.MAX_VALUE);
    }

    /** Returns the store as it reads after someone changed the envelope of that sequence on disk, in every stream. */
    static EventStore tamper(EventStore store, long sequence, UnaryOperator<EventData> change) {
        return TamperedStore.of(store, Optional.empty(), sequence, change);
    }

    /** Returns the store as it reads after someone changed the envelope of that stream and sequence on disk. */
    static EventStore tamper(EventStore store, String stream, long sequence, UnaryOperator<EventData> change) {
        return TamperedStore.of(store, Optional.of(stream), sequence, change);
    }

    /**
     * Appends a hash-chained stream of {@code count} envelopes straight to the store, as another
     * school's engine would (a stream the archive of {@link #ID} must leave alone).
     */
    static List<EventEnvelope> appendChain(EventStore store, String stream, int count) {
        List<EventData> events = new ArrayList<>(count);
        String previous = "";
        for (int sequence = 1; sequence <= count; sequence++) {
            UUID eventId = UUID.randomUUID();
            byte[] payload = ("{\"n\":" + sequence + "}").getBytes(StandardCharsets.UTF_8);
            Instant at = START.plusSeconds(sequence);
            String hash = HashChain.hash(HashChain.ALGORITHM, stream, sequence, eventId, "Foreign", 1, payload, "other",
                    at, previous);
            events.add(new EventData(eventId, "Foreign", 1, payload, "other", at, previous, hash, HashChain.ALGORITHM));
            previous = hash;
        }
        return store.append(stream, 0, events);
    }

    /** Returns the event with one bit of its payload flipped. */
    static EventData flipPayloadBit(EventData data, int index) {
        byte[] payload = data.payload();
        payload[index] ^= 0x01;
        return new EventData(data.eventId(), data.type(), data.schemaVersion(), payload, data.actor(),
                data.recordedAt(), data.previousHash(), data.hash(), data.hashAlgorithm());
    }
}
