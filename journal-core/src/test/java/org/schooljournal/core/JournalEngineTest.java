package org.schooljournal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.TestSchool.ADMIN;
import static org.schooljournal.core.TestSchool.HEAD;
import static org.schooljournal.core.TestSchool.ID;
import static org.schooljournal.core.TestSchool.NOW;
import static org.schooljournal.core.TestSchool.TEACHER;
import static org.schooljournal.core.TestSchool.YEAR;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.school.RevokeRole;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.school.Schools;

class JournalEngineTest {

    private InMemoryEventStore store;
    private JournalEngine engine;

    @BeforeEach
    void setUp() {
        store = new InMemoryEventStore();
        engine = TestSchool.engine(store);
        TestSchool.register(engine);
    }

    private long logSize() {
        return store.version(Schools.streamOf(ID));
    }

    @Nested
    @DisplayName("commands are validated before any effect")
    class Validation {

        @Test
        @DisplayName("a blank name and a bad school id are refused, naming each field, value and rule; nothing is appended")
        void constraints() {
            long before = logSize();
            assertThatThrownBy(() -> engine.execute(ADMIN, new RegisterSchool("86 002", " ", SchoolCalendar.YUGRA)))
                    .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                        assertThat(e.violations()).extracting(InvalidCommandException.Violation::field)
                                .containsExactly("name", "schoolId");
                        assertThat(e.getMessage()).contains("schoolId = 86 002", "name =  : must not be blank");
                    });
            assertThat(store.streamIds("")).containsExactly(Schools.streamOf(ID));
            assertThat(logSize()).isEqualTo(before);
        }

        @Test
        @Tag("YR-1")
        @DisplayName("a study period outside the academic year is refused with the calendar's reason")
        void domainRule() {
            engine.execute(HEAD, new SetAcademicYear(ID, YEAR));
            long before = logSize();
            StudyPeriod late = StudyPeriod.of(PeriodKind.QUARTER, 4, LocalDate.of(2027, 3, 29), LocalDate.of(2027, 6, 5));
            assertThatThrownBy(() -> engine.execute(HEAD, new AddStudyPeriod(ID, late)))
                    .isInstanceOf(InvalidCommandException.class)
                    .hasMessageContaining("period = ")
                    .hasMessageContaining("lies outside the academic year 2026/2027");
            assertThat(logSize()).isEqualTo(before);
        }

        @Test
        @Tag("YR-1")
        @DisplayName("a study period before the year is set is refused")
        void yearFirst() {
            StudyPeriod first = StudyPeriod.of(PeriodKind.QUARTER, 1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 23));
            assertThatThrownBy(() -> engine.execute(HEAD, new AddStudyPeriod(ID, first)))
                    .hasMessageContaining("needs the academic year to be set first");
        }

        @Test
        @DisplayName("a command to a school that is not registered is NOT_FOUND")
        void unknownSchool() {
            assertThatThrownBy(() -> engine.execute(HEAD, new SetAcademicYear("86-999", YEAR)))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                    .hasMessage("SetAcademicYear: school 86-999 is not registered");
        }

        @Test
        @Tag("YR-4")
        @DisplayName("a homeroom teacher who is not on the staff is NOT_FOUND")
        void unknownTeacher() {
            engine.execute(HEAD, new SetAcademicYear(ID, YEAR));
            assertThatThrownBy(() -> engine.execute(HEAD, new OpenClass(ID, "5Б", 5, "nobody")))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                    .hasMessageContaining("homeroomTeacherId nobody is not on the staff");
        }

        @Test
        @Tag("YR-4")
        @DisplayName("a class's code must start with its grade")
        void classCode() {
            assertThatThrownBy(() -> engine.execute(HEAD, new OpenClass(ID, "6А", 5, TEACHER.personId())))
                    .isInstanceOf(InvalidCommandException.class)
                    .hasMessageContaining("code = 6А: must start with the grade 5");
        }
    }

    @Nested
    @Tag("ACC-4")
    @DisplayName("ACC-1, ACC-4, ACC-5: rights by role; a denial names the actor, the action and the right, and changes nothing")
    class Access {

        @Test
        @Tag("ACC-1")
        @DisplayName("the person who registers a school becomes its system administrator")
        void registrantIsAdministrator() {
            assertThat(TestSchool.roles(engine, ADMIN)).containsExactly(Role.SYSTEM_ADMINISTRATOR);
            assertThat(TestSchool.roles(engine, HEAD)).containsExactly(Role.HEAD);
        }

        @Test
        @DisplayName("a teacher may not set up the year")
        void teacherCannotSetUpYear() {
            long before = logSize();
            assertThatThrownBy(() -> engine.execute(TEACHER, new SetAcademicYear(ID, YEAR)))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
                        assertThat(e.actor()).isEqualTo(TEACHER);
                        assertThat(e.action()).isEqualTo("SetAcademicYear");
                        assertThat(e.missing()).isEqualTo(Permission.SET_UP_YEAR);
                        assertThat(e.requirement()).isEqualTo("ACC-4");
                    })
                    .hasMessage("teacher-1 may not SetAcademicYear in school 86-001: it needs SET_UP_YEAR,"
                            + " held by [HEAD, DEPUTY_HEAD] (ACC-4)");
            assertThat(logSize()).isEqualTo(before);
        }

        @Test
        @Tag("ACC-5")
        @DisplayName("only the system administrator assigns roles; not even the head")
        void onlyAdministratorAssignsRoles() {
            assertThatThrownBy(() -> engine.execute(HEAD, new AssignRole(ID, "x", Role.DEPUTY_HEAD)))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("it needs MANAGE_ACCOUNTS");
            engine.execute(ADMIN, new AssignRole(ID, "x", Role.DEPUTY_HEAD));
            assertThat(TestSchool.roles(engine, Actor.of("x"))).containsExactly(Role.DEPUTY_HEAD);
        }

        @Test
        @Tag("ACC-4")
        @DisplayName("a deputy head sets up the year")
        void deputySetsUpYear() {
            engine.execute(ADMIN, new AssignRole(ID, "deputy", Role.DEPUTY_HEAD));
            engine.execute(Actor.of("deputy"), new SetAcademicYear(ID, YEAR));
            assertThat(engine.host().school(ID).structure().academicYear()).contains(YEAR);
        }

        @Test
        @Tag("ACC-5")
        @DisplayName("the school's last system administrator cannot lose the role")
        void lastAdministrator() {
            assertThatThrownBy(() -> engine.execute(ADMIN, new RevokeRole(ID, ADMIN.personId(), Role.SYSTEM_ADMINISTRATOR)))
                    .hasMessageContaining("is the school's last system administrator");
        }

        @Test
        @Tag("YR-4")
        @DisplayName("opening a class makes its homeroom teacher a homeroom teacher")
        void homeroomRole() {
            engine.execute(HEAD, new SetAcademicYear(ID, YEAR));
            engine.execute(HEAD, new OpenClass(ID, "5А", 5, TEACHER.personId()));
            assertThat(TestSchool.roles(engine, TEACHER)).containsExactly(Role.HOMEROOM_TEACHER);
        }
    }

    @Nested
    @Tag("ACC-7")
    @DisplayName("ACC-7: every accepted command is in the log with its actor and time")
    class Protocol {

        @Test
        @DisplayName("each event carries the actor and the engine clock's instant")
        void actorAndTime() {
            List<EventEnvelope> appended = engine.execute(HEAD, new SetAcademicYear(ID, YEAR)).appended();
            assertThat(appended).singleElement().satisfies(envelope -> {
                assertThat(envelope.event().type()).isEqualTo("AcademicYearSet");
                assertThat(envelope.event().actor()).isEqualTo("head");
                assertThat(envelope.event().recordedAt()).isEqualTo(NOW);
            });
        }

        @Test
        @DisplayName("a command that changes nothing appends nothing")
        void idempotent() {
            engine.execute(HEAD, new SetAcademicYear(ID, YEAR));
            long before = logSize();
            assertThat(engine.execute(HEAD, new SetAcademicYear(ID, YEAR)).changed()).isFalse();
            assertThat(engine.execute(HEAD, new HireStaff(ID, TEACHER.personId(), "Ёлкина", "Анна", "Петровна"))
                    .appended()).isEmpty();
            assertThat(logSize()).isEqualTo(before);
        }

        @Test
        @DisplayName("the state rebuilt from the log equals the live state")
        void rebuild() {
            TestSchool.setUpYear(engine);
            assertThat(engine.host().rebuildSchool(ID)).isEqualTo(engine.host().school(ID));
            JournalEngine other = TestSchool.engine(store);
            assertThat(other.host().school(ID)).isEqualTo(engine.host().school(ID));
        }

        @Test
        @DisplayName("the year cannot change once its periods are set")
        void yearFixed() {
            TestSchool.setUpYear(engine);
            AcademicYear other = new AcademicYear(2026, LocalDate.of(2026, 9, 2), LocalDate.of(2027, 5, 26));
            assertThatThrownBy(() -> engine.execute(HEAD, new SetAcademicYear(ID, other)))
                    .hasMessageContaining("cannot change once study periods are set");
        }
    }

    @Nested
    @DisplayName("ARC-4, ARC-5: the engine checks, backs up and restores a school's log")
    class Archive {

        @Test
        @Tag("ARC-5")
        @DisplayName("a backup restored into an empty store gives the same head hash and the same school")
        void backupAndRestore(@TempDir Path dir) {
            TestSchool.setUpYear(engine);
            Path file = dir.resolve("86-001.backup");
            engine.archive().backup(ID, file);
            JournalEngine restored = TestSchool.engine(new InMemoryEventStore());

            restored.archive().restore(file);

            assertThat(restored.archive().verify(ID).headHash()).isEqualTo(engine.archive().verify(ID).headHash());
            assertThat(restored.host().school(ID)).isEqualTo(engine.host().school(ID));
        }

        @Test
        @Tag("ARC-4")
        @DisplayName("the integrity report counts the whole log and names its head")
        void integrity() {
            assertThat(engine.archive().verify(ID).checked()).isEqualTo(logSize());
            assertThat(engine.archive().verify(ID).verified()).isTrue();
            assertThat(engine.archive().verify(ID).headHash())
                    .isEqualTo(store.read(Schools.streamOf(ID), logSize(), 1).get(0).event().hash());
        }
    }

    @Nested
    @DisplayName("building the engine")
    class Building {

        @Test
        @DisplayName("without a store the in-memory store is discovered as the embedded default")
        void discoversMemory() {
            try (JournalEngine discovered = JournalEngine.builder()
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()) {
                discovered.execute(ADMIN, new RegisterSchool("86-010", "Школа", SchoolCalendar.YUGRA));
                assertThat(discovered.host().school("86-010").registered()).isTrue();
            }
        }

        @Test
        @DisplayName("a chosen storage provider that is not on the class path is a CONFIGURATION error naming it")
        void unknownProvider() {
            assertThatThrownBy(() -> JournalEngine.builder().clock(Clock.systemUTC())
                    .storageProvider("jdbc", Map.of()).build())
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION))
                    .hasMessageContaining("the storage provider 'jdbc' was chosen but not found; found: [memory]");
        }

        @Test
        @DisplayName("a chosen notification provider that is not on the class path is a CONFIGURATION error naming the port")
        void unknownNotifierProvider() {
            assertThatThrownBy(() -> JournalEngine.builder().eventStore(store).clock(Clock.systemUTC())
                    .notifierProvider("email", Map.of()).build())
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION))
                    .hasMessageContaining("the notify provider 'email' was chosen but not found; found: [log]");
        }

        @Test
        @DisplayName("a setting given to the discovered logging channel is a CONFIGURATION error: it was meant for a missing channel")
        void settingsForTheLoggingChannel() {
            assertThatThrownBy(() -> JournalEngine.builder().eventStore(store).clock(Clock.systemUTC())
                    .notifierProvider("log", Map.of("host", "smtp.example.ru")).build())
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION))
                    .hasMessageContaining("the notify provider 'log' takes no settings, but was given [host]");
        }

        @Test
        @DisplayName("a clock is required: the engine never reads the system clock by itself")
        void clockRequired() {
            assertThatThrownBy(() -> JournalEngine.builder().eventStore(store).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("a clock is required");
        }
    }

    @Nested
    @DisplayName("concurrent commands")
    class Concurrency {

        @Test
        @Tag("ACC-7")
        @DisplayName("commands on one school from many threads are all kept, retried on conflict, never lost")
        void sameSchool() throws Exception {
            JournalEngine second = TestSchool.engine(store);
            int people = 40;
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<?>> done = new java.util.ArrayList<>();
                for (int i = 0; i < people; i++) {
                    JournalEngine through = i % 2 == 0 ? engine : second;
                    String person = "staff-" + i;
                    done.add(pool.submit(() -> {
                        start.await();
                        return through.execute(ADMIN, new AssignRole(ID, person, Role.SUBJECT_TEACHER));
                    }));
                }
                start.countDown();
                for (Future<?> future : done) {
                    future.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            for (int i = 0; i < people; i++) {
                assertThat(engine.host().school(ID).rolesOf("staff-" + i)).containsExactly(Role.SUBJECT_TEACHER);
            }
            assertThat(engine.archive().verify(ID).verified()).isTrue();
        }

        @Test
        @DisplayName("schools are separate streams: a second school has its own log and chain")
        void separateSchools() {
            engine.execute(ADMIN, new RegisterSchool("86-002", "МБОУ «Средняя школа № 2»", SchoolCalendar.YUGRA));
            assertThat(store.streamIds("school-")).containsExactly("school-86-001", "school-86-002");
            assertThat(engine.archive().verify("86-002").checked()).isEqualTo(2);
        }
    }
}
