package org.schooljournal.examples.schoolday;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.Copies;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.MakeRemark;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.notification.ConfirmEmail;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.RecordConsent;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.notification.SetNotificationSettings;
import org.schooljournal.core.roster.ClassList;
import org.schooljournal.core.roster.Guardian;
import org.schooljournal.core.roster.Student;
import org.schooljournal.spi.Bootstrap;
import org.schooljournal.spi.notify.Notifier;
import org.schooljournal.spi.notify.NotifierProvider;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.notification.Contacts;

/**
 * Three guardians of 5А's students and the last day of the first quarter, Friday 24 October 2025,
 * kept through the engine on the example's clock after the fortnight of mathematics
 * ({@link MathsFortnight}):
 * <ul>
 *   <li>each guardian consents electronically (PD-1), gives an e-mail address and confirms it
 *       (NTF-1, NTF-4), and turns both switches on with a schedule (NTF-2, NTF-3): the first, on
 *       Thursday evening, at once; the second, on Friday at lunch, daily at 16:00; the third, on
 *       Friday evening, weekly on Saturdays at 10:00 (a digest is due only at slots after the
 *       subscription; the first carries one interval — a day, a week — before its slot);</li>
 *   <li>the Russian teacher of 5А records an «н» of the first guardian's child at the third lesson
 *       (ATT-5) and a remark to the second guardian's child; at the fifth lesson, literature, a
 *       remark to the first guardian's child (DRY-6);</li>
 *   <li>the host dispatches a minute after each entry, at 16:00 and on Saturday at 10:00, as its
 *       scheduler would: the first guardian gets the «н» and the remark at once, the second the
 *       day's digest, the third the week's (NTF-3);</li>
 *   <li>at 19:05 the first guardian opens the child's diary, which registers the remark as read
 *       (DRY-5); the second guardian does not.</li>
 * </ul>
 *
 * <p>The mails go through the notification channel a host application would find on its class
 * path ({@link #discoveredChannel()}): the example brings the logging one, a test an SMTP server.
 * What was sent is in the log, so {@link GuardiansPrintout} prints it from there. The week is kept
 * once: when any guardian of the school has contact details, from an earlier run on the same
 * database, nothing is done again.
 *
 * <p>Not thread-safe.
 */
final class GuardiansWeek {

    static final String CLASS = FifthGrade.CLASS;
    /** The school day: the last of the first quarter. */
    static final LocalDate DAY = MathsFortnight.LAST_DAY;
    static final LocalDate SATURDAY = DAY.plusDays(1);
    /** The dates the guardian's diary opening shows: the week of the school day. */
    static final LocalDate WEEK_START = DAY.minusDays(4);
    static final int RUSSIAN_LESSON = 3;
    static final String DOMAIN = "parents.example";
    static final String TALKING = "Разговоры на уроке, мешает одноклассникам отвечать.";
    static final String UNPREPARED = "Не подготовлен пересказ; урок русского языка пропущен без уважительной причины.";

    /** A guardian of the child on a line of 5А's list, who subscribes at a time with a schedule. */
    record Subscriber(int line, Schedule schedule, LocalDate date, LocalTime time) {
    }

    /** The guardians who subscribe, in the order they do. */
    static final List<Subscriber> SUBSCRIBERS = List.of(
            new Subscriber(2, Schedule.IMMEDIATE, DAY.minusDays(1), LocalTime.of(19, 10)),
            new Subscriber(5, new Schedule(Schedule.Kind.DAILY, LocalTime.of(16, 0)), DAY, LocalTime.of(13, 30)),
            new Subscriber(6, new Schedule(Schedule.Kind.WEEKLY, LocalTime.of(10, 0)), DAY, LocalTime.of(20, 15)));

    static final Subscriber IMMEDIATE = SUBSCRIBERS.get(0);
    static final Subscriber DAILY = SUBSCRIBERS.get(1);
    static final Subscriber WEEKLY = SUBSCRIBERS.get(2);

    private final YugraSchool school;
    private final Notifier channel;
    private final String teacher;

    private GuardiansWeek(YugraSchool school, Notifier channel) {
        this.school = school;
        this.channel = channel;
        this.teacher = teacherOf(school);
    }

    /**
     * Keeps the week through the channel, opened only if it is kept and closed afterwards, unless
     * a guardian of the school has contact details already; leaves the clock where it was.
     */
    static void keep(YugraSchool school, Supplier<Notifier> channel) {
        if (!Contacts.of(school.state()).byGuardian().isEmpty()) {
            return;
        }
        var before = school.clock().instant();
        try (Notifier opened = channel.get()) {
            new GuardiansWeek(school, opened).run();
        } finally {
            school.clock().set(before);
        }
    }

