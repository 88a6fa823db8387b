package org.schooljournal.examples.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.adapter.email.SmtpNotifierProvider;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.notification.DispatchReport;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.notification.ConfirmEmail;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.RecordConsent;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.notification.SetNotificationSettings;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddRoom;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.core.school.SetBellSchedule;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.notify.Notifier;

/**
 * The whole path of ATT-5 over real SMTP: an «н» is recorded, the mail server goes down after the
 * outbox holds the notifications, comes back, and every guardian gets exactly one mail, in Russian.
 */
@Tag("ATT-5")
@DisplayName("Absence mails over SMTP: queued with the «н», delivered exactly once per address after the server recovers")
class AbsenceMailTest {

    private static final String ID = "86-001";
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);
    private static final Actor HEAD = Actor.of("head-1");
    private static final Actor TEACHER = Actor.of("t-math");

    private static final ServerSetup SETUP = ServerSetupTest.SMTP.dynamicPort();

    private final ExampleClock clock = new ExampleClock(Instant.parse("2026-10-09T13:00:00Z"));
    private final JournalEngine engine = JournalEngine.builder().eventStore(new InMemoryEventStore()).clock(clock).build();
    private GreenMail server;
    private int port;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private void school() {
        Actor admin = Actor.of("admin-1");
        engine.execute(admin, new RegisterSchool(ID, "МБОУ «Средняя школа № 1»", SchoolCalendar.YUGRA));
        engine.execute(admin, new AssignRole(ID, HEAD.personId(), Role.HEAD));
        engine.execute(HEAD, new SetAcademicYear(ID, new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26))));
        engine.execute(HEAD, new HireStaff(ID, TEACHER.personId(), "Петрова", "Мария", "Ивановна"));
        engine.execute(HEAD, new OpenClass(ID, "5А", 5, TEACHER.personId()));
        engine.execute(HEAD, new SetBellSchedule(ID, "5А",
                Map.of(DayOfWeek.MONDAY, List.of(new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10))))));
        engine.execute(HEAD, new AddSubject(ID, "math", "Математика", SubjectComponent.FEDERAL));
        engine.execute(HEAD, new AddRoom(ID, "201", "Кабинет математики"));
        engine.execute(HEAD, new AssignTeachingLoad(ID, TEACHER.personId(), "math", "5А"));
        engine.execute(HEAD, new AddTimetableEntry(ID, "5А", DayOfWeek.MONDAY, 1, ActivityKind.LESSON, "math",
                TEACHER.personId(), "201"));
        for (int i = 1; i <= 3; i++) {
            String student = "s-" + i;
            Actor guardian = Actor.of("g-" + i);
            engine.execute(HEAD, new EnrolStudent(ID, student, "Иванов", List.of("Пётр", "Павел", "Илья").get(i - 1), "",
                    LocalDate.of(2015, 3, 1), "5А", LocalDate.of(2026, 9, 1)));
            engine.execute(HEAD, new RegisterGuardian(ID, guardian.personId(), "Иванова", "Ольга", "", student));
            engine.execute(guardian, new RecordConsent(ID, guardian.personId(), true, LocalDate.of(2026, 10, 9),
                    DocumentForm.ELECTRONIC));
            String token = engine.notifications().setContactEmail(guardian, ID, guardian.personId(), "g" + i + "@parents.test",
                    DocumentForm.ELECTRONIC);
            engine.execute(guardian, new ConfirmEmail(ID, guardian.personId(), token));
            engine.execute(guardian, new SetNotificationSettings(ID, guardian.personId(), true, true, Schedule.IMMEDIATE,
                    DocumentForm.ELECTRONIC));
        }
    }

    /** Sets the school up, starts the SMTP server, records three «н»; returns the channel's settings. */
    private Map<String, String> absencesAndServer() {
        school();
        server = new GreenMail(SETUP).withConfiguration(GreenMailConfiguration.aConfig());
        server.start();
        port = server.getSmtp().getPort();
        Map<String, String> settings = Map.of("smtp.host", "127.0.0.1", "smtp.port", Integer.toString(port),
                "smtp.tls", "NONE", "smtp.from", "journal@school1.test",
                "smtp.connect-timeout-ms", "3000", "smtp.read-timeout-ms", "3000");
        clock.set(Instant.parse("2026-10-12T03:40:00Z"));
        for (int i = 1; i <= 3; i++) {
            engine.execute(TEACHER, new RecordAbsence(ID, new JournalKey("5А", "math"), new LessonRef(MONDAY, 1),
                    "s-" + i, AbsenceCode.UNEXCUSED));
        }
        return settings;
    }

    /** Starts the SMTP server again on its port, with no mail. */
    private void restart() {
        server = new GreenMail(SETUP.port(port)).withConfiguration(GreenMailConfiguration.aConfig());
        server.start();
    }

    @Test
    @DisplayName("the server goes down after the outbox is recorded; after recovery each guardian has exactly one mail")
    void exactlyOnceAfterRecovery() throws Exception {
        Map<String, String> settings = absencesAndServer();

        try (Notifier notifier = new SmtpNotifierProvider().create(settings)) {
            server.stop();
            assertThat(engine.host().dispatch(ID, notifier)).isEqualTo(new DispatchReport(0, 3, 0));

            restart();
            clock.set(clock.instant().plus(Duration.ofMinutes(1)));
            assertThat(engine.host().dispatch(ID, notifier)).isEqualTo(new DispatchReport(3, 0, 0));
            clock.set(clock.instant().plus(Duration.ofHours(2)));
            assertThat(engine.host().dispatch(ID, notifier)).isEqualTo(new DispatchReport(0, 0, 0));
        }

        MimeMessage[] mails = server.getReceivedMessages();
        assertThat(Arrays.stream(mails).map(AbsenceMailTest::recipient))
                .containsExactlyInAnyOrder("g1@parents.test", "g2@parents.test", "g3@parents.test");
        assertThat(mails).allSatisfy(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Отсутствовал на уроке");
            assertThat(((String) mail.getContent())).contains("Математика").contains("12.10.2026").contains("08:30–09:10");
        });
        assertThat(Optional.of(mails[0].getMessageID())).isPresent();
    }

    @Test
    @DisplayName("the server dies midway through a dispatch, after the first mail; after recovery each guardian still has exactly one mail")
    void exactlyOnceWhenKilledMidway() throws Exception {
        Map<String, String> settings = absencesAndServer();
        List<String> delivered = new java.util.ArrayList<>();

        try (Notifier smtp = new SmtpNotifierProvider().create(settings)) {
            Notifier killing = notification -> {
                org.schooljournal.spi.notify.DeliveryOutcome outcome = smtp.deliver(notification);
                if (outcome.status() == org.schooljournal.spi.notify.DeliveryStatus.SENT) {
                    delivered.addAll(Arrays.stream(server.getReceivedMessages()).map(AbsenceMailTest::recipient).toList());
                    server.stop();
                }
                return outcome;
            };
            assertThat(engine.host().dispatch(ID, killing)).isEqualTo(new DispatchReport(1, 2, 0));

            restart();
            clock.set(clock.instant().plus(Duration.ofMinutes(1)));
            assertThat(engine.host().dispatch(ID, smtp)).isEqualTo(new DispatchReport(2, 0, 0));
            clock.set(clock.instant().plus(Duration.ofHours(2)));
            assertThat(engine.host().dispatch(ID, smtp)).isEqualTo(new DispatchReport(0, 0, 0));
        }

        delivered.addAll(Arrays.stream(server.getReceivedMessages()).map(AbsenceMailTest::recipient).toList());
        assertThat(delivered).containsExactlyInAnyOrder("g1@parents.test", "g2@parents.test", "g3@parents.test");
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
