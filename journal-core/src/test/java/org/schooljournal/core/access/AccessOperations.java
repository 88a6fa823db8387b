package org.schooljournal.core.access;

import static org.schooljournal.core.access.AccessSchool.FRIDAY;
import static org.schooljournal.core.access.AccessSchool.GUARDIAN;
import static org.schooljournal.core.access.AccessSchool.HEAD;
import static org.schooljournal.core.access.AccessSchool.ID;
import static org.schooljournal.core.access.AccessSchool.MATH_5A;
import static org.schooljournal.core.access.AccessSchool.MONDAY;
import static org.schooljournal.core.access.AccessSchool.OTHER_GUARDIAN;
import static org.schooljournal.core.access.AccessSchool.OTHER_TEACHER;
import static org.schooljournal.core.access.AccessSchool.PUPIL;
import static org.schooljournal.core.access.AccessSchool.SUBSTITUTE;
import static org.schooljournal.core.access.AccessSchool.SUBSTITUTED;
import static org.schooljournal.core.access.AccessSchool.TEACHER;
import static org.schooljournal.core.access.AccessSchool.WEDNESDAY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.AddTeacherNote;
import org.schooljournal.core.journal.AssignHomework;
import org.schooljournal.core.journal.Copies;
import org.schooljournal.core.journal.CorrectEntry;
import org.schooljournal.core.journal.DeferPeriodMark;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.ExcludeMarkFromAverage;
import org.schooljournal.core.journal.GradingSystem;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.MakeRemark;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.MessageGuardians;
import org.schooljournal.core.journal.NoteKind;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.journal.RecordRollCall;
import org.schooljournal.core.journal.RecordExamResult;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.RecordSubstitution;
import org.schooljournal.core.journal.RecordTopic;
import org.schooljournal.core.journal.RescheduleLesson;
import org.schooljournal.core.journal.SetGradingSystem;
import org.schooljournal.core.journal.SetPeriodMark;
import org.schooljournal.core.journal.WorkKind;
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
import org.schooljournal.core.programme.CurriculumProfile;
import org.schooljournal.core.programme.GroupKind;
import org.schooljournal.core.programme.PlannedTopic;
import org.schooljournal.core.programme.RemoveTimetableEntry;
import org.schooljournal.core.programme.ScheduleControlWork;
import org.schooljournal.core.programme.SetCurriculumHours;
import org.schooljournal.core.programme.SetThematicPlan;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.LinkGuardian;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.roster.TransferStudent;
import org.schooljournal.core.roster.UnlinkGuardian;
import org.schooljournal.core.roster.UpdateStudentData;
import org.schooljournal.core.roster.WithdrawStudent;
import org.schooljournal.core.school.AddHolidays;
import org.schooljournal.core.school.AddPublicNonWorkingDays;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.DeclareTechnicalFailure;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.school.RevokeRole;
import org.schooljournal.core.school.SchoolSettings;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.core.school.SetBellSchedule;
import org.schooljournal.core.school.SetSchoolSettings;
import org.schooljournal.core.school.SetCalendarChoice;
import org.schooljournal.core.school.SetSchoolWeek;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.HolidayKind;
import org.schooljournal.rules.calendar.Holidays;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolWeek;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * Every command and read of the engine as the access matrix runs it, by the name its row has in
 * {@code access-matrix.csv}: when it runs, what the school's people do first, and what the actor
 * of the column does. Each is valid in the school, so that an actor with the right succeeds and
 * one without is denied for the right alone.
 */
final class AccessOperations {

    /** Monday 12 October 2026, 09:00: during 5А's substituted mathematics lesson (08:30–09:10). */
    static final LocalDateTime DURING_THE_LESSON = LocalDateTime.of(MONDAY, LocalTime.of(9, 0));
    /** Friday 23 October 2026, 12:00: the last day of the first quarter, after its last lesson. */
    static final LocalDateTime QUARTER_END = LocalDateTime.of(2026, 10, 23, 12, 0);
    /** Tuesday 1 June 2027: the academic year's accounting has closed (ARC-3). */
    static final LocalDateTime YEAR_CLOSED = LocalDateTime.of(2027, 6, 1, 10, 0);

    /**
     * One command or read.
     *
     * @param at when it runs, in the school's zone
     * @param prepare what the school's people do first
     * @param act what the column's actor does
     */
    record Operation(LocalDateTime at, Consumer<JournalEngine> prepare, BiConsumer<JournalEngine, Actor> act) {
    }

    private AccessOperations() {
    }

