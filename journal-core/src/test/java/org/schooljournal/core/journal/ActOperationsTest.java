package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FIRST_QUARTER;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;
import static org.schooljournal.core.journal.JournalSchool.SUBSTITUTE;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;
import static org.schooljournal.core.journal.JournalSchool.ZONE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.compromise.Compromise;
import org.schooljournal.core.compromise.CompromiseAct;
import org.schooljournal.core.compromise.InvalidatedOperation;
import org.schooljournal.core.compromise.ReportCompromise;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.school.DeclareTechnicalFailure;

/**
 * Every kind of journal operation as the act of a compromised account lists it in Russian (PD-4,
 * R 4.4, UX-1), in the words of entries.properties: on the last day of quarter 1, Friday 23
 * October 2026, the mathematics teacher's and the deputy head's accounts are used from 11:30, when
 * the head and support are informed; the head reports both at 13:00 and draws up the acts.
 */
@Tag("PD-4")
@DisplayName("PD-4, UX-1: the act describes each kind of journal operation in Russian")
class ActOperationsTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 23);
    private static final LocalDate NEXT_MONDAY = LocalDate.of(2026, 10, 19);
    private static final Actor MOTHER = Actor.of("g-ivanova");

    private final JournalSchool school = JournalSchool.setUp();

    private Instant at(int hour, int minute) {
        return LAST_DAY.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    @BeforeEach
    void theAccountsAreUsed() {
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.at(LAST_DAY.minusDays(1), LocalTime.of(18, 0));
        school.subscribe(MOTHER, "ivanova@example.ru", Schedule.IMMEDIATE);
        school.at(LAST_DAY, LocalTime.of(12, 0));
        LessonRef friday = new LessonRef(LAST_DAY, 1);
        school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, friday, IVANOV, Mark.of("5"), WorkKind.ORAL));
        school.engine.execute(MATH, RecordMark.of(ID, MATH_5A, friday, ALEKSEEVA, Mark.of("3"), WorkKind.ORAL));
        school.engine.execute(MATH, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 1), Mark.of("4"), "пересмотр"));
        school.engine.execute(MATH, CorrectEntry.removal(ID, new EntryRef(MATH_5A, 2), "не тот ученик"));
        school.engine.execute(MATH, new ExcludeMarkFromAverage(ID, new EntryRef(MATH_5A, 1), "болел неделю"));
        school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, IVANOV, Mark.of("4")));
        school.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, ALEKSEEVA, Mark.of("3")));
        school.engine.execute(MATH, new DeferPeriodMark(ID, MATH_5A, FIRST_QUARTER, YOLKIN, LocalDate.of(2026, 11, 6),
                "длительная болезнь"));

        school.engine.execute(DEPUTY, new RecordSubstitution(ID, MATH_5A, new LessonRef(JournalSchool.FRIDAY, 1),
                SUBSTITUTE.personId()));
        school.engine.execute(DEPUTY, new RescheduleLesson(ID, RUSSIAN_5A, new LessonRef(NEXT_MONDAY, 2),
                new LessonRef(NEXT_MONDAY.plusDays(1), 1), "болезнь учителя"));
        school.engine.execute(DEPUTY, new SetGradingSystem(ID, RUSSIAN_5A, GradingSystem.PASS_FAIL));
        school.at(LAST_DAY, LocalTime.of(13, 0));
    }

    private CompromiseAct actOf(Actor account) {
        Compromise reported = school.engine.compromises().report(HEAD, new ReportCompromise(ID, account.personId(),
                at(11, 0), at(11, 30), "пароль стал известен постороннему лицу"));
        return school.engine.compromises().drawUpAct(HEAD, ID, reported.number());
    }

    @Test
    @DisplayName("PD-4, UX-1: a teacher's marks, correction, removal, exclusion from the average, period marks, deferral, closed period and queued notice, each in Russian; entries left out, the rest to reverse")
    void theTeachersOperations() {
        assertThat(actOf(MATH).compromise().operations())
                .extracting(InvalidatedOperation::type, InvalidatedOperation::description, InvalidatedOperation::leftOut)
                .containsExactly(
                        tuple("EntryRecorded", "журнал «5А, Математика», запись № 1: отметка «5», обучающийся Иванов Пётр,"
                                + " урок 23.10.2026, 1-й по расписанию", true),
                        tuple("NotificationQueued", "журнал «5А, Математика»: уведомление законному представителю"
                                + " Иванова Ольга Сергеевна (ivanova@example.ru): «Новая отметка»", true),
                        tuple("EntryRecorded", "журнал «5А, Математика», запись № 2: отметка «3», обучающийся Алексеева"
                                + " Анна, урок 23.10.2026, 1-й по расписанию", true),
                        tuple("EntryCorrected", "журнал «5А, Математика», запись № 1: исправлено на «4», причина:"
                                + " пересмотр", true),
                        tuple("EntryCorrected", "журнал «5А, Математика», запись № 2: запись удалена, причина: не тот"
                                + " ученик", true),
                        tuple("MarkExcluded", "журнал «5А, Математика», запись № 1: отметка исключена из среднего,"
                                + " причина: болел неделю", false),
                        tuple("EntryRecorded", "журнал «5А, Математика», запись № 3: отметка за период «4», обучающийся"
                                + " Иванов Пётр, период QUARTER-1", true),
                        tuple("EntryRecorded", "журнал «5А, Математика», запись № 4: отметка за период «3», обучающийся"
                                + " Алексеева Анна, период QUARTER-1", true),
                        tuple("PeriodMarkDeferred", "журнал «5А, Математика»: отсрочка отметки за период QUARTER-1"
                                + " обучающемуся Ёлкин Борис до 06.11.2026", false),
                        tuple("PeriodClosed", "журнал «5А, Математика»: период QUARTER-1 закрыт итоговыми отметками",
                                false));
    }

    @Test
    @DisplayName("PD-4, UX-1: a deputy head's substitution, reschedule and grading system, each in Russian, listed for the administration to reverse")
    void theAdministrationsOperations() {
        CompromiseAct act = actOf(DEPUTY);

        assertThat(act.compromise().operations())
                .extracting(InvalidatedOperation::type, InvalidatedOperation::description, InvalidatedOperation::leftOut)
                .containsExactly(
                        tuple("SubstitutionRecorded", "журнал «5А, Математика»: замена на урок 16.10.2026, 1-й по"
                                + " расписанию, учитель Кузнецов Олег Андреевич", false),
                        tuple("LessonRescheduled", "журнал «5А, Русский язык»: перенос (урок 19.10.2026, 2-й по"
                                + " расписанию) на урок 20.10.2026, 1-й по расписанию, причина: болезнь учителя", false),
                        tuple("GradingSystemSet", "журнал «5А, Русский язык»: система оценивания «зач» / «незач»",
                                false));
        assertThat(act.text()).contains("3. 23.10.2026 12:00:00 — журнал «5А, Русский язык»: система оценивания"
                + " «зач» / «незач» [требует отмены администрацией]");
    }

    @Test
    @Tag("ARC-7")
    @DisplayName("PD-4, ARC-7: entries judged again by a failure the compromised account declared are listed by their event, for the administration to reverse")
    void rejudgedEntriesAreListed() {
        JournalSchool other = JournalSchool.setUp();
        LocalDate monday = JournalSchool.MONDAY;
        other.at(monday, LocalTime.of(12, 30));
        other.engine.execute(MATH, JournalSchool.absence(monday, 1, IVANOV, AbsenceCode.UNEXCUSED));
        other.at(monday.plusDays(1), LocalTime.of(13, 0));
        other.engine.execute(DEPUTY, new DeclareTechnicalFailure(ID,
                monday.atTime(8, 0).atZone(ZONE).toInstant(), monday.atTime(12, 0).atZone(ZONE).toInstant(),
                "нет интернета в школе"));
        other.at(monday.plusDays(1), LocalTime.of(14, 0));
        Compromise reported = other.engine.compromises().report(HEAD, new ReportCompromise(ID, DEPUTY.personId(),
                monday.plusDays(1).atTime(12, 50).atZone(ZONE).toInstant(),
                monday.plusDays(1).atTime(12, 55).atZone(ZONE).toInstant(), "пароль подсмотрели"));

        CompromiseAct act = other.engine.compromises().drawUpAct(HEAD, ID, reported.number());
        assertThat(act.compromise().operations()).filteredOn(op -> op.stream().equals(MATH_5A.stream(ID)))
                .extracting(InvalidatedOperation::description, InvalidatedOperation::leftOut)
                .containsExactly(tuple("журнал «5А, Математика», запись № 1: признана внесённой в срок из-за технического сбоя", false));
    }
}
