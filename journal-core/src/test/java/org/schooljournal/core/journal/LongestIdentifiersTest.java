package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.adapter.tck.MovingClock;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.notification.ConfirmEmail;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.RecordConsent;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.notification.SetNotificationSettings;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddRoom;
import org.schooljournal.core.programme.AddStudyGroup;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.GroupKind;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.core.school.SetBellSchedule;
import org.schooljournal.core.validation.Identifiers;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.spi.notify.Notification;

/**
 * The lengths of the identifier grammar ({@link Identifiers}) are chosen so that every
 * notification key — which joins a school's, a class's or group's, a subject's and people's
 * identifiers with {@code /} — stays within what a notification allows: a school whose every
 * identifier is as long as the grammar lets it be still tells its guardians, immediately and in a
 * daily digest, and its log reads whole after a restart.
 */
@DisplayName("Identifiers of the greatest lengths still make notifications a channel takes")
class LongestIdentifiersTest {

    private static final String SCHOOL = "86-" + "0".repeat(Identifiers.SCHOOL_ID_MAX - 3);
    private static final Actor ADMIN = Actor.of("a".repeat(Identifiers.PERSON_ID_MAX));
    private static final Actor HEAD = Actor.of("h".repeat(Identifiers.PERSON_ID_MAX));
    private static final Actor TEACHER = Actor.of("t".repeat(Identifiers.PERSON_ID_MAX));
    private static final Actor MOTHER = Actor.of("m".repeat(Identifiers.PERSON_ID_MAX));
    private static final Actor FATHER = Actor.of("f".repeat(Identifiers.PERSON_ID_MAX));
    private static final String STUDENT = "s".repeat(Identifiers.PERSON_ID_MAX);
    private static final String GROUP = "5А-" + "г".repeat(Identifiers.CODE_MAX - 3);
    private static final String SUBJECT = "м".repeat(Identifiers.CODE_MAX);
    private static final String ROOM = "к".repeat(Identifiers.CODE_MAX);
    private static final ZoneId ZONE = JournalSchool.ZONE;
    private static final LocalDate MONDAY = JournalSchool.MONDAY;

    @Test
    @Tag("ATT-5")
    @Tag("NTF-3")
    @DisplayName("ATT-5, NTF-3: with a 32-character school, group and subject and 64-character people, the «н» is told "
            + "at once and in the daily digest, each key within 200 characters, and every read works after a restart")
    void longestIdentifiersNotify() {
        InMemoryEventStore store = new InMemoryEventStore();
        MovingClock clock = new MovingClock(at(MONDAY.minusDays(50), 9));
        JournalEngine engine = JournalEngine.builder().eventStore(store).clock(clock).build();
        setUp(engine);
        clock.set(at(MONDAY.minusDays(3), 18));
        subscribe(engine, MOTHER, "mother@example.ru", Schedule.IMMEDIATE);
        subscribe(engine, FATHER, "father@example.ru", new Schedule(Schedule.Kind.DAILY, LocalTime.of(16, 0)));
        JournalKey journal = new JournalKey(GROUP, SUBJECT);

        clock.set(at(MONDAY, 8).plusSeconds(40 * 60));
        engine.execute(TEACHER, new RecordAbsence(SCHOOL, journal, new LessonRef(MONDAY, 1), STUDENT,
                AbsenceCode.UNEXCUSED));
        engine.execute(TEACHER, new MakeRemark(SCHOOL, journal, STUDENT, "Не принёс тетрадь", Copies.NONE));
        EveryRead.Kept channel = new EveryRead.Kept();
        engine.host().dispatch(SCHOOL, channel);
        clock.set(at(MONDAY, 16).plusSeconds(60));
        engine.host().dispatch(SCHOOL, channel);

        assertThat(channel.sent).extracting(Notification::address)
                .containsExactlyInAnyOrder("mother@example.ru", "mother@example.ru", "father@example.ru");
        assertThat(channel.sent).extracting(Notification::idempotencyKey)
                .allSatisfy(key -> assertThat(key).hasSizeLessThanOrEqualTo(Notification.MAX_KEY_LENGTH))
                .anySatisfy(key -> assertThat(key).contains("/diary/"));
        JournalEngine restarted = JournalEngine.builder().eventStore(store).clock(clock).build();
        assertThat(restarted.journals().read(TEACHER, SCHOOL, journal).state().entries(e -> true)).hasSize(2);
        assertThat(restarted.archive().verify(SCHOOL).verified()).isTrue();
    }

    private static java.time.Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(ZONE).toInstant();
    }

    private static void setUp(JournalEngine engine) {
        engine.execute(ADMIN, new RegisterSchool(SCHOOL, "МБОУ «Средняя школа № 1»", ZONE));
        engine.execute(ADMIN, new AssignRole(SCHOOL, HEAD.personId(), Role.HEAD));
        List<SchoolCommand> commands = List.of(
                new HireStaff(SCHOOL, TEACHER.personId(), "Петрова", "Мария", "Ивановна"),
                new SetAcademicYear(SCHOOL, new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26))),
                new AddStudyPeriod(SCHOOL, JournalSchool.QUARTER_1),
                new OpenClass(SCHOOL, "5А", 5, TEACHER.personId()),
                new SetBellSchedule(SCHOOL, "5А", bells()),
                new AddSubject(SCHOOL, SUBJECT, "Математика", SubjectComponent.FEDERAL),
                new AddRoom(SCHOOL, ROOM, "Кабинет математики"),
                new EnrolStudent(SCHOOL, STUDENT, "Иванов", "Пётр", "", LocalDate.of(2015, 3, 1), "5А",
                        LocalDate.of(2026, 9, 1)),
                new AddStudyGroup(SCHOOL, GROUP, GroupKind.INDIVIDUAL, List.of("5А"), 5, STUDENT),
                new AssignTeachingLoad(SCHOOL, TEACHER.personId(), SUBJECT, GROUP),
                new AddTimetableEntry(SCHOOL, GROUP, DayOfWeek.MONDAY, 1, ActivityKind.LESSON, SUBJECT,
                        TEACHER.personId(), ROOM),
                new RegisterGuardian(SCHOOL, MOTHER.personId(), "Иванова", "Ольга", "", STUDENT),
                new RegisterGuardian(SCHOOL, FATHER.personId(), "Иванов", "Сергей", "", STUDENT));
        commands.forEach(command -> engine.execute(HEAD, command));
    }

    private static Map<DayOfWeek, List<LessonSlot>> bells() {
        Map<DayOfWeek, List<LessonSlot>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10))));
        }
        return week;
    }

    private static void subscribe(JournalEngine engine, Actor guardian, String email, Schedule schedule) {
        LocalDate today = MONDAY.minusDays(3);
        engine.execute(guardian, new RecordConsent(SCHOOL, guardian.personId(), true, today, DocumentForm.ELECTRONIC));
        String token = engine.notifications().setContactEmail(guardian, SCHOOL, guardian.personId(), email,
                DocumentForm.ELECTRONIC);
        engine.execute(guardian, new ConfirmEmail(SCHOOL, guardian.personId(), token));
        engine.execute(guardian, new SetNotificationSettings(SCHOOL, guardian.personId(), true, true, schedule,
                DocumentForm.ELECTRONIC));
    }
}
