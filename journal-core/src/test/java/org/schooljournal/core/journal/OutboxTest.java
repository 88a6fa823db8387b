package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.absence;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.notification.SetNotificationSettings;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.Notification;
import org.schooljournal.spi.notify.Notifier;
import org.schooljournal.core.notification.DispatchReport;
import org.schooljournal.core.notification.OutboxItem;

@DisplayName("Absence notifications: recorded in the outbox with the «н», delivered once, retried, followed up")
class OutboxTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");
    private static final Actor FATHER = Actor.of("g-alekseev");

    private final JournalSchool school = JournalSchool.setUp();
    private final Channel channel = new Channel();

    /** A channel that records what it sends, and can be down. */
    static final class Channel implements Notifier {
        final List<Notification> sent = new ArrayList<>();
        boolean up = true;

        @Override
        public synchronized DeliveryOutcome deliver(Notification notification) {
            if (!up) {
                return DeliveryOutcome.retryLater("connection refused");
            }
            sent.add(notification);
            return DeliveryOutcome.sent();
        }
    }

    @BeforeEach
    void guardians() {
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.school(new RegisterGuardian(ID, FATHER.personId(), "Алексеев", "Павел", "Ильич", ALEKSEEVA));
        school.at(MONDAY.minusDays(3), LocalTime.of(18, 0));
        school.subscribe(MOTHER, "ivanova@example.ru", Schedule.IMMEDIATE);
        school.engine.notifications().setContactEmail(FATHER, ID, FATHER.personId(), "alekseev@example.ru", DocumentForm.ELECTRONIC);
        school.at(MONDAY, LocalTime.of(8, 40));
    }

    private List<OutboxItem> outbox() {
        return List.copyOf(school.engine.journals().read(DEPUTY, ID, MATH_5A).state().outbox().values());
    }

    @Test
    @Tag("ATT-5")
    @Tag("UX-1")
    @DisplayName("ATT-5: an «н» puts «Отсутствовал на уроке» in the outbox for the consenting, confirmed guardian only, in Russian")
    void absenceIsQueued() {
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        school.engine.execute(MATH, absence(MONDAY, 1, ALEKSEEVA, AbsenceCode.UNEXCUSED));
        school.engine.execute(MATH, absence(MONDAY, 1, JournalSchool.YOLKIN, AbsenceCode.ILLNESS));

        assertThat(outbox()).singleElement().satisfies(item -> {
            assertThat(item.guardianId()).isEqualTo(MOTHER.personId());
            assertThat(item.notification().address()).isEqualTo("ivanova@example.ru");
            assertThat(item.notification().subject()).isEqualTo("Отсутствовал на уроке");
            assertThat(item.notification().body()).contains("Иванов Пётр").contains("Математика")
                    .contains("12.10.2026").contains("08:30–09:10").contains("МБОУ «Средняя школа № 1»");
            assertThat(item.status()).isEqualTo(OutboxItem.Status.PENDING);
        });
    }

    @Test
    @Tag("ATT-5")
    @DisplayName("a dispatch sends each due notification once; a second dispatch sends nothing again")
    void sentOnce() {
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));

        assertThat(school.engine.host().dispatch(ID, channel)).isEqualTo(new DispatchReport(1, 0, 0));
        assertThat(school.engine.host().dispatch(ID, channel)).isEqualTo(new DispatchReport(0, 0, 0));

        assertThat(channel.sent).singleElement().satisfies(n -> assertThat(n.subject()).isEqualTo("Отсутствовал на уроке"));
        assertThat(outbox()).singleElement().satisfies(item -> assertThat(item.status()).isEqualTo(OutboxItem.Status.SENT));
    }

    @Test
    @Tag("ATT-5")
    @DisplayName("a channel that is down: the notification waits a minute, then twice as long, and goes out exactly once after recovery")
    void retriedUntilTheChannelRecovers() {
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        channel.up = false;

        assertThat(school.engine.host().dispatch(ID, channel)).isEqualTo(new DispatchReport(0, 1, 0));
        assertThat(school.engine.host().dispatch(ID, channel)).as("not due yet").isEqualTo(new DispatchReport(0, 0, 0));
        school.clock.advance(Duration.ofMinutes(1));
        assertThat(school.engine.host().dispatch(ID, channel)).isEqualTo(new DispatchReport(0, 1, 0));
        assertThat(outbox().get(0).nextAttemptAt()).contains(school.clock.instant().plus(Duration.ofMinutes(2)));

        channel.up = true;
        school.clock.advance(Duration.ofMinutes(2));
        assertThat(school.engine.host().dispatch(ID, channel)).isEqualTo(new DispatchReport(1, 0, 0));
        school.clock.advance(Duration.ofHours(1));
        school.engine.host().dispatch(ID, channel);

        assertThat(channel.sent).hasSize(1);
        assertThat(outbox().get(0).attempts()).isEqualTo(3);
    }

    @Test
    @Tag("ATT-5")
    @DisplayName("ATT-5: correcting «н» to «б» sends a follow-up to those told of the absence, not silence")
    void followUp() {
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        school.engine.host().dispatch(ID, channel);
        school.clock.advance(Duration.ofDays(1));

        school.engine.execute(MATH, CorrectEntry.absence(ID, new EntryRef(MATH_5A, 1), AbsenceCode.ILLNESS,
                "справка № 5"));
        school.engine.host().dispatch(ID, channel);

        assertThat(channel.sent).hasSize(2);
        assertThat(channel.sent.get(1).body()).contains("по болезни («б»)").contains("Иванов Пётр");
        assertThat(channel.sent.get(1).idempotencyKey()).isNotEqualTo(channel.sent.get(0).idempotencyKey());
    }

    @Test
    @Tag("NTF-3")
    @DisplayName("a guardian on a daily digest gets no immediate notification")
    void digestSubscribersWait() {
        school.engine.execute(MOTHER, new SetNotificationSettings(ID, MOTHER.personId(), true, true,
                new Schedule(Schedule.Kind.DAILY, LocalTime.of(16, 0)), DocumentForm.ELECTRONIC));

        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));

        assertThat(outbox()).isEmpty();
    }

    @Test
    @Tag("NTF-3")
    @Tag("UX-1")
    @DisplayName("NTF-3: a new mark reaches the guardian on immediate delivery as «Новая отметка», with the mark and the kind of work")
    void newMark() {
        school.engine.execute(MATH, JournalSchool.mark(MONDAY, 1, IVANOV, "5", WorkKind.ORAL));
        school.engine.execute(MATH, JournalSchool.mark(MONDAY, 1, ALEKSEEVA, "4", WorkKind.ORAL));

        assertThat(outbox()).singleElement().satisfies(item -> {
            assertThat(item.guardianId()).isEqualTo(MOTHER.personId());
            assertThat(item.notification().subject()).isEqualTo("Новая отметка");
            assertThat(item.notification().body())
                    .isEqualTo("Иванов Пётр получил(а) отметку 5 (Устный ответ) по предмету «Математика» за урок"
                            + " 12.10.2026. МБОУ «Средняя школа № 1».");
        });
    }

    @Test
    @Tag("ATT-5")
    @DisplayName("ATT-5: the follow-up goes to the guardians told of the «н», even on a digest since; not to one who subscribed after it")
    void followUpOnlyToThoseTold() {
        Actor father = Actor.of("g-ivanov");
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        school.school(new RegisterGuardian(ID, father.personId(), "Иванов", "Сергей", "", IVANOV));
        school.subscribe(father, "ivanov@example.ru", Schedule.IMMEDIATE);
        school.engine.execute(MOTHER, new SetNotificationSettings(ID, MOTHER.personId(), true, true,
                new Schedule(Schedule.Kind.DAILY, LocalTime.of(16, 0)), DocumentForm.ELECTRONIC));

        school.engine.execute(MATH, CorrectEntry.absence(ID, new EntryRef(MATH_5A, 1), AbsenceCode.ILLNESS,
                "справка № 5"));

        assertThat(outbox()).extracting(OutboxItem::guardianId).containsExactly(MOTHER.personId(), MOTHER.personId());
    }

    @Test
    @Tag("ATT-5")
    @DisplayName("ATT-5: a dispatch sends what its engine queued at once; what another engine over the same store queued and left, at its next full reading")
    void pendingOfAnotherEngine() {
        JournalEngine other = JournalEngine.builder().eventStore(school.store).clock(school.clock).build();
        assertThat(other.host().dispatch(ID, channel)).as("its first dispatch reads everything").isEqualTo(new DispatchReport(0, 0, 0));

        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        assertThat(other.host().dispatch(ID, channel)).as("not known to it yet").isEqualTo(new DispatchReport(0, 0, 0));
        school.clock.advance(Duration.ofMinutes(10));
        assertThat(other.host().dispatch(ID, channel)).isEqualTo(new DispatchReport(1, 0, 0));

        school.engine.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV, "Забыл тетрадь", Copies.NONE));
        assertThat(school.engine.host().dispatch(ID, channel)).as("its own, at once").isEqualTo(new DispatchReport(1, 0, 0));
        assertThat(channel.sent).extracting(Notification::subject)
                .containsExactly("Отсутствовал на уроке", "Замечание учителя");
    }

    @Test
    @Tag("DRY-6")
    @DisplayName("dispatches running while a teacher writes remarks send each once, and leave none behind")
    void dispatchWhileRecording() throws Exception {
        int remarks = 150;
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<?> teacher = pool.submit(() -> {
                for (int n = 0; n < remarks; n++) {
                    school.engine.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV, "Замечание " + n, Copies.NONE));
                }
                writing.set(false);
            });
            java.util.concurrent.Future<?> dispatcher = pool.submit(() -> {
                while (writing.get()) {
                    school.engine.host().dispatch(ID, channel);
                }
            });
            teacher.get();
            dispatcher.get();
        } finally {
            pool.shutdown();
        }
        school.engine.host().dispatch(ID, channel);

        assertThat(channel.sent).hasSize(remarks)
                .extracting(Notification::idempotencyKey).doesNotHaveDuplicates();
        assertThat(outbox()).hasSize(remarks).allSatisfy(item -> assertThat(item.status()).isEqualTo(OutboxItem.Status.SENT));
    }
}