    /** Returns every operation, by its row's name. */
    static Map<String, Operation> all(Path files) {
        Map<String, Operation> all = new LinkedHashMap<>();
        journal(all);
        school(all);
        programme(all);
        roster(all);
        contacts(all);
        reads(all, files);
        return all;
    }

    private static void journal(Map<String, Operation> all) {
        LessonRef lesson = SUBSTITUTED;
        command(all, "RecordAbsence", new RecordAbsence(ID, MATH_5A, lesson, PUPIL.personId(), AbsenceCode.UNEXCUSED));
        command(all, "RecordRollCall", new RecordRollCall(ID, MATH_5A, lesson,
                List.of(new RecordRollCall.Absence(PUPIL.personId(), AbsenceCode.UNEXCUSED))));
        command(all, "RecordMark", RecordMark.of(ID, MATH_5A, lesson, PUPIL.personId(), Mark.of("5"), WorkKind.ORAL));
        command(all, "RecordTopic", new RecordTopic(ID, MATH_5A, lesson, "Дроби", LessonKind.LESSON));
        command(all, "AssignHomework", new AssignHomework(ID, MATH_5A, lesson, Optional.empty(), "§ 12", Optional.empty()));
        command(all, "AddTeacherNote", new AddTeacherNote(ID, MATH_5A, lesson, Optional.of(PUPIL.personId()),
                NoteKind.LATENESS, "опоздал на 5 минут"));
        command(all, "MakeRemark", new MakeRemark(ID, MATH_5A, PUPIL.personId(), "Забыл тетрадь", Copies.NONE));
        command(all, "MessageGuardians", new MessageGuardians(ID, MATH_5A, PUPIL.personId(), "Собрание в четверг",
                Copies.NONE));
        Consumer<JournalEngine> aMark = engine -> engine.execute(TEACHER, RecordMark.of(ID, MATH_5A, lesson,
                PUPIL.personId(), Mark.of("5"), WorkKind.ORAL));
        EntryRef first = new EntryRef(MATH_5A, 1);
        all.put("CorrectEntry", new Operation(DURING_THE_LESSON, aMark,
                (engine, actor) -> engine.execute(actor, CorrectEntry.mark(ID, first, Mark.of("4"), "ошибка при вводе"))));
        all.put("ExcludeMarkFromAverage", new Operation(DURING_THE_LESSON, aMark,
                (engine, actor) -> engine.execute(actor, new ExcludeMarkFromAverage(ID, first, "болел две недели"))));
        PeriodRef quarter = PeriodRef.of(PeriodKind.QUARTER, 1);
        all.put("SetPeriodMark", new Operation(QUARTER_END, engine -> { },
                (engine, actor) -> engine.execute(actor, new SetPeriodMark(ID, MATH_5A, quarter, PUPIL.personId(),
                        Mark.of("5")))));
        all.put("DeferPeriodMark", new Operation(QUARTER_END, engine -> { },
                (engine, actor) -> engine.execute(actor, new DeferPeriodMark(ID, MATH_5A, quarter, PUPIL.personId(),
                        LocalDate.of(2026, 11, 13), "справка № 123"))));
        all.put("RecordExamResult", new Operation(DURING_THE_LESSON, engine -> { },
                (engine, actor) -> engine.execute(actor, new RecordExamResult(ID, MATH_5A, PUPIL.personId(), "ВПР", "5",
                        AccessSchool.instant(DURING_THE_LESSON).minus(Duration.ofHours(1))))));
        command(all, "SetGradingSystem", new SetGradingSystem(ID, MATH_5A, GradingSystem.PASS_FAIL));
        command(all, "RecordSubstitution", new RecordSubstitution(ID, MATH_5A, new LessonRef(WEDNESDAY, 2),
                SUBSTITUTE.personId()));
        command(all, "RescheduleLesson", new RescheduleLesson(ID, MATH_5A, new LessonRef(FRIDAY, 1),
                new LessonRef(FRIDAY, 3), "экскурсия"));
    }

