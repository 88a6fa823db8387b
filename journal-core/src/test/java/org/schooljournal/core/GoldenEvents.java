package org.schooljournal.core;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.archive.HeadsCheckpointed;
import org.schooljournal.core.archive.StreamHead;
import org.schooljournal.core.compromise.AccountRestored;
import org.schooljournal.core.compromise.CompromiseReported;
import org.schooljournal.core.compromise.InvalidatedOperation;
import org.schooljournal.core.compromise.OperationsInvalidated;
import org.schooljournal.core.compromise.ReportTiming;
import org.schooljournal.core.diary.CorrectionQueued;
import org.schooljournal.core.diary.DiaryViewReceipt;
import org.schooljournal.core.diary.DigestAttempted;
import org.schooljournal.core.diary.DigestClaimed;
import org.schooljournal.core.diary.DigestItem;
import org.schooljournal.core.diary.DigestQueued;
import org.schooljournal.core.forecast.RoundingRule;
import org.schooljournal.core.identity.SignInAttempted;
import org.schooljournal.core.identity.SubjectBound;
import org.schooljournal.core.identity.SubjectUnbound;
import org.schooljournal.core.journal.Deferral;
import org.schooljournal.core.journal.EntryCorrected;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryRecorded;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.EntryRejudged;
import org.schooljournal.core.journal.EntryTiming;
import org.schooljournal.core.journal.GradingSystem;
import org.schooljournal.core.journal.GradingSystemSet;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.LessonRescheduled;
import org.schooljournal.core.journal.MarkExcluded;
import org.schooljournal.core.journal.NotificationAttempted;
import org.schooljournal.core.journal.NotificationClaimed;
import org.schooljournal.core.journal.NotificationQueued;
import org.schooljournal.core.journal.PeriodClosed;
import org.schooljournal.core.journal.PeriodMarkDeferred;
import org.schooljournal.core.journal.SubstitutionRecorded;
import org.schooljournal.core.notification.Consent;
import org.schooljournal.core.notification.ConsentRecorded;
import org.schooljournal.core.notification.DocumentForm;
import org.schooljournal.core.notification.EmailConfirmed;
import org.schooljournal.core.notification.EmailContactSet;
import org.schooljournal.core.notification.NotificationSettingsSet;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.printout.PrintedFile;
import org.schooljournal.core.printout.PrintedForm;
import org.schooljournal.core.printout.PrintoutRecorded;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.ControlWork;
import org.schooljournal.core.programme.ControlWorkScheduled;
import org.schooljournal.core.programme.Curriculum;
import org.schooljournal.core.programme.CurriculumProfile;
import org.schooljournal.core.programme.CurriculumSet;
import org.schooljournal.core.programme.GroupKind;
import org.schooljournal.core.programme.PlannedTopic;
import org.schooljournal.core.programme.Room;
import org.schooljournal.core.programme.RoomAdded;
import org.schooljournal.core.programme.StudyGroupAdded;
import org.schooljournal.core.programme.Subject;
import org.schooljournal.core.programme.SubjectAdded;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.programme.TeachingAssignment;
import org.schooljournal.core.programme.TeachingLoadAssigned;
import org.schooljournal.core.programme.ThematicPlan;
import org.schooljournal.core.programme.ThematicPlanSet;
import org.schooljournal.core.programme.TimetableEntry;
import org.schooljournal.core.programme.TimetableEntryAdded;
import org.schooljournal.core.programme.TimetableEntryRemoved;
import org.schooljournal.core.reports.SummarySheet;
import org.schooljournal.core.retention.ArchivedStream;
import org.schooljournal.core.retention.JournalPurged;
import org.schooljournal.core.retention.JournalsArchived;
import org.schooljournal.core.retention.SummarySheetArchived;
import org.schooljournal.core.roster.Guardian;
import org.schooljournal.core.roster.GuardianLinked;
import org.schooljournal.core.roster.GuardianRegistered;
import org.schooljournal.core.roster.GuardianUnlinked;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.roster.StudentDataUpdated;
import org.schooljournal.core.roster.StudentEnrolled;
import org.schooljournal.core.roster.StudentTransferred;
import org.schooljournal.core.roster.StudentWithdrawn;
import org.schooljournal.core.school.AcademicYearSet;
import org.schooljournal.spi.identity.SignInRefusal;
import org.schooljournal.core.school.BellScheduleSet;
import org.schooljournal.core.school.ClassOpened;
import org.schooljournal.core.school.HolidaysAdded;
import org.schooljournal.core.school.PublicNonWorkingDaysAdded;
import org.schooljournal.core.school.RoleAssigned;
import org.schooljournal.core.school.RoleRevoked;
import org.schooljournal.core.school.SchoolRegistered;
import org.schooljournal.core.school.SchoolSettings;
import org.schooljournal.core.school.CalendarChoiceSet;
import org.schooljournal.core.school.SchoolSettingsSet;
import org.schooljournal.core.school.SchoolWeekSet;
import org.schooljournal.core.school.StaffHired;
import org.schooljournal.core.school.StaffMember;
import org.schooljournal.core.school.StudyPeriodAdded;
import org.schooljournal.core.school.TechnicalFailureDeclared;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.HolidayKind;
import org.schooljournal.rules.calendar.Holidays;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolWeek;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.rules.ruleset.DayCounting;
import org.schooljournal.rules.ruleset.Enforcement;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.spi.notify.DeliveryStatus;

