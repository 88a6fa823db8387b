package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.absence;

import java.time.LocalTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.StoredEnvelopes;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.Identifiers;
import org.schooljournal.spi.ErrorCode;

/**
 * Fault 1 of issue 12, "poison": a guardian whose identifier held a line break was registered; the
 * «н» then recorded for the child was appended, and only then did building the guardian's
 * notification throw — from then on, even after a restart, every read and write of the journal,
 * the diaries of the class, its summary sheet and the school's dispatch threw. Now such an
 * identifier is refused when it is given, and a log that holds one (written before) still folds.
 */
@Tag("ATT-5")
@Tag("PD-1")
@Tag("NTF-5")
@DisplayName("ATT-5, PD-1, NTF-5: a poisoned guardian identifier can neither enter nor break the journal")
class PoisonedInputsTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");

    static Stream<String> poisonedIds() {
        return Stream.of("g-\nx", "g-\r\nx", "g-\u0000x", "g-/x", "g x", "g".repeat(Identifiers.PERSON_ID_MAX + 1),
                "g".repeat(191), "-g", "g-\u202Ex", "g-\uD800x", "е\u0308");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("poisonedIds")
    @DisplayName("ATT-5, PD-1: a guardian identifier with a line break, NUL, slash, space, bidi control or lone "
            + "surrogate, or over 64 characters, is refused with VALIDATION naming guardianId; nothing is appended")
    void poisonedGuardianIdIsRefused(String poisoned) {
        JournalSchool school = JournalSchool.setUp();
        long before = StoredEnvelopes.of(school.store).size();

        assertThatThrownBy(() -> school.school(new RegisterGuardian(ID, poisoned, "Иванова", "Ольга", "Сергеевна",
                IVANOV)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                    assertThat(e.violations()).extracting(InvalidCommandException.Violation::field)
                            .containsExactly("guardianId");
                    assertThat(e.getMessage()).doesNotContain("\n", "\r", "\u0000").hasSizeLessThan(1000);
                });
        assertThat(StoredEnvelopes.of(school.store)).hasSize((int) before);
    }

    @Test
    @DisplayName("ATT-5, NTF-5: after a poisoned registration is refused, the «н» for the child is recorded and told to "
            + "the consenting guardian; the journal, the diaries, the summary sheet and the dispatch work, after a restart too")
    void theAbsenceAfterARefusedPoisonIsRecordedAndTold() {
        JournalSchool school = JournalSchool.setUp();
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        assertThatThrownBy(() -> school.school(new RegisterGuardian(ID, "g-\nx", "Иванов", "Сергей", "Петрович",
                IVANOV))).isInstanceOf(InvalidCommandException.class);
        school.at(MONDAY.minusDays(3), LocalTime.of(18, 0));
        school.subscribe(MOTHER, "ivanova@example.ru", Schedule.IMMEDIATE);
        school.at(MONDAY, LocalTime.of(8, 40));

        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));

        EveryRead.Kept told = EveryRead.of(school.engine, ID);
        assertThat(told.sent).singleElement().satisfies(n -> {
            assertThat(n.address()).isEqualTo("ivanova@example.ru");
            assertThat(n.subject()).isEqualTo("Отсутствовал на уроке");
        });
        JournalEngine restarted = JournalEngine.builder().eventStore(school.store).clock(school.clock).build();
        EveryRead.of(restarted, ID);
        restarted.execute(MATH, absence(MONDAY, 1, JournalSchool.ALEKSEEVA, AbsenceCode.ILLNESS));
    }

    @Test
    @DisplayName("ATT-5, PD-1: a log written before identifiers were validated — a guardian id with a line break, its "
            + "consent and the «н» it was to be told of — folds after a restart: every read and the dispatch work, and "
            + "the notification is kept failed for good, never sent")
    void aPoisonedLogStillFolds() {
        JournalSchool school = JournalSchool.setUp();
        school.school(new RegisterGuardian(ID, "g-poison", "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.at(MONDAY.minusDays(3), LocalTime.of(18, 0));
        school.subscribe(Actor.of("g-poison"), "ivanova@example.ru", Schedule.IMMEDIATE);
        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        InMemoryEventStore poisoned = StoreCopy.rewritten(school.store, "g-poison", "g-\npoison", "g-\\npoison");

        JournalEngine restarted = JournalEngine.builder().eventStore(poisoned).clock(school.clock).build();

        assertThat(restarted.host().school(ID).rolesOf("g-\npoison")).isNotEmpty();
        EveryRead.Kept told = EveryRead.of(restarted, ID);
        assertThat(told.sent).isEmpty();
        assertThat(restarted.journals().read(DEPUTY, ID, MATH_5A).state().outbox().values()).singleElement()
                .satisfies(item -> {
                    assertThat(item.status()).isEqualTo(OutboxItem.Status.FAILED);
                    assertThat(item.guardianId()).isEqualTo("g-\npoison");
                    assertThat(item.lastReason()).hasValueSatisfying(reason -> assertThat(reason)
                            .startsWith("the stored notification cannot be sent").doesNotContain("\n"));
                });
        restarted.execute(MATH, absence(MONDAY, 1, JournalSchool.ALEKSEEVA, AbsenceCode.UNEXCUSED));
        EveryRead.of(restarted, ID);
    }
}