    private static void school(Map<String, Operation> all) {
        command(all, "AddHolidays", new AddHolidays(ID, Holidays.of(HolidayKind.WINTER, LocalDate.of(2026, 12, 30),
                LocalDate.of(2027, 1, 10))));
        command(all, "AddPublicNonWorkingDays", new AddPublicNonWorkingDays(ID, Set.of(LocalDate.of(2026, 11, 4))));
        command(all, "AddStudyPeriod", new AddStudyPeriod(ID, StudyPeriod.of(PeriodKind.QUARTER, 2,
                LocalDate.of(2026, 11, 5), LocalDate.of(2026, 12, 29))));
        command(all, "AssignRole", new AssignRole(ID, AccessSchool.HOMEROOM.personId(), Role.SUBJECT_TEACHER));
        all.put("AssignRole to oneself", new Operation(DURING_THE_LESSON, engine -> { },
                (engine, actor) -> engine.execute(actor, new AssignRole(ID, actor.personId(), Role.HEAD))));
        command(all, "RevokeRole", new RevokeRole(ID, OTHER_TEACHER.personId(), Role.SUBJECT_TEACHER));
        command(all, "DeclareTechnicalFailure", new DeclareTechnicalFailure(ID, AccessSchool.instant(
                LocalDateTime.of(MONDAY, LocalTime.of(8, 0))), AccessSchool.instant(LocalDateTime.of(MONDAY,
                        LocalTime.of(8, 45))), "нет интернета"));
        command(all, "HireStaff", new HireStaff(ID, "t-new", "Новикова", "Ирина", "Павловна"));
        all.put("OpenClass", new Operation(DURING_THE_LESSON,
                engine -> engine.execute(HEAD, new HireStaff(ID, "t-new", "Новикова", "Ирина", "Павловна")),
                (engine, actor) -> engine.execute(actor, new OpenClass(ID, "6А", 6, "t-new"))));
        all.put("OpenClass as its own homeroom teacher", new Operation(DURING_THE_LESSON, engine -> { },
                (engine, actor) -> engine.execute(actor, new OpenClass(ID, "6А", 6, actor.personId()))));
        command(all, "RegisterSchool", new RegisterSchool("86-002", "МБОУ «Средняя школа № 2»", AccessSchool.ZONE));
        command(all, "SetAcademicYear", new SetAcademicYear(ID, new AcademicYear(2026, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 5, 26))));
        command(all, "SetBellSchedule", new SetBellSchedule(ID, "5Б", Map.of(DayOfWeek.MONDAY,
                List.of(new LessonSlot(1, LocalTime.of(9, 0), LocalTime.of(9, 40)),
                        new LessonSlot(2, LocalTime.of(9, 50), LocalTime.of(10, 30))))));
        command(all, "SetSchoolSettings", new SetSchoolSettings(ID,
                SchoolSettings.REGION_DEFAULTS.withFailureGrace(Duration.ofHours(48))));
        command(all, "SetSchoolWeek", new SetSchoolWeek(ID, SchoolWeek.SIX_DAY));
        command(all, "SetCalendarChoice", new SetCalendarChoice(ID, false, true));
    }

    private static void programme(Map<String, Operation> all) {
        command(all, "AddRoom", new AddRoom(ID, "301", "Кабинет физики"));
        command(all, "AddStudyGroup", new AddStudyGroup(ID, "5А-1", GroupKind.HALF_CLASS, List.of("5А"), 5, ""));
        command(all, "AddSubject", new AddSubject(ID, "phys", "Физика", SubjectComponent.FEDERAL));
        command(all, "AddTimetableEntry", new AddTimetableEntry(ID, "5А", DayOfWeek.TUESDAY, 1, ActivityKind.LESSON,
                "math", TEACHER.personId(), "201"));
        command(all, "AssignTeachingLoad", new AssignTeachingLoad(ID, OTHER_TEACHER.personId(), "math", "5А"));
        command(all, "RemoveTimetableEntry", new RemoveTimetableEntry(ID, "5Б", DayOfWeek.MONDAY, 2));
        command(all, "ScheduleControlWork", new ScheduleControlWork(ID, "5Б", "math", MONDAY.plusWeeks(1),
                "контрольная работа"));
        command(all, "SetCurriculumHours", new SetCurriculumHours(ID, "5А", CurriculumProfile.UNIVERSAL,
                Map.of("math", new BigDecimal("5"))));
        command(all, "SetThematicPlan", new SetThematicPlan(ID, "5А", "math", List.of(new PlannedTopic("Дроби", 6))));
    }

    private static void roster(Map<String, Operation> all) {
        command(all, "EnrolStudent", new EnrolStudent(ID, "s-new", "Новиков", "Иван", "", LocalDate.of(2015, 5, 1), "5А",
                MONDAY));
        command(all, "TransferStudent", new TransferStudent(ID, PUPIL.personId(), "5Б", MONDAY));
        command(all, "WithdrawStudent", new WithdrawStudent(ID, PUPIL.personId(), MONDAY, "переезд"));
        command(all, "UpdateStudentData", new UpdateStudentData(ID, PUPIL.personId(), "Иванов", "Пётр", "Сергеевич",
                LocalDate.of(2015, 3, 1)));
        command(all, "RegisterGuardian", new RegisterGuardian(ID, "g-ivanov", "Иванов", "Сергей", "", PUPIL.personId()));
        all.put("RegisterGuardian of oneself", new Operation(DURING_THE_LESSON, engine -> { },
                (engine, actor) -> engine.execute(actor, new RegisterGuardian(ID, actor.personId(), "Сам", "Себе", "",
                        PUPIL.personId()))));
        command(all, "LinkGuardian", new LinkGuardian(ID, OTHER_GUARDIAN.personId(), PUPIL.personId()));
        all.put("LinkGuardian of oneself", new Operation(DURING_THE_LESSON, engine -> { },
                (engine, actor) -> engine.execute(actor, new LinkGuardian(ID, actor.personId(), PUPIL.personId()))));
        command(all, "UnlinkGuardian", new UnlinkGuardian(ID, GUARDIAN.personId(), PUPIL.personId()));
    }

    private static void contacts(Map<String, Operation> all) {
        for (DocumentForm form : DocumentForm.values()) {
            String in = " (" + form.name().toLowerCase(java.util.Locale.ROOT) + ")";
            command(all, "RecordConsent" + in, new RecordConsent(ID, GUARDIAN.personId(), true, MONDAY, form));
            all.put("SetContactEmail" + in, new Operation(DURING_THE_LESSON, engine -> { },
                    (engine, actor) -> engine.notifications().setContactEmail(actor, ID, GUARDIAN.personId(),
                            "ivanova@example.ru", form)));
            command(all, "SetNotificationSettings" + in, new SetNotificationSettings(ID, GUARDIAN.personId(), true,
                    true, Schedule.IMMEDIATE, form));
        }
        String[] token = new String[1];
        all.put("ConfirmEmail", new Operation(DURING_THE_LESSON,
                engine -> token[0] = engine.notifications().setContactEmail(HEAD, ID, GUARDIAN.personId(),
                        "ivanova@example.ru", DocumentForm.WRITTEN),
                (engine, actor) -> engine.execute(actor, new ConfirmEmail(ID, GUARDIAN.personId(), token[0]))));
    }

    private static void reads(Map<String, Operation> all, Path files) {
        read(all, "journals().read", (engine, actor) -> engine.journals().read(actor, ID, MATH_5A));
        read(all, "reports().summarySheet", (engine, actor) -> engine.reports().summarySheet(actor, ID, "5А"));
        read(all, "reports().attendance", (engine, actor) -> engine.reports().attendance(actor, ID, "5А", MONDAY, MONDAY));
        read(all, "reports().statistics", (engine, actor) -> engine.reports().statistics(actor, ID, MATH_5A, MONDAY,
                MONDAY));
        read(all, "reports().setup", (engine, actor) -> engine.reports().setup(actor, ID));
        read(all, "diaries().read", (engine, actor) -> engine.diaries().read(actor, ID, PUPIL.personId(), MONDAY, MONDAY));
        read(all, "diaries().extract", (engine, actor) -> engine.diaries().extract(actor, ID, PUPIL.personId(), MONDAY,
                MONDAY));
        read(all, "diaries().log", (engine, actor) -> engine.diaries().log(actor, ID, PUPIL.personId()));
        read(all, "diaries().sent", (engine, actor) -> engine.diaries().sent(actor, ID));
        read(all, "schools().state", (engine, actor) -> engine.schools().state(actor, ID));
        all.put("retention().archiveYear", new Operation(YEAR_CLOSED, engine -> { },
                (engine, actor) -> engine.retention().archiveYear(actor, ID, fresh(files))));
        all.put("retention().purgeJournals", new Operation(YEAR_CLOSED, engine -> { },
                (engine, actor) -> engine.retention().purgeJournals(actor, ID)));
    }

    private static Path fresh(Path files) {
        try {
            return Files.createTempDirectory(files, "archive").resolve("school.backup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void command(Map<String, Operation> all, String name,
            org.schooljournal.core.school.SchoolCommand command) {
        all.put(name, new Operation(DURING_THE_LESSON, engine -> { }, (engine, actor) -> engine.execute(actor, command)));
    }

    private static void command(Map<String, Operation> all, String name,
            org.schooljournal.core.journal.JournalCommand command) {
        all.put(name, new Operation(DURING_THE_LESSON, engine -> { }, (engine, actor) -> engine.execute(actor, command)));
    }

    private static void read(Map<String, Operation> all, String name, BiConsumer<JournalEngine, Actor> read) {
        all.put(name, new Operation(DURING_THE_LESSON, engine -> { }, read));
    }
}