/**
 * One value of every stored event type, by stored name: the values the golden corpus
 * ({@code golden/events.jsonl}) must keep decoding to (DESIGN.md, principle 10). A value, once
 * here, never changes; a new type adds its own.
 */
final class GoldenEvents {

    private static final Instant AT = Instant.parse("2026-10-12T03:50:00.123456Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);
    private static final LessonRef LESSON = new LessonRef(MONDAY, 1);
    private static final JournalKey MATH_5A = new JournalKey("5А", "МАТ");
    private static final Student STUDENT = new Student("s-1", "Иванов", "Пётр", "Сергеевич", LocalDate.of(2015, 3, 1));

    private GoldenEvents() {
    }

    /** Returns a value of every stored event type, by its stored name. */
    static Map<String, Object> all() {
        Map<String, Object> events = new LinkedHashMap<>();
        school(events);
        programme(events);
        roster(events);
        contacts(events);
        retention(events);
        journal(events);
        diary(events);
        compromises(events);
        identity(events);
        return events;
    }

    private static void school(Map<String, Object> events) {
        events.put("SchoolRegistered", new SchoolRegistered("МБОУ «Средняя школа № 1»", ZoneId.of("Asia/Yekaterinburg")));
        events.put("RoleAssigned", new RoleAssigned("head-1", Role.HEAD));
        events.put("RoleRevoked", new RoleRevoked("t-1", Role.HOMEROOM_TEACHER));
        events.put("AcademicYearSet", new AcademicYearSet(new AcademicYear(2026, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 5, 26))));
        events.put("StudyPeriodAdded", new StudyPeriodAdded(StudyPeriod.of(PeriodKind.QUARTER, 1, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 23))));
        events.put("HolidaysAdded", new HolidaysAdded(Holidays.of(HolidayKind.AUTUMN, LocalDate.of(2026, 10, 24),
                LocalDate.of(2026, 11, 3))));
        events.put("SchoolWeekSet", new SchoolWeekSet(SchoolWeek.FIVE_DAY));
        events.put("CalendarChoiceSet", new CalendarChoiceSet(false, true));
        events.put("PublicNonWorkingDaysAdded", new PublicNonWorkingDaysAdded(Set.of(LocalDate.of(2026, 11, 4))));
        events.put("StaffHired", new StaffHired(new StaffMember("t-1", "Петрова", "Мария", "Ивановна")));
        events.put("ClassOpened", new ClassOpened("5А", 5, "t-1"));
        events.put("BellScheduleSet", new BellScheduleSet("5А", Map.of(DayOfWeek.MONDAY,
                List.of(new LessonSlot(1, LocalTime.of(8, 30), LocalTime.of(9, 10))))));
        events.put("TechnicalFailureDeclared", new TechnicalFailureDeclared(Instant.parse("2026-10-12T04:00:00Z"),
                Instant.parse("2026-10-12T06:00:00Z"), "нет электричества"));
        events.put("SchoolSettingsSet", new SchoolSettingsSet(SchoolSettings.REGION_DEFAULTS
                .withControlWorkCounting(DayCounting.SCHOOL_DAYS)
                .withYearSetupDueBefore(MonthDay.of(9, 6))
                .withFailureGrace(Duration.ofHours(48))
                .withPeriodMarksLastDays(10)
                .withPeriodMarksNotBeforeLastLesson(false)
                .withEnforcement(RuleId.ATT_2, Enforcement.WARN)
                .withEnforcement(RuleId.MRK_3, Enforcement.REJECT)
                .withForecastRounding(RoundingRule.UP_FROM_SIX_TENTHS)));
    }

    private static void programme(Map<String, Object> events) {
        events.put("SubjectAdded", new SubjectAdded(new Subject("МАТ", "Математика", SubjectComponent.FEDERAL)));
        events.put("RoomAdded", new RoomAdded(new Room("201", "Кабинет математики")));
        events.put("StudyGroupAdded", new StudyGroupAdded("ИУП-1", GroupKind.INDIVIDUAL, List.of("5А"), 5, "s-1"));
        events.put("CurriculumSet", new CurriculumSet(new Curriculum("5А", CurriculumProfile.UNIVERSAL,
                Map.of("МАТ", new BigDecimal("5"), "РУС", new BigDecimal("4.5")))));
        events.put("TeachingLoadAssigned", new TeachingLoadAssigned(new TeachingAssignment("5А", "МАТ", "t-1")));
        events.put("ThematicPlanSet", new ThematicPlanSet(new ThematicPlan("5А", "МАТ",
                List.of(new PlannedTopic("Натуральные числа", 20), new PlannedTopic("Дроби", 24)))));
        events.put("TimetableEntryAdded", new TimetableEntryAdded(new TimetableEntry("5А", DayOfWeek.MONDAY, 1,
                ActivityKind.LESSON, "МАТ", "t-1", "201")));
        events.put("TimetableEntryRemoved", new TimetableEntryRemoved("5А", DayOfWeek.FRIDAY, 6));
        events.put("ControlWorkScheduled", new ControlWorkScheduled(new ControlWork("5А", "МАТ", LocalDate.of(2026, 10, 14),
                "контрольная работа")));
    }

    private static void roster(Map<String, Object> events) {
        events.put("StudentEnrolled", new StudentEnrolled(STUDENT, "5А", LocalDate.of(2026, 9, 1)));
        events.put("StudentTransferred", new StudentTransferred("s-1", "5А", "5Б", LocalDate.of(2027, 1, 11)));
        events.put("StudentWithdrawn", new StudentWithdrawn("s-1", "5Б", LocalDate.of(2027, 3, 1), "переезд"));
        events.put("StudentDataUpdated", new StudentDataUpdated(STUDENT));
        events.put("GuardianRegistered", new GuardianRegistered(new Guardian("g-1", "Иванова", "Ольга", "Сергеевна")));
        events.put("GuardianLinked", new GuardianLinked("g-1", "s-1"));
        events.put("GuardianUnlinked", new GuardianUnlinked("g-1", "s-1"));
    }

    private static void contacts(Map<String, Object> events) {
        events.put("ConsentRecorded", new ConsentRecorded("g-1", new Consent(true, LocalDate.of(2026, 10, 1),
                DocumentForm.ELECTRONIC, "g-1", AT)));
        events.put("EmailContactSet", new EmailContactSet("g-1", "ivanova@example.ru", DocumentForm.ELECTRONIC,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", AT.plus(Duration.ofDays(3))));
        events.put("EmailConfirmed", new EmailConfirmed("g-1"));
        events.put("NotificationSettingsSet", new NotificationSettingsSet("g-1", true, true,
                new Schedule(Schedule.Kind.DAILY, LocalTime.of(16, 0)), AT));
    }

    private static void retention(Map<String, Object> events) {
        ArchivedStream stream = new ArchivedStream("school-86-001/journal/5А/МАТ", 42,
                "6f1ed002ab5595859014ebf0951522d9a0e23c5f0e1ab7f5c34b4e6a7c1b2c3d",
                "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9", Instant.parse("2027-06-01T05:00:00Z"));
        events.put("JournalsArchived", new JournalsArchived(List.of(stream)));
        events.put("SummarySheetArchived", new SummarySheetArchived(new SummarySheet("5А", List.of("QUARTER-1", "YEAR-1"),
                List.of("МАТ"), List.of(new SummarySheet.Row(1, STUDENT, Map.of("МАТ", Map.of("QUARTER-1", "4",
                        "YEAR-1", "5")))))));
        events.put("JournalPurged", new JournalPurged(stream));
        events.put("PrintoutRecorded", new PrintoutRecorded(PrintedForm.CLASS_JOURNALS, 2026, List.of(
                new PrintedFile("5А-математика.pdf", "6f1ed002ab5595859014ebf0951522d9a0e23c5f0e1ab7f5c34b4e6a7c1b2c3d",
                        48_213)), "head", Instant.parse("2027-07-02T06:00:00Z"), new EntryTiming(RuleId.ARC_1,
                        Optional.of(Instant.parse("2027-05-26T19:00:00Z")),
                        Optional.of(Instant.parse("2027-06-30T19:00:00Z")), Timeliness.LATE, Duration.ofHours(35),
                        false)));
        events.put("HeadsCheckpointed", new HeadsCheckpointed(List.of(
                new StreamHead("school-86-001/diary/s-1", 3, 57, "c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2"),
                new StreamHead("school-86-001/journal/5А/МАТ", 42, 61,
                        "6f1ed002ab5595859014ebf0951522d9a0e23c5f0e1ab7f5c34b4e6a7c1b2c3d"))));
    }

    private static void journal(Map<String, Object> events) {
        events.put("EntryRecorded", new EntryRecorded(7, EntryKind.MARK, Optional.of(LESSON), Optional.of("s-1"),
                Optional.empty(), Map.of("work", "ORAL", "weight", "2", "comment", "у доски"), "5", "t-1", AT,
                Optional.of(new EntryTiming(RuleId.MRK_2, Optional.empty(),
                        Optional.of(Instant.parse("2026-10-12T18:59:59.999999999Z")), Timeliness.ON_TIME, Duration.ZERO,
                        false))));
        events.put("EntryCorrected", new EntryCorrected(7, "4", "t-1", AT.plusSeconds(60), "ошибка при вводе"));
        events.put("SubstitutionRecorded", new SubstitutionRecorded(LESSON, "t-2"));
        events.put("LessonRescheduled", new LessonRescheduled(LESSON, new LessonRef(MONDAY.plusDays(2), 3), "экскурсия"));
        events.put("GradingSystemSet", new GradingSystemSet(GradingSystem.PASS_FAIL));
        events.put("PeriodMarkDeferred", new PeriodMarkDeferred(new Deferral("s-1", "QUARTER-1", LocalDate.of(2026, 11, 13),
                "справка № 123")));
        events.put("PeriodClosed", new PeriodClosed("QUARTER-1"));
        events.put("MarkExcluded", new MarkExcluded(7, "болел две недели", "t-1", AT));
        events.put("NotificationQueued", new NotificationQueued("86-001/5А/МАТ/3/g-1/absent", "g-1", "s-1",
                "ivanova@example.ru", "Отсутствовал на уроке",
                "Иванов Пётр Сергеевич отсутствовал(а) на уроке «Математика» 12.10.2026 (08:30–09:10).", AT));
        events.put("NotificationAttempted", new NotificationAttempted("86-001/5А/МАТ/3/g-1/absent",
                DeliveryStatus.RETRY_LATER, Optional.of("421 try later"), AT, Optional.of(AT.plusSeconds(60))));
        events.put("EntryRejudged", new EntryRejudged(8, new EntryTiming(RuleId.ATT_2,
                Optional.of(Instant.parse("2026-10-12T03:30:00Z")), Optional.of(Instant.parse("2026-10-13T06:00:00Z")),
                Timeliness.ON_TIME, Duration.ZERO, true), Instant.parse("2026-10-12T03:35:00Z"),
                Instant.parse("2026-10-12T06:00:00Z")));
        events.put("NotificationClaimed", new NotificationClaimed("86-001/5А/МАТ/3/g-1/absent",
                "dispatcher-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed", AT, AT.plus(Duration.ofMinutes(5))));
    }

    private static void compromises(Map<String, Object> events) {
        events.put("CompromiseReported", new CompromiseReported(1, "t-1", "head-1", AT.plusSeconds(600),
                AT.minusSeconds(1800), AT, "пароль стал известен постороннему лицу",
                Optional.of(new ReportTiming(RuleId.PD_4, "Примерный регламент ведения ЭЖ, пп. 4.3–4.4",
                        AT.plusSeconds(1800), Timeliness.ON_TIME, Duration.ZERO, Enforcement.RECORD))));
        events.put("OperationsInvalidated", new OperationsInvalidated(1, "head-1", AT.plusSeconds(900),
                List.of(new InvalidatedOperation("school-86-001/journal/5А/МАТ", 12,
                        UUID.fromString("0b6f3c1e-9a2d-4c57-8e1f-2d3c4b5a6978"), "EntryRecorded", AT.plusSeconds(60),
                        "журнал «5А, Математика», запись № 7: отметка «5»", true))));
        events.put("AccountRestored", new AccountRestored(1, "admin-1", AT.plusSeconds(86_400), "пароль ЕСИА сменён"));
    }

    private static void identity(Map<String, Object> events) {
        events.put("SubjectBound", new SubjectBound("https://esia.gosuslugi.ru/", "1000299353", "t-1", "head-1", AT));
        events.put("SubjectUnbound", new SubjectUnbound("https://esia.gosuslugi.ru/", "1000299353", "t-1", "admin-1",
                AT.plusSeconds(86_400), "учётная запись ЕСИА заменена"));
        events.put("SignInAttempted", new SignInAttempted("https://sso.ugra.example/realms/schools",
                Optional.of("5f1c2a9e-8d7b-4e6f-a1b2-c3d4e5f60718"), Optional.of("t-1"), "urn:mace:incommon:iap:silver",
                Optional.of(SignInRefusal.BLOCKED_ACCOUNT), "the account of t-1 is blocked since"
                        + " 2026-10-12T04:30:00Z by compromise report 1 (PD-4)", AT));
    }

    private static void diary(Map<String, Object> events) {
        EntryRef remark = new EntryRef(MATH_5A, 9);
        events.put("DiaryViewReceipt", new DiaryViewReceipt("g-1", MONDAY, MONDAY.plusDays(4), AT, List.of(remark)));
        events.put("DigestQueued", new DigestQueued("g-1", Schedule.Kind.DAILY, Instant.parse("2026-10-12T11:00:00Z"),
                List.of(new DigestItem(remark, 1)), "86-001/s-1/g-1/digest/2026-10-12T11:00:00Z",
                "ivanova@example.ru", "Дневник: новое за день", "Иванов Пётр Сергеевич: замечание.", AT));
        events.put("DigestAttempted", new DigestAttempted("86-001/s-1/g-1/digest/2026-10-12T11:00:00Z",
                DeliveryStatus.SENT, Optional.empty(), AT, Optional.empty()));
        events.put("CorrectionQueued", new CorrectionQueued("86-001/diary/s-1/g-1/invalidated/1", "g-1", 1,
                "ivanova@example.ru", "Исправление сведений электронного журнала: Иванов Пётр Сергеевич",
                "— журнал «5А, Математика»: отметка «5» — недействительно; сейчас в журнале: записи нет", AT));
        events.put("DigestClaimed", new DigestClaimed("86-001/s-1/g-1/digest/2026-10-12T11:00:00Z",
                "dispatcher-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed", AT, AT.plus(Duration.ofMinutes(5))));
    }
}
