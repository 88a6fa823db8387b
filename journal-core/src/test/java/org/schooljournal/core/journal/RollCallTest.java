package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;
import static org.schooljournal.core.journal.JournalSchool.absence;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.rules.ruleset.RuleSets;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

@DisplayName("A class's roll call in one command: one attendance entry per absent pupil, all pupils checked first")
class RollCallTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");
    private static final Actor FATHER = Actor.of("g-alekseev");
    private static final LessonRef FIRST = new LessonRef(MONDAY, 1);

    private final JournalSchool school = JournalSchool.setUp();

    private static RecordRollCall rollCall(RecordRollCall.Absence... absences) {
        return new RecordRollCall(ID, MATH_5A, FIRST, Arrays.asList(absences));
    }

    private static RecordRollCall.Absence absent(String studentId, AbsenceCode code) {
        return new RecordRollCall.Absence(studentId, code);
    }

    private long version() {
        return school.store.version(MATH_5A.stream(ID));
    }

    private JournalState journal() {
        return school.engine.journals().read(DEPUTY, ID, MATH_5A).state();
    }

    /** Registers Иванов's mother (who may be e-mailed) and Алексеева's father (who may not: no consent). */
    private static void guardians(JournalSchool school) {
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.school(new RegisterGuardian(ID, FATHER.personId(), "Алексеев", "Павел", "Ильич", ALEKSEEVA));
        school.at(MONDAY.minusDays(3), LocalTime.of(18, 0));
        school.subscribe(MOTHER, "ivanova@example.ru", Schedule.IMMEDIATE);
        school.engine.notifications().setContactEmail(FATHER, ID, FATHER.personId(), "alekseev@example.ru",
                DocumentForm.ELECTRONIC);
    }

    private static InvalidCommandException.Violation violation(String field, String value) {
        return new InvalidCommandException.Violation(field, value, "");
    }

    @Test
    @Tag("ATT-1")
    @DisplayName("ATT-1: each listed pupil gets an attendance entry with its code, in the list's order, in one append; the receipt names them")
    void oneEntryPerAbsentPupil() {
        school.at(MONDAY, LocalTime.of(8, 35));

        Recorded recorded = school.engine.execute(MATH, rollCall(absent(YOLKIN, AbsenceCode.ILLNESS),
                absent(IVANOV, AbsenceCode.UNEXCUSED), absent(ALEKSEEVA, AbsenceCode.EXCUSED)));

        assertThat(recorded.entries()).containsExactly(1, 2, 3);
        assertThat(recorded.appended()).hasSize(3).extracting(e -> e.event().type()).containsOnly("EntryRecorded");
        assertThat(version()).isEqualTo(3);
        assertThat(journal().entries(e -> true)).allSatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(EntryKind.ATTENDANCE);
            assertThat(entry.lesson()).contains(FIRST);
            assertThat(entry.current().author()).isEqualTo(MATH.personId());
            assertThat(entry.current().recordedAt()).isEqualTo(school.clock.instant());
        }).extracting(e -> e.studentId().orElseThrow() + " " + e.current().value())
                .containsExactly(YOLKIN + " б", IVANOV + " н", ALEKSEEVA + " ну");
    }

    @Test
    @Tag("ATT-1")
    @Tag("ATT-5")
    @DisplayName("ATT-1, ATT-5: a roll call records exactly what one RecordAbsence per pupil records: the same entries, timing and guardians' notifications")
    void sameAsOneAbsenceAtATime() {
        JournalSchool single = JournalSchool.setUp();
        guardians(single);
        guardians(school);
        single.at(MONDAY, LocalTime.of(8, 50, 30));
        school.at(MONDAY, LocalTime.of(8, 50, 30));

        single.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        single.engine.execute(MATH, absence(MONDAY, 1, YOLKIN, AbsenceCode.ILLNESS));
        single.engine.execute(MATH, absence(MONDAY, 1, ALEKSEEVA, AbsenceCode.UNEXCUSED));
        school.engine.execute(MATH, rollCall(absent(IVANOV, AbsenceCode.UNEXCUSED), absent(YOLKIN, AbsenceCode.ILLNESS),
                absent(ALEKSEEVA, AbsenceCode.UNEXCUSED)));

        JournalState one = single.engine.journals().read(DEPUTY, ID, MATH_5A).state();
        assertThat(journal()).isEqualTo(one);
        assertThat(journal().outbox().values()).singleElement().satisfies(item -> {
            assertThat(item.guardianId()).isEqualTo(MOTHER.personId());
            assertThat(item.notification().subject()).isEqualTo("Отсутствовал на уроке");
            assertThat(item.notification().body()).contains("Иванов Пётр").contains("08:30–09:10");
            assertThat(item.status()).isEqualTo(OutboxItem.Status.PENDING);
        });
        assertThat(version()).as("three entries and one notification").isEqualTo(4);
    }

    @Test
    @Tag("ATT-2")
    @DisplayName("ATT-2: at 8:50:00 for an 8:30 lesson every entry is on time; at 8:50:01 every entry is late by 1 s and listed late")
    void twentyMinutesPerEntry() {
        school.at(MONDAY, LocalTime.of(8, 50));
        school.engine.execute(MATH, rollCall(absent(IVANOV, AbsenceCode.UNEXCUSED)));
        school.at(MONDAY, LocalTime.of(8, 50, 1));
        school.engine.execute(MATH, rollCall(absent(ALEKSEEVA, AbsenceCode.ILLNESS), absent(YOLKIN, AbsenceCode.EXCUSED)));

        List<EntryTiming> timings = journal().entries(e -> true).stream()
                .map(e -> e.original().timing().orElseThrow()).toList();
        assertThat(timings).extracting(EntryTiming::rule).containsOnly(RuleId.ATT_2);
        assertThat(timings).extracting(EntryTiming::verdict)
                .containsExactly(Timeliness.ON_TIME, Timeliness.LATE, Timeliness.LATE);
        assertThat(timings.get(2).lateBy()).isEqualTo(Duration.ofSeconds(1));
        assertThat(school.engine.journals().read(DEPUTY, ID, MATH_5A).lateEntries()).extracting(JournalEntry::number)
                .containsExactly(2, 3);
    }

    @Test
    @Tag("ATT-2")
    @DisplayName("ATT-2: a roll call before the lesson's start is refused with OUT_OF_TIME, even one with nobody absent; nothing is appended")
    void beforeTheLessonRefused() {
        school.at(MONDAY, LocalTime.of(8, 29, 59));

        assertThatThrownBy(() -> school.engine.execute(MATH, rollCall(absent(IVANOV, AbsenceCode.UNEXCUSED))))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME))
                .hasMessageContaining("RecordRollCall").hasMessageContaining("ATT-2");
        assertThatThrownBy(() -> school.engine.execute(MATH, rollCall()))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME));
        assertThat(version()).isZero();
    }

    @Test
    @Tag("ATT-2")
    @DisplayName("ATT-2: a rule set that REJECTs late attendance refuses a late roll call whole; nothing is appended")
    void rejectEnforcement() {
        JournalEngine strict = JournalEngine.builder().eventStore(school.store).clock(school.clock)
                .ruleSet(RuleSets.yugra2020().withOverrides("{\"rules\": {\"ATT-2\": {\"enforcement\": \"REJECT\"}}}"))
                .build();
        school.at(MONDAY, LocalTime.of(8, 50, 1));

        assertThatThrownBy(() -> strict.execute(MATH, rollCall(absent(IVANOV, AbsenceCode.UNEXCUSED),
                absent(YOLKIN, AbsenceCode.ILLNESS))))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_TIME))
                .hasMessageContaining("REJECT");
        assertThat(version()).isZero();
    }

    @Test
    @Tag("ATT-1")
    @DisplayName("ATT-1: nobody absent records nothing and appends nothing")
    void everyonePresent() {
        school.at(MONDAY, LocalTime.of(8, 35));

        Recorded recorded = school.engine.execute(MATH, rollCall());

        assertThat(recorded.changed()).isFalse();
        assertThat(recorded.entries()).isEmpty();
        assertThat(version()).isZero();
    }

    @Test
    @Tag("ATT-1")
    @DisplayName("ATT-1: every bad pupil is named by place, value and rule — not a student, listed twice, attendance already there — and nothing is appended")
    void everyBadPupilNamed() {
        school.at(MONDAY, LocalTime.of(8, 35));
        school.engine.execute(MATH, absence(MONDAY, 1, YOLKIN, AbsenceCode.ILLNESS));

        assertThatThrownBy(() -> school.engine.execute(MATH, rollCall(absent(IVANOV, AbsenceCode.UNEXCUSED),
                absent("s-nobody", AbsenceCode.UNEXCUSED), absent(YOLKIN, AbsenceCode.UNEXCUSED),
                absent(IVANOV, AbsenceCode.ILLNESS), absent(ALEKSEEVA, AbsenceCode.UNEXCUSED))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                    assertThat(e.violations()).extracting(v -> violation(v.field(), v.value())).containsExactly(
                            violation("absences[1].studentId", "s-nobody"),
                            violation("absences[2].studentId", YOLKIN),
                            violation("absences[3].studentId", IVANOV));
                    assertThat(e.violations().get(0).rule()).isEqualTo("is not a student of journal " + MATH_5A
                            + " on " + MONDAY);
                    assertThat(e.violations().get(1).rule()).contains("has attendance for lesson " + FIRST)
                            .contains("as entry 1 («б»)").contains("CorrectEntry");
                    assertThat(e.violations().get(2).rule()).isEqualTo("is listed twice in the roll call: also as"
                            + " absences[0]");
                })
                .hasMessageContaining("RecordRollCall is invalid");
        assertThat(version()).as("only the earlier absence").isEqualTo(1);
    }

    @Test
    @Tag("ATT-1")
    @DisplayName("ATT-1: a pupil without a code, a missing pupil or a blank id is refused by validation naming its place; nothing is appended")
    void missingCodeOrPupil() {
        school.at(MONDAY, LocalTime.of(8, 35));

        assertThatThrownBy(() -> school.engine.execute(MATH, rollCall(absent(IVANOV, AbsenceCode.UNEXCUSED),
                absent(ALEKSEEVA, null), null, absent(" ", AbsenceCode.ILLNESS))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(InvalidCommandException.Violation::field)
                        .contains("absences[1].code", "absences[2].<list element>", "absences[3].studentId")
                        .doesNotContain("absences[0].code", "absences[0].studentId"));
        assertThat(version()).isZero();
    }

    @Test
    @DisplayName("a roll call of more than 1000 pupils is refused by validation naming absences; the list is copied when made")
    void boundedAndCopied() {
        school.at(MONDAY, LocalTime.of(8, 35));
        List<RecordRollCall.Absence> many = new ArrayList<>(Collections.nCopies(RecordRollCall.MAX_ABSENCES + 1,
                absent(IVANOV, AbsenceCode.UNEXCUSED)));

        assertThatThrownBy(() -> school.engine.execute(MATH, new RecordRollCall(ID, MATH_5A, FIRST, many)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(InvalidCommandException.Violation::field).containsExactly("absences"));

        List<RecordRollCall.Absence> given = new ArrayList<>(List.of(absent(IVANOV, AbsenceCode.UNEXCUSED)));
        RecordRollCall command = new RecordRollCall(ID, MATH_5A, FIRST, given);
        given.clear();
        assertThat(command.absences()).hasSize(1);
        assertThatThrownBy(() -> command.absences().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(version()).isZero();
    }

    @Test
    @Tag("ATT-1")
    @DisplayName("ATT-1: a slot without the journal's lesson is refused naming the lesson; a teacher of another journal is ACCESS_DENIED")
    void lessonAndRight() {
        school.at(MONDAY, LocalTime.of(8, 35));

        assertThatThrownBy(() -> school.engine.execute(MATH, new RecordRollCall(ID, MATH_5A, new LessonRef(MONDAY, 3),
                List.of(absent(IVANOV, AbsenceCode.UNEXCUSED)))))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("no math in that slot");
        assertThatThrownBy(() -> school.engine.execute(JournalSchool.RUSSIAN, rollCall(absent(IVANOV, AbsenceCode.UNEXCUSED))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(version()).isZero();
    }

    @Test
    @Tag("ATT-1")
    @DisplayName("ATT-1: a roll call given a command id and repeated appends once and returns the first receipt")
    void repeatedWithAnId() {
        school.at(MONDAY, LocalTime.of(8, 35));
        org.schooljournal.core.school.CommandId id = org.schooljournal.core.school.CommandId.of("roll-call-5A-monday-1");
        RecordRollCall command = rollCall(absent(IVANOV, AbsenceCode.UNEXCUSED), absent(YOLKIN, AbsenceCode.ILLNESS));

        Recorded first = school.engine.execute(MATH, command, id);
        Recorded again = school.engine.execute(MATH, command, id);

        assertThat(again.entries()).isEqualTo(first.entries()).containsExactly(1, 2);
        assertThat(version()).isEqualTo(2);
    }
}
