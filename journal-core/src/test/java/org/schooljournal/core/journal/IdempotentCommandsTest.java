package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;

import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.log.CommandStamp;
import org.schooljournal.core.log.DelegatingStore;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.school.CommandId;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.Receipt;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventData;
import org.schooljournal.spi.storage.EventEnvelope;
import org.schooljournal.spi.storage.EventStore;

/**
 * Idempotent commands (DESIGN.md, principle 9): a host may give each command an id; its events'
 * ids derive from the school and the id, and a repeat — after an unclear error, a crash, a lost
 * reply — appends nothing and returns the first outcome, also from another engine over the same
 * store and after a restart; the same id with another command is CONFLICT. The remark a teacher
 * repeats after a timeout is stored and mailed once.
 */
@Tag("ACC-7")
@Tag("ARC-6")
@DisplayName("ACC-7, ARC-6: a command repeated with its id is recorded once and answers as the first time")
class IdempotentCommandsTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");
    private static final CommandId ID_1 = CommandId.of("req-2026-10-12-0001");

    private final JournalSchool school = JournalSchool.setUp();

    @BeforeEach
    void guardian() {
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.at(MONDAY, LocalTime.of(9, 15));
        school.subscribe(MOTHER, "ivanova@example.ru", Schedule.IMMEDIATE);
    }

    private static MakeRemark remark(String text) {
        return new MakeRemark(ID, MATH_5A, IVANOV, text, Copies.NONE);
    }

    private long journalVersion() {
        return school.store.version(MATH_5A.stream(ID));
    }

    private int queued(JournalEngine engine) {
        return engine.host().journal(ID, MATH_5A).outbox().size();
    }

    @Test
    @DisplayName("a remark repeated with its id appends nothing, is queued for the guardian once, and answers the same")
    void repeatedRemark() {
        Recorded first = school.engine.execute(MATH, remark("Опоздал на урок"), ID_1);
        long version = journalVersion();
        school.clock.advance(java.time.Duration.ofMinutes(3));

        Recorded again = school.engine.execute(MATH, remark("Опоздал на урок"), ID_1);

        assertThat(again).isEqualTo(first);
        assertThat(first.changed()).isTrue();
        assertThat(journalVersion()).isEqualTo(version);
        assertThat(queued(school.engine)).isEqualTo(1);
        assertThat(school.engine.host().journal(ID, MATH_5A).entries()).hasSize(1);
        assertThat(first.appended()).extracting(e -> e.event().eventId()).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(8);
            assertThat(id).isEqualTo(CommandStamp.of(ID, ID_1.value(), MATH.personId(), remark("Опоздал на урок"))
                    .eventId(first.appended().stream().map(e -> e.event().eventId()).toList().indexOf(id)));
        });
    }

    @Test
    @DisplayName("without an id the same remark twice is two remarks, as before")
    void withoutAnIdEachCommandCounts() {
        school.engine.execute(MATH, remark("Опоздал на урок"));
        school.engine.execute(MATH, remark("Опоздал на урок"));

        assertThat(school.engine.host().journal(ID, MATH_5A).entries()).hasSize(2);
        assertThat(queued(school.engine)).isEqualTo(2);
    }

    @Test
    @DisplayName("the repeat by another engine over the same store, or after a restart, answers the same and appends nothing")
    void repeatedByAnotherEngine() {
        Recorded first = school.engine.execute(MATH, remark("Опоздал на урок"), ID_1);
        long version = journalVersion();

        JournalEngine restarted = JournalEngine.builder().eventStore(school.store).clock(school.clock).build();
        Recorded again = restarted.execute(MATH, remark("Опоздал на урок"), ID_1);

        assertThat(again).isEqualTo(first);
        assertThat(journalVersion()).isEqualTo(version);
        assertThat(queued(restarted)).isEqualTo(1);
    }

    @Test
    @DisplayName("after a STORAGE error whose append did reach the store, the repeat returns what was stored")
    void repeatAfterAnUnclearError() {
        AtomicBoolean loseTheReply = new AtomicBoolean(true);
        EventStore flaky = new DelegatingStore(school.store) {
            @Override
            public List<EventEnvelope> append(String streamId, long expectedVersion, List<EventData> events) {
                List<EventEnvelope> stored = super.append(streamId, expectedVersion, events);
                if (loseTheReply.getAndSet(false)) {
                    throw new JournalException(ErrorCode.STORAGE, "the connection was lost before the commit's reply;"
                            + " repeating the append with the same events is safe");
                }
                return stored;
            }
        };
        JournalEngine engine = JournalEngine.builder().eventStore(flaky).clock(school.clock).build();
        long before = journalVersion();

        assertThatThrownBy(() -> engine.execute(MATH, remark("Не выполнил домашнее задание"), ID_1))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE));
        Recorded again = engine.execute(MATH, remark("Не выполнил домашнее задание"), ID_1);

        assertThat(again.changed()).isTrue();
        assertThat(again.appended()).isEqualTo(school.store.read(MATH_5A.stream(ID), before + 1, 10));
        assertThat(again.entries()).hasSize(1);
        assertThat(queued(engine)).isEqualTo(1);
    }

    @Test
    @DisplayName("a HireStaff repeated with its id returns its first receipt, where without one it answers that nothing changed")
    void repeatedSchoolCommand() {
        HireStaff hire = new HireStaff(ID, "t-new", "Новикова", "Анна", "Петровна");
        Receipt first = school.engine.execute(HEAD, hire, ID_1);

        Receipt again = school.engine.execute(HEAD, hire, ID_1);

        assertThat(again).isEqualTo(first);
        assertThat(first.changed()).isTrue();
        assertThat(school.engine.execute(HEAD, hire).changed())
                .as("without its id the repeat is decided again, and records nothing").isFalse();
    }

    @Test
    @DisplayName("the same id with other fields, another actor or another stream is CONFLICT naming the id; nothing is appended")
    void sameIdAnotherCommand() {
        school.engine.execute(MATH, remark("Опоздал на урок"), ID_1);
        long version = journalVersion();
        long schoolVersion = school.store.version("school-" + ID);

        assertThatThrownBy(() -> school.engine.execute(MATH, remark("Шумел на уроке"), ID_1))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessageStartingWith("command id req-2026-10-12-0001 was already used in " + ID
                        + " for another command (other fields or another actor), whose first event is envelope ")
                .hasMessageContaining("a EntryRecorded by " + MATH.personId())
                .hasMessageEndingWith("; a command id names one command: give this one an id of its own");
        assertThatThrownBy(() -> school.engine.execute(RUSSIAN, remark("Опоздал на урок"), ID_1))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThatThrownBy(() -> school.engine.execute(HEAD, new HireStaff(ID, "t-new", "Новикова", "Анна", "Петровна"),
                ID_1))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessageContaining("for a command to stream " + MATH_5A.stream(ID));
        assertThat(journalVersion()).isEqualTo(version);
        assertThat(school.store.version("school-" + ID)).isEqualTo(schoolVersion);
    }

    @Test
    @DisplayName("two engines given the same command with the same id at once record it once")
    void twoEnginesAtOnce() throws Exception {
        JournalEngine other = JournalEngine.builder().eventStore(school.store).clock(school.clock).build();
        school.engine.host().journal(ID, MATH_5A);
        other.host().journal(ID, MATH_5A);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Recorded>> done = List.of(school.engine, other).stream().map(engine -> pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return engine.execute(MATH, remark("Опоздал на урок"), ID_1);
            })).toList();
            Recorded one = done.get(0).get(30, TimeUnit.SECONDS);
            Recorded two = done.get(1).get(30, TimeUnit.SECONDS);

            assertThat(two.appended()).isEqualTo(one.appended());
            assertThat(JournalEngine.builder().eventStore(school.store).clock(school.clock).build().host()
                    .journal(ID, MATH_5A).entries()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a command id is 1 to 128 characters of letters, digits and . _ : -; a bad one is refused naming its value, cut")
    void commandIdGrammar() {
        assertThat(CommandId.of(java.util.UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e")).value())
                .isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(CommandId.of("a".repeat(128)).value()).hasSize(128);
        for (String bad : List.of("", "a b", "a\nb", "a".repeat(129), "идентификатор")) {
            assertThatThrownBy(() -> CommandId.of(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("commandId must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':' and '-'");
        }
        assertThatThrownBy(() -> CommandId.of("x".repeat(1_000_000) + " "))
                .hasMessageEndingWith("… (1000001 characters)\"").message().hasSizeLessThan(300);
    }
}
