package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;
import static org.schooljournal.core.journal.JournalSchool.absence;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.spi.notify.Notification;

@DisplayName("Digests: daily at the guardian's hour, weekly on Saturdays, each item once")
class DigestTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");
    private static final Actor FATHER = Actor.of("g-ivanov");
    private static final LocalDate SATURDAY = MONDAY.plusDays(5);

    private final JournalSchool school = JournalSchool.setUp();
    private final OutboxTest.Channel channel = new OutboxTest.Channel();

    private void subscribe(Actor guardian, String email, Schedule schedule) {
        school.school(new RegisterGuardian(ID, guardian.personId(), "Иванов", guardian == MOTHER ? "Ольга" : "Сергей",
                "", IVANOV));
        school.at(MONDAY.minusDays(3), LocalTime.of(18, 0));
        school.subscribe(guardian, email, schedule);
    }

    private void mondayEntries() {
        school.at(MONDAY, LocalTime.of(8, 35));
        school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "4", WorkKind.ORAL));
        school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(MONDAY, 1), "Обыкновенные дроби",
                LessonKind.LESSON));
        school.engine.execute(MATH, new AssignHomework(ID, MATH_5A, new LessonRef(MONDAY, 1), Optional.empty(),
                "№ 125, 127",
                Optional.empty()));
        school.at(MONDAY, LocalTime.of(9, 25));
        school.engine.execute(RUSSIAN, new RecordAbsence(ID, RUSSIAN_5A, new LessonRef(MONDAY, 2), IVANOV,
                AbsenceCode.UNEXCUSED));
        school.engine.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV, "Не принёс тетрадь", Copies.NONE));
    }

    private List<Notification> dispatchAt(LocalDate date, LocalTime time) {
        school.at(date, time);
        int before = channel.sent.size();
        school.engine.host().dispatch(ID, channel);
        return List.copyOf(channel.sent.subList(before, channel.sent.size()));
    }

    @Test
    @Tag("NTF-3")
    @Tag("UX-1")
    @DisplayName("NTF-3: a daily digest at 16:00 carries the day's marks, absences, topics, homework and remarks in Russian; later entries wait for the next day")
    void daily() {
        subscribe(MOTHER, "ivanova@example.ru", new Schedule(Schedule.Kind.DAILY, LocalTime.of(16, 0)));
        mondayEntries();

        assertThat(dispatchAt(MONDAY, LocalTime.of(15, 59))).isEmpty();
        school.at(MONDAY, LocalTime.of(16, 30));
        school.engine.execute(MATH, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 1), Mark.of("5"), "ошибка при вводе"));
        assertThat(dispatchAt(MONDAY, LocalTime.of(16, 45))).singleElement().satisfies(mail -> {
            assertThat(mail.address()).isEqualTo("ivanova@example.ru");
            assertThat(mail.subject()).isEqualTo("Ежедневный отчёт: Иванов Пётр");
            assertThat(mail.body()).contains("12.10.2026, «Математика»: отметка — 4 (Устный ответ)")
                    .contains("«Математика»: тема урока — Обыкновенные дроби")
                    .contains("«Математика»: домашнее задание — № 125, 127")
                    .contains("«Русский язык»: пропуск урока — н")
                    .contains("«Математика»: замечание — Не принёс тетрадь")
                    .doesNotContain("исправлено");
        });
        assertThat(dispatchAt(MONDAY, LocalTime.of(17, 0))).as("one digest a day").isEmpty();

        assertThat(dispatchAt(MONDAY.plusDays(1), LocalTime.of(16, 0))).singleElement().satisfies(mail ->
                assertThat(mail.body()).contains("12.10.2026, «Математика»: отметка исправлено — 5 (Устный ответ)")
                        .doesNotContain("тема урока").doesNotContain("замечание"));
        assertThat(dispatchAt(MONDAY.plusDays(2), LocalTime.of(16, 0))).as("nothing new, no digest").isEmpty();
    }

    @Test
    @Tag("NTF-3")
    @DisplayName("NTF-3: no digest for a slot before the guardian subscribed; the first one carries the day before its slot")
    void firstDigestAfterSubscribing() {
        mondayEntries();
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "", IVANOV));
        school.at(MONDAY, LocalTime.of(13, 30));
        school.subscribe(MOTHER, "ivanova@example.ru", new Schedule(Schedule.Kind.DAILY, LocalTime.of(16, 0)));

        assertThat(dispatchAt(MONDAY, LocalTime.of(14, 0))).as("Sunday's slot is before the subscription").isEmpty();
        assertThat(dispatchAt(MONDAY, LocalTime.of(16, 0))).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("отметка — 4").contains("замечание"));
    }

    @Test
    @Tag("NTF-3")
    @DisplayName("NTF-3: a weekly digest goes out on Saturday at the chosen hour with the whole week, not before")
    void weekly() {
        subscribe(FATHER, "ivanov@example.ru", new Schedule(Schedule.Kind.WEEKLY, LocalTime.of(10, 0)));
        mondayEntries();

        assertThat(dispatchAt(SATURDAY.minusDays(1), LocalTime.of(16, 0))).isEmpty();
        assertThat(dispatchAt(SATURDAY, LocalTime.of(9, 59))).isEmpty();
        assertThat(dispatchAt(SATURDAY, LocalTime.of(10, 0))).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Еженедельный отчёт: Иванов Пётр");
            assertThat(mail.body()).contains("отметка — 4").contains("пропуск урока — н").contains("замечание");
        });
        assertThat(dispatchAt(SATURDAY.plusDays(7), LocalTime.of(10, 0))).isEmpty();
    }

    @Test
    @Tag("NTF-3")
    @DisplayName("NTF-3: over any days of entries and dispatches, a remark reaches a daily subscriber exactly once if it was entered from a day before the first digest's slot until the last one's, never otherwise")
    void eachItemOnce() {
        qt().withExamples(15).withShrinkCycles(0)
                .forAll(lists().of(integers().between(0, 4 * 24 - 1)).ofSizeBetween(1, 12),
                        lists().of(integers().between(1, 4 * 24)).ofSizeBetween(1, 6))
                .checkAssert((entryHours, dispatchHours) -> {
                    JournalSchool fresh = JournalSchool.setUp();
                    OutboxTest.Channel sink = new OutboxTest.Channel();
                    fresh.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "", IVANOV));
                    fresh.at(MONDAY.minusDays(3), LocalTime.of(18, 0));
                    fresh.subscribe(MOTHER, "m@example.ru", new Schedule(Schedule.Kind.DAILY, LocalTime.of(16, 0)));
                    List<Integer> events = new ArrayList<>();
                    entryHours.forEach(hour -> events.add(hour * 2));
                    dispatchHours.forEach(hour -> events.add(hour * 2 + 1));
                    events.sort(Integer::compare);
                    int remarks = 0;
                    for (int event : events) {
                        fresh.at(MONDAY, LocalTime.MIDNIGHT);
                        fresh.clock.advance(Duration.ofMinutes(event * 30L));
                        if (event % 2 == 0) {
                            fresh.engine.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV,
                                    "замечание [" + remarks++ + "]",
                                    Copies.NONE));
                        } else {
                            fresh.engine.host().dispatch(ID, sink);
                        }
                    }
                    List<Instant> slots = sink.sent.stream().map(mail -> Instant.parse(
                            mail.idempotencyKey().substring(mail.idempotencyKey().lastIndexOf('/') + 1))).sorted().toList();
                    for (int n = 0; n < remarks; n++) {
                        String marker = "[" + n + "]";
                        long times = sink.sent.stream().filter(mail -> mail.body().contains(marker)).count();
                        Instant at = fresh.engine.host().rebuildJournal(ID, MATH_5A).entry(n + 1).orElseThrow()
                                .original().recordedAt();
                        boolean due = !slots.isEmpty() && at.isAfter(slots.get(0).minus(Duration.ofDays(1)))
                                && !at.isAfter(slots.get(slots.size() - 1));
                        assertThat(times).as("remark %s of %s, slots %s", n, at, slots).isEqualTo(due ? 1 : 0);
                    }
                });
    }
}