    /**
     * Returns the notification channel a host application finds on its class path (docs/notify.md):
     * the one chosen by {@code -Dschooljournal.notify}, else the highest priority; the example brings
     * only the logging channel, which takes no settings.
     */
    static Notifier discoveredChannel() {
        return Bootstrap.find(NotifierProvider.PORT, NotifierProvider.class, Optional.empty(),
                GuardiansWeek.class.getClassLoader()).create(Map.of());
    }

    /** Returns the Russian (and literature) teacher of 5А, whom the teaching load names. */
    static String teacherOf(YugraSchool school) {
        return Programme.of(school.state()).teacherOf(CLASS, Subjects.RUSSIAN).orElseThrow();
    }

    /** Returns the child on the subscriber's line of 5А's list on the school day. */
    static Student childOf(YugraSchool school, Subscriber subscriber) {
        return ClassList.of(school.state(), CLASS, DAY).students().get(subscriber.line() - 1);
    }

    /** Returns the subscriber's guardian: the one the child has. */
    static Guardian guardianOf(YugraSchool school, Subscriber subscriber) {
        return Roster.of(school.state()).guardiansOf(childOf(school, subscriber).personId()).get(0);
    }

    /** Returns the address the subscriber gives. */
    static String emailOf(Guardian guardian) {
        return guardian.personId() + "@" + DOMAIN;
    }

    private void run() {
        subscribe(IMMEDIATE);
        at(DAY, LocalTime.of(10, 26));
        school.execute(teacher, new RecordAbsence(YugraSchool.ID, new JournalKey(CLASS, Subjects.RUSSIAN),
                new LessonRef(DAY, RUSSIAN_LESSON), child(IMMEDIATE), AbsenceCode.UNEXCUSED));
        dispatchAt(LocalTime.of(10, 27));
        at(DAY, LocalTime.of(10, 48));
        school.execute(teacher, new MakeRemark(YugraSchool.ID, new JournalKey(CLASS, Subjects.RUSSIAN), child(DAILY),
                TALKING, Copies.NONE));
        dispatchAt(LocalTime.of(10, 49));
        at(DAY, LocalTime.of(12, 44));
        school.execute(teacher, new MakeRemark(YugraSchool.ID, new JournalKey(CLASS, Subjects.LITERATURE),
                child(IMMEDIATE), UNPREPARED, Copies.NONE));
        dispatchAt(LocalTime.of(12, 45));
        subscribe(DAILY);
        dispatchAt(LocalTime.of(16, 0));
        at(DAY, LocalTime.of(19, 5));
        Guardian first = guardianOf(school, IMMEDIATE);
        school.engine().diaries().read(Actor.of(first.personId()), YugraSchool.ID, child(IMMEDIATE), WEEK_START, DAY);
        subscribe(WEEKLY);
        at(SATURDAY, LocalTime.of(10, 0));
        school.engine().host().dispatch(YugraSchool.ID, channel);
    }

    /** The guardian consents, gives and confirms the address, and turns both switches on. */
    private void subscribe(Subscriber subscriber) {
        String guardianId = guardianOf(school, subscriber).personId();
        at(subscriber.date(), subscriber.time());
        school.execute(guardianId, new RecordConsent(YugraSchool.ID, guardianId, true, subscriber.date(),
                DocumentForm.ELECTRONIC));
        at(subscriber.date(), subscriber.time().plusMinutes(1));
        String token = school.giveEmail(guardianId, emailOf(guardianOf(school, subscriber)));
        at(subscriber.date(), subscriber.time().plusMinutes(3));
        school.execute(guardianId, new ConfirmEmail(YugraSchool.ID, guardianId, token));
        at(subscriber.date(), subscriber.time().plusMinutes(4));
        school.execute(guardianId, new SetNotificationSettings(YugraSchool.ID, guardianId, true, true,
                subscriber.schedule(), DocumentForm.ELECTRONIC));
    }

    private void dispatchAt(LocalTime time) {
        at(DAY, time);
        school.engine().host().dispatch(YugraSchool.ID, channel);
    }

    private String child(Subscriber subscriber) {
        return childOf(school, subscriber).personId();
    }

    private void at(LocalDate date, LocalTime time) {
        school.clock().set(school.calendar().instant(date, time));
    }
}
