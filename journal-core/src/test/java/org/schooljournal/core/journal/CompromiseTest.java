package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ADMIN;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;
import static org.schooljournal.core.journal.JournalSchool.ZONE;
import static org.schooljournal.core.journal.JournalSchool.absence;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.compromise.Compromise;
import org.schooljournal.core.compromise.CompromiseAct;
import org.schooljournal.core.compromise.CompromiseRecords;
import org.schooljournal.core.compromise.InvalidatedOperation;
import org.schooljournal.core.compromise.ReportCompromise;
import org.schooljournal.core.compromise.RestoreAccount;
import org.schooljournal.core.diary.Diary;
import org.schooljournal.core.diary.DiaryLesson;
import org.schooljournal.core.diary.DiaryMark;
import org.schooljournal.core.diary.SentNote;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.reports.AttendanceReport;
import org.schooljournal.core.reports.SummarySheet;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.ruleset.RuleSets;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.Notification;
import org.schooljournal.spi.notify.Notifier;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * A compromised account (PD-4, R 4.3–4.4) on the school of {@link JournalSchool}: the mathematics
 * teacher's password leaks on Monday 12 October 2026; the breach is discovered at 9:00, the head
 * and support are informed at 9:30, and the head records the report at 10:10. What the account
 * did before 9:30 stands; what it did from 9:30 is invalid.
 */
@Tag("PD-4")
@DisplayName("PD-4: a compromised account is reported, blocked, its act drawn up, and its operations left out of every read")
class CompromiseTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");
    private static final Actor FATHER = Actor.of("g-alekseev");
    private static final Instant DISCOVERED = at(MONDAY, 9, 0);
    private static final Instant INFORMED = at(MONDAY, 9, 30);
    private static final LocalDate FRIDAY_BEFORE = MONDAY.minusDays(3);

    private final JournalSchool school = JournalSchool.setUp();
    private final Channel channel = new Channel();

    /** A channel that records what it sends. */
    static final class Channel implements Notifier {
        final List<Notification> sent = new ArrayList<>();

        @Override
        public synchronized DeliveryOutcome deliver(Notification notification) {
            sent.add(notification);
            return DeliveryOutcome.sent();
        }
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return LocalDateTime.of(date, LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    private void at(int hour, int minute) {
        school.clock.set(at(MONDAY, hour, minute));
    }

    private ReportCompromise report(Actor account) {
        return new ReportCompromise(ID, account.personId(), DISCOVERED, INFORMED, "пароль стал известен постороннему лицу");
    }

    private static RecordMark markOf(String student, String value) {
        return mark(MONDAY, 1, student, value, WorkKind.ORAL);
    }

    /**
     * Ivanov's mother is told at once, Alekseeva's father by a daily digest at 10:00. On Friday the
     * teacher records Ivanov absent (entry 1), and at 8:40 on Monday marks him «4» (entry 2); at
     * 9:45 the intruder, through the teacher's account, corrects the mark to «2» and the absence to
     * «б», marks Alekseeva «2» (3), records Yolkin absent (4) and writes Ivanov a remark (5); a
     * dispatch at 9:50 sends the mother the absence, the mark, the «б» and the remark, one at 10:01
     * the father his digest; at 10:05 the intruder marks Ivanov «2» again (6), not sent yet when
     * the head reports the breach at 10:10.
     */
    @BeforeEach
    void anIntruderUsesTheTeachersAccount() {
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.school(new RegisterGuardian(ID, FATHER.personId(), "Алексеев", "Павел", "Ильич", ALEKSEEVA));
        school.at(MONDAY.minusDays(4), LocalTime.of(18, 0));
        school.subscribe(MOTHER, "ivanova@example.ru", Schedule.IMMEDIATE);
        school.subscribe(FATHER, "alekseev@example.ru", new Schedule(Schedule.Kind.DAILY, LocalTime.of(10, 0)));
        school.at(FRIDAY_BEFORE, LocalTime.of(8, 45));
        school.engine.execute(MATH, absence(FRIDAY_BEFORE, 1, IVANOV, AbsenceCode.UNEXCUSED));

        at(8, 40);
        school.engine.execute(MATH, markOf(IVANOV, "4"));
        at(9, 45);
        school.engine.execute(MATH, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 2), Mark.of("2"), "пересмотр"));
        school.engine.execute(MATH, CorrectEntry.absence(ID, new EntryRef(MATH_5A, 1), AbsenceCode.ILLNESS,
                "справка"));
        school.engine.execute(MATH, markOf(ALEKSEEVA, "2"));
        school.engine.execute(MATH, absence(MONDAY, 1, YOLKIN, AbsenceCode.UNEXCUSED));
        school.engine.execute(MATH, new MakeRemark(ID, MATH_5A, IVANOV, "Разговаривал на уроке", Copies.NONE));
        at(9, 50);
        school.engine.host().dispatch(ID, channel);
        at(10, 1);
        school.engine.host().dispatch(ID, channel);
        at(10, 5);
        school.engine.execute(MATH, mark(MONDAY, 1, IVANOV, "2", WorkKind.CLASSWORK));
        at(10, 10);
    }

    private Compromise reportAndDrawUp() {
        Compromise reported = school.engine.compromises().report(HEAD, report(MATH));
        school.engine.compromises().drawUpAct(HEAD, ID, reported.number());
        return reported;
    }

    private Journal journal() {
        return school.engine.journals().read(DEPUTY, ID, MATH_5A);
    }

    @Nested
    @DisplayName("the block")
    class Block {

        @Test
        @DisplayName("PD-4: after the report every command of the account is refused ACCESS_DENIED naming PD-4 and the report; nothing is appended")
        void commandsAreRefused() {
            school.engine.compromises().report(HEAD, report(MATH));
            long before = school.store.version(MATH_5A.stream(ID));

            assertThatThrownBy(() -> school.engine.execute(MATH, markOf(YOLKIN, "5")))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
                        assertThat(e.requirement()).isEqualTo("PD-4");
                        assertThat(e.missing()).isEqualTo(Permission.USE_ACCOUNT);
                    })
                    .hasMessageContaining("t-math").hasMessageContaining("report 1").hasMessageContaining(INFORMED.toString());
            assertThatThrownBy(() -> school.engine.journals().read(MATH, ID, MATH_5A))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.requirement()).isEqualTo("PD-4"));
            assertThat(school.store.version(MATH_5A.stream(ID))).isEqualTo(before);
        }

        @Test
        @DisplayName("PD-4: a blocked head may change nothing in the school's own stream, and the block shows in the school's state")
        void schoolCommandsAreRefused() {
            long before = school.store.version("school-" + ID);
            school.engine.compromises().report(ADMIN, new ReportCompromise(ID, HEAD.personId(), DISCOVERED, INFORMED,
                    "вход с чужого устройства"));

            assertThatThrownBy(() -> school.school(new HireStaff(ID, "t-new", "Новикова", "Анна", "")))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.requirement()).isEqualTo("PD-4"));
            assertThat(school.store.version("school-" + ID)).isEqualTo(before + 1);
            assertThat(school.engine.host().school(ID).blocked(HEAD.personId(), school.clock.instant())).isTrue();
            assertThat(school.engine.host().school(ID).blocked(HEAD.personId(), INFORMED.minusNanos(1000))).isFalse();
            assertThat(school.engine.host().school(ID).blocked(DEPUTY.personId(), school.clock.instant())).isFalse();
        }

        @Test
        @DisplayName("PD-4: a blocked guardian may not open the diary, so no reading is recorded")
        void blockedGuardianReadsNothing() {
            school.engine.compromises().report(MOTHER, new ReportCompromise(ID, MOTHER.personId(), DISCOVERED, INFORMED,
                    "телефон с паролем утерян"));
            long before = school.store.version("school-" + ID + "/diary/" + IVANOV);

            assertThatThrownBy(() -> school.engine.diaries().read(MOTHER, ID, IVANOV, MONDAY, MONDAY))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.requirement()).isEqualTo("PD-4"));
            assertThat(school.store.version("school-" + ID + "/diary/" + IVANOV)).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("who reports, and what a report must say")
    class Reporting {

        @Test
        @DisplayName("PD-4: the person themselves may report their account; a colleague may not")
        void thePersonOrTheAdministration() {
            assertThatThrownBy(() -> school.engine.compromises().report(RUSSIAN, report(MATH)))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.requirement()).isEqualTo("PD-4");
                        assertThat(e.missing()).isEqualTo(Permission.HANDLE_COMPROMISE);
                    });
            assertThat(CompromiseRecords.of(school.engine.host().school(ID)).reports()).isEmpty();

            Compromise own = school.engine.compromises().report(MATH, report(MATH));
            assertThat(own.reportedBy()).isEqualTo(MATH.personId());
            assertThat(own.number()).isEqualTo(1);
        }

        @Test
        @DisplayName("PD-4: the same report again changes nothing; another report while the account is blocked is refused")
        void oncePerBlock() {
            school.engine.compromises().report(HEAD, report(MATH));
            long before = school.store.version("school-" + ID);

            school.engine.compromises().report(HEAD, report(MATH));
            assertThat(school.store.version("school-" + ID)).isEqualTo(before);
            assertThatThrownBy(() -> school.engine.compromises().report(HEAD, new ReportCompromise(ID, MATH.personId(),
                    DISCOVERED, INFORMED.plusSeconds(60), "ещё раз")))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("already blocked by report 1");
        }

        @Test
        @DisplayName("PD-4: a report names someone the school knows, informed not before the discovery and not after now")
        void badReports() {
            assertThatThrownBy(() -> school.engine.compromises().report(HEAD, new ReportCompromise(ID, "nobody",
                    DISCOVERED, INFORMED, "?"))).isInstanceOf(NotFoundException.class).hasMessageContaining("nobody");
            assertThatThrownBy(() -> school.engine.compromises().report(HEAD, new ReportCompromise(ID, MATH.personId(),
                    INFORMED, DISCOVERED, "наоборот")))
                    .isInstanceOfSatisfying(InvalidCommandException.class,
                            e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field())
                                    .isEqualTo("informedAt")));
            assertThatThrownBy(() -> school.engine.compromises().report(HEAD, new ReportCompromise(ID, MATH.personId(),
                    DISCOVERED, school.clock.instant().plusSeconds(1), "в будущем")))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("must not be after now");
            assertThatThrownBy(() -> school.engine.compromises().report(HEAD, new ReportCompromise(ID, MATH.personId(),
                    DISCOVERED, INFORMED, " ")))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("circumstances");
            assertThat(CompromiseRecords.of(school.engine.host().school(ID)).reports()).isEmpty();
        }

        @Test
        @DisplayName("PD-4: a report within an hour of the discovery is on time")
        void onTime() {
            Compromise reported = school.engine.compromises().report(HEAD, report(MATH));

            assertThat(reported.timing()).hasValueSatisfying(timing -> {
                assertThat(timing.verdict()).isEqualTo(Timeliness.ON_TIME);
                assertThat(timing.closesAt()).isEqualTo(DISCOVERED.plus(Duration.ofHours(1)));
            });
        }

        @Test
        @DisplayName("PD-4: a report later than an hour is recorded, blocks the account, and is flagged late by how much")
        void lateIsRecordedAndFlagged() {
            Compromise reported = school.engine.compromises().report(HEAD, new ReportCompromise(ID, MATH.personId(),
                    DISCOVERED.minus(Duration.ofMinutes(65)), INFORMED, "узнал поздно"));

            assertThat(reported.timing()).hasValueSatisfying(timing -> {
                assertThat(timing.verdict()).isEqualTo(Timeliness.LATE);
                assertThat(timing.lateBy()).isEqualTo(Duration.ofMinutes(35));
            });
            assertThatThrownBy(() -> school.engine.execute(MATH, markOf(YOLKIN, "5")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(school.engine.compromises().act(HEAD, ID, 1).text()).contains("с опозданием на 35 мин");
        }

        @Test
        @DisplayName("PD-4: with the one-working-day variant (A1) a report by the end of the next working day is on time; a later one late, and recorded even under REJECT")
        void workingDayVariant() {
            JournalSchool variant = JournalSchool.setUp(JournalEngine.builder().ruleSet(RuleSets.yugra2020()
                    .withOverrides("{\"rules\":{\"PD-4\":{\"measure\":\"WORKING_DAYS\",\"enforcement\":\"REJECT\"}}}")));
            Instant friday = at(LocalDate.of(2026, 10, 16), 17, 0);
            Instant mondayNight = at(LocalDate.of(2026, 10, 19), 23, 59);
            variant.clock.set(at(LocalDate.of(2026, 10, 20), 10, 0));

            Compromise onTime = variant.engine.compromises().report(HEAD, new ReportCompromise(ID, MATH.personId(),
                    friday, mondayNight, "обнаружено в пятницу вечером"));
            Compromise late = variant.engine.compromises().report(HEAD, new ReportCompromise(ID, RUSSIAN.personId(),
                    friday, mondayNight.plus(Duration.ofMinutes(61)), "сообщено во вторник"));

            assertThat(onTime.timing()).hasValueSatisfying(timing -> {
                assertThat(timing.verdict()).isEqualTo(Timeliness.ON_TIME);
                assertThat(timing.closesAt()).isEqualTo(LocalDate.of(2026, 10, 20).atStartOfDay(ZONE).toInstant());
            });
            assertThat(late.timing()).hasValueSatisfying(timing -> {
                assertThat(timing.verdict()).isEqualTo(Timeliness.LATE);
                assertThat(timing.lateBy()).isEqualTo(Duration.ofHours(1));
                assertThat(timing.enforcement()).isEqualTo(org.schooljournal.rules.ruleset.Enforcement.REJECT);
            });
            assertThatThrownBy(() -> variant.engine.execute(RUSSIAN, new MakeRemark(ID, JournalSchool.RUSSIAN_5A, IVANOV,
                    "?", Copies.NONE))).isInstanceOf(AccessDeniedException.class);
        }
        @Test
        @Tag("YR-2")
        @DisplayName("PD-4: with the one-working-day variant, a compromise found on Friday 31 October 2025 is due by the end of"
                + " Saturday 1 November, a working day by decree No. 1335 of the federal production calendar, not Monday")
        void workingDayVariantOverATransferredSaturday() {
            JournalSchool variant = JournalSchool.setUp(JournalEngine.builder().ruleSet(RuleSets.yugra2020()
                    .withOverrides("{\"rules\":{\"PD-4\":{\"measure\":\"WORKING_DAYS\"}}}")));
            Instant friday = at(LocalDate.of(2025, 10, 31), 17, 0);
            Instant saturdayNight = at(LocalDate.of(2025, 11, 1), 23, 59);
            variant.clock.set(at(LocalDate.of(2025, 11, 3), 10, 0));

            Compromise onTime = variant.engine.compromises().report(HEAD, new ReportCompromise(ID, MATH.personId(),
                    friday, saturdayNight, "обнаружено в пятницу вечером"));
            Compromise late = variant.engine.compromises().report(HEAD, new ReportCompromise(ID, RUSSIAN.personId(),
                    friday, at(LocalDate.of(2025, 11, 2), 9, 0), "сообщено в воскресенье"));

            assertThat(onTime.timing()).hasValueSatisfying(timing -> {
                assertThat(timing.verdict()).isEqualTo(Timeliness.ON_TIME);
                assertThat(timing.closesAt()).isEqualTo(LocalDate.of(2025, 11, 2).atStartOfDay(ZONE).toInstant());
            });
            assertThat(late.timing()).hasValueSatisfying(timing -> {
                assertThat(timing.verdict()).isEqualTo(Timeliness.LATE);
                assertThat(timing.lateBy()).isEqualTo(Duration.ofHours(9));
            });
        }
    }

    @Nested
    @DisplayName("what every read leaves out")
    class Reads {

        @Test
        @DisplayName("PD-4: the journal page shows the values before the instant the head was informed and none of the account's after it")
        void page() {
            reportAndDrawUp();

            JournalPage page = journal().page(MONDAY, MONDAY);
            LessonRef lesson = new LessonRef(MONDAY, 1);
            Map<String, String> cells = new java.util.HashMap<>();
            page.rows().forEach(row -> cells.put(row.student().personId(), row.cell(lesson).text()));
            assertThat(cells).containsEntry(IVANOV, "4").containsEntry(ALEKSEEVA, "").containsEntry(YOLKIN, "");
            assertThat(page.rows()).allSatisfy(row -> assertThat(row.cell(lesson).corrected()).isFalse());
        }

        @Test
        @DisplayName("PD-4, ATT-2: the late entries, the forecast and the lesson statistics leave the invalid values out")
        void lateEntriesForecastStatistics() {
            reportAndDrawUp();

            assertThat(journal().lateEntries()).isEmpty();
            assertThat(journal().forecast(IVANOV, JournalSchool.FIRST_QUARTER).average())
                    .hasValueSatisfying(average -> assertThat(average.display()).isEqualByComparingTo("4"));
            assertThat(school.engine.reports().statistics(DEPUTY, ID, MATH_5A, MONDAY, MONDAY).marks())
                    .containsExactly(Map.entry("4", 1));
        }

        @Test
        @DisplayName("PD-4, ATT-3: the attendance report does not count the «н» recorded through the account")
        void attendance() {
            AttendanceReport before = school.engine.reports().attendance(DEPUTY, ID, "5А", MONDAY, MONDAY);
            assertThat(before.lessonsMissed()).isEqualTo(1);

            reportAndDrawUp();

            assertThat(school.engine.reports().attendance(DEPUTY, ID, "5А", MONDAY, MONDAY).lessonsMissed()).isZero();
        }

        @Test
        @DisplayName("PD-4, DRY-1: the diary shows the valid mark, not the intruder's marks nor the remark")
        void diary() {
            reportAndDrawUp();

            Diary diary = school.engine.diaries().read(MOTHER, ID, IVANOV, MONDAY, MONDAY);
            DiaryLesson math = diary.days().get(0).lessons().stream().filter(l -> l.slot() == 1).findFirst().orElseThrow();
            assertThat(math.marks()).extracting(DiaryMark::value).containsExactly("4");
            assertThat(math.marks()).extracting(DiaryMark::corrected).containsExactly(false);
            assertThat(diary.notes()).isEmpty();
        }

        @Test
        @DisplayName("PD-4, MRK-12: the summary sheet and the completeness leave out a period mark set through the account")
        void summarySheet() {
            LocalDate lastDay = LocalDate.of(2026, 10, 23);
            JournalSchool quarter = JournalSchool.setUp();
            quarter.at(lastDay, LocalTime.of(12, 0));
            quarter.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, JournalSchool.FIRST_QUARTER, IVANOV, Mark.of("4")));
            quarter.at(lastDay, LocalTime.of(12, 45));
            quarter.engine.execute(MATH, new SetPeriodMark(ID, MATH_5A, JournalSchool.FIRST_QUARTER, ALEKSEEVA, Mark.of("2")));
            quarter.at(lastDay, LocalTime.of(13, 0));
            Compromise reported = quarter.engine.compromises().report(HEAD, new ReportCompromise(ID, MATH.personId(),
                    at(lastDay, 12, 20), at(lastDay, 12, 30), "пароль подсмотрели"));
            quarter.engine.compromises().drawUpAct(HEAD, ID, reported.number());

            SummarySheet sheet = quarter.engine.reports().summarySheet(DEPUTY, ID, "5А");
            Map<String, Optional<String>> marks = new java.util.HashMap<>();
            sheet.rows().forEach(row -> marks.put(row.student().personId(), row.mark("math", "QUARTER-1")));
            assertThat(marks).containsEntry(IVANOV, Optional.of("4")).containsEntry(ALEKSEEVA, Optional.empty());
            assertThat(quarter.engine.journals().read(DEPUTY, ID, MATH_5A).completeness(JournalSchool.FIRST_QUARTER)
                    .missing()).extracting(s -> s.personId()).contains(ALEKSEEVA);
        }

        @Test
        @DisplayName("PD-4, DRY-5: the blocked teacher reads nothing; restored, the remark the intruder wrote is not among their sent; a reading by a compromised guardian is no read receipt")
        void sentAndReadReceipts() {
            at(10, 6);
            school.engine.execute(RUSSIAN, new MakeRemark(ID, JournalSchool.RUSSIAN_5A, IVANOV, "Не сдал тетрадь",
                    Copies.NONE));
            at(10, 7);
            school.engine.diaries().read(MOTHER, ID, IVANOV, MONDAY, MONDAY);
            at(10, 10);
            reportAndDrawUp();
            Compromise mother = school.engine.compromises().report(HEAD, new ReportCompromise(ID, MOTHER.personId(),
                    at(MONDAY, 10, 0), at(MONDAY, 10, 5), "посторонний вошёл в кабинет родителя"));
            school.engine.compromises().drawUpAct(HEAD, ID, mother.number());

            assertThatThrownBy(() -> school.engine.diaries().sent(MATH, ID)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("PD-4");
            school.engine.execute(HEAD, new RestoreAccount(ID, MATH.personId(), "пароль ЕСИА сменён"));
            assertThat(school.engine.diaries().sent(MATH, ID)).isEmpty();
            List<SentNote> russian = school.engine.diaries().sent(RUSSIAN, ID);
            assertThat(russian).singleElement().satisfies(note -> assertThat(note.receipts())
                    .allSatisfy(receipt -> assertThat(receipt.readAt()).isEmpty()));
        }
    }

    @Nested
    @DisplayName("the log and the act")
    class LogAndAct {

        @Test
        @Tag("ACC-7")
        @Tag("MRK-10")
        @DisplayName("PD-4, ACC-7, MRK-10: the log keeps every invalid operation; the entry's history shows it marked with the act's number")
        void theLogKeepsThemMarked() {
            long before = school.store.version(MATH_5A.stream(ID));
            reportAndDrawUp();

            JournalEntry mark = journal().entry(2);
            assertThat(mark.revisions()).extracting(Revision::value).containsExactly("4", "2");
            assertThat(mark.revisions()).extracting(Revision::invalidBy).containsExactly(Optional.empty(), Optional.of(1));
            assertThat(mark.current().value()).isEqualTo("4");
            assertThat(journal().invalidated()).extracting(JournalEntry::number).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(school.engine.host().journal(ID, MATH_5A).entry(2).orElseThrow().current().value())
                    .as("the fold keeps the value as recorded").isEqualTo("2");
            assertThat(school.store.version(MATH_5A.stream(ID))).as("only the withdrawal was appended")
                    .isEqualTo(before + 1);
        }

        @Test
        @DisplayName("PD-4, R 4.4: the act lists every operation of the account from the instant, in every stream, and none before it")
        void theActListsEveryOperation() {
            Compromise reported = reportAndDrawUp();
            CompromiseAct act = school.engine.compromises().act(HEAD, ID, reported.number());

            List<EventEnvelope> expected = new ArrayList<>();
            for (String stream : school.store.streamIds("school-" + ID)) {
                school.store.read(stream, 1, 10_000).stream()
                        .filter(e -> e.event().actor().equals(MATH.personId()) && !e.event().recordedAt().isBefore(INFORMED))
                        .forEach(expected::add);
            }
            assertThat(act.compromise().operations()).extracting(InvalidatedOperation::eventId)
                    .containsExactlyInAnyOrderElementsOf(expected.stream().map(e -> e.event().eventId()).toList());
            assertThat(act.compromise().operations()).extracting(InvalidatedOperation::type)
                    .contains("EntryRecorded", "EntryCorrected", "NotificationQueued");
            assertThat(act.compromise().operations()).allSatisfy(op -> assertThat(op.leftOut()).isTrue());
            assertThat(act.compromise().operations()).noneMatch(op -> op.recordedAt().isBefore(INFORMED));
        }

        @Test
        @Tag("UX-1")
        @DisplayName("PD-4, UX-1: the act reads in Russian: title, account, instants, timeliness, block, numbered operations, who drew it up")
        void theActInRussian() {
            Compromise reported = reportAndDrawUp();
            String text = school.engine.compromises().act(HEAD, ID, reported.number()).text();

            assertThat(text).startsWith("АКТ № 1\nо фиксации нарушения конфиденциальности условий доступа в личный кабинет\n"
                    + "МБОУ «Средняя школа № 1»");
            assertThat(text).contains("Учётная запись: Петрова Мария Ивановна (идентификатор t-math).")
                    .contains("Нарушение обнаружено: 12.10.2026 09:00.")
                    .contains("уведомлены: 12.10.2026 09:30.")
                    .contains("до 12.10.2026 10:00 — уведомление своевременное")
                    .contains("Обстоятельства: пароль стал известен постороннему лицу")
                    .contains("Учётная запись заблокирована с 12.10.2026 09:30.")
                    .contains("Доступ не восстановлен.")
                    .contains("признаются недействительными")
                    .contains("1. 12.10.2026 09:45:00 — журнал «5А, Математика», запись № 2: исправлено на «2», причина: пересмотр")
                    .contains("2. 12.10.2026 09:45:00 — журнал «5А, Математика», запись № 1: исправлено на «б», причина: справка")
                    .contains("отметка «2», обучающийся Алексеева Анна, урок 12.10.2026, 1-й по расписанию")
                    .contains("замечание «Разговаривал на уроке»")
                    .contains("Акт составлен: ");
            assertThat(text).doesNotContain("«4»").doesNotContain("требует отмены");
        }

        @Test
        @DisplayName("PD-4: operations in the school's own stream are listed for the administration to reverse")
        void schoolOperationsNeedReversal() {
            at(9, 40);
            school.engine.execute(ADMIN, new AssignRole(ID, "intruder", Role.HEAD));
            at(10, 10);
            Compromise reported = school.engine.compromises().report(HEAD, new ReportCompromise(ID, ADMIN.personId(),
                    DISCOVERED, INFORMED, "пароль администратора в открытом доступе"));
            CompromiseAct act = school.engine.compromises().drawUpAct(HEAD, ID, reported.number());

            assertThat(act.compromise().operations()).singleElement().satisfies(op -> {
                assertThat(op.type()).isEqualTo("RoleAssigned");
                assertThat(op.leftOut()).isFalse();
            });
            assertThat(act.text()).contains("журнал школы: назначение роли [требует отмены администрацией]");
        }

        @Test
        @DisplayName("PD-4: drawing the act up again appends nothing when the log received nothing new; it is handled by the administration only")
        void drawingUpAgain() {
            Compromise reported = reportAndDrawUp();
            long before = school.store.version("school-" + ID);

            CompromiseAct again = school.engine.compromises().drawUpAct(HEAD, ID, reported.number());
            assertThat(school.store.version("school-" + ID)).isEqualTo(before);
            assertThat(again.compromise().drawings()).hasSize(1);
            assertThatThrownBy(() -> school.engine.compromises().drawUpAct(HOMEROOM, ID, reported.number()))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.requirement()).isEqualTo("PD-4"));
            assertThatThrownBy(() -> school.engine.compromises().act(RUSSIAN, ID, reported.number()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> school.engine.compromises().act(HEAD, ID, 7)).isInstanceOf(NotFoundException.class);
        }

        @Test
        @DisplayName("PD-4: after a restart the account is still blocked and its operations still left out")
        void restart() {
            reportAndDrawUp();
            JournalEngine restarted = JournalEngine.builder().eventStore(school.store).clock(school.clock).build();

            assertThatThrownBy(() -> restarted.execute(MATH, markOf(YOLKIN, "5"))).isInstanceOf(AccessDeniedException.class);
            assertThat(restarted.journals().read(DEPUTY, ID, MATH_5A).page(MONDAY, MONDAY).rows())
                    .extracting(row -> row.student().personId() + "=" + row.cell(new LessonRef(MONDAY, 1)).text())
                    .containsExactlyInAnyOrder(IVANOV + "=4", ALEKSEEVA + "=", YOLKIN + "=");
            assertThat(restarted.host().rebuildSchool(ID)).isEqualTo(school.engine.host().school(ID));
        }
    }

    @Nested
    @DisplayName("the guardians")
    class Guardians {

        @Test
        @DisplayName("PD-4: a notification of an invalid value not sent yet is withdrawn when the compromise is reported, and never sent")
        void pendingNoticesAreWithdrawn() {
            school.engine.compromises().report(HEAD, report(MATH));

            List<OutboxItem> failed = journal().state().outbox().values().stream()
                    .filter(item -> item.status() == OutboxItem.Status.FAILED).toList();
            assertThat(failed).singleElement().satisfies(item -> {
                assertThat(item.notification().subject()).isEqualTo("Новая отметка");
                assertThat(item.lastReason()).hasValueSatisfying(reason -> assertThat(reason).contains("PD-4"));
            });
            int sentBefore = channel.sent.size();
            school.engine.host().dispatch(ID, channel);
            assertThat(channel.sent.subList(sentBefore, channel.sent.size())).isEmpty();
        }

        @Test
        @Tag("UX-1")
        @DisplayName("PD-4, UX-1: each guardian told of an invalid value, at once or by a digest, gets one correction notice in Russian")
        void toldGuardiansGetACorrection() {
            reportAndDrawUp();
            int sentBefore = channel.sent.size();
            school.engine.host().dispatch(ID, channel);
            List<Notification> corrections = channel.sent.subList(sentBefore, channel.sent.size());

            assertThat(corrections).hasSize(2);
            assertThat(corrections).filteredOn(n -> n.address().equals("ivanova@example.ru")).singleElement()
                    .satisfies(n -> {
                        assertThat(n.subject()).isEqualTo("Исправление сведений электронного журнала: Иванов Пётр");
                        assertThat(n.body()).contains("с 12.10.2026 09:30").contains("акт № 1")
                                .contains("замечание «Разговаривал на уроке»").contains("недействительно")
                                .contains("отметка об отсутствии «б»").contains("сейчас в журнале: «н»")
                                .doesNotContain("отметка «2»");
                    });
            assertThat(corrections).filteredOn(n -> n.address().equals("alekseev@example.ru")).singleElement()
                    .satisfies(n -> assertThat(n.body()).contains("Алексеева Анна").contains("отметка «2»")
                            .contains("сейчас в журнале: записи нет"));

            school.engine.compromises().drawUpAct(HEAD, ID, 1);
            school.engine.host().dispatch(ID, channel);
            assertThat(channel.sent).hasSize(sentBefore + 2);
        }

        @Test
        @Tag("NTF-3")
        @DisplayName("PD-4, NTF-3: a digest never carries an invalid value")
        void digestsLeaveThemOut() {
            at(10, 8);
            school.engine.execute(MATH, mark(MONDAY, 1, ALEKSEEVA, "3", WorkKind.CLASSWORK));
            at(10, 10);
            reportAndDrawUp();
            school.engine.host().dispatch(ID, channel);
            int sentBefore = channel.sent.size();

            school.clock.set(at(MONDAY.plusDays(1), 10, 1));
            school.engine.host().dispatch(ID, channel);
            assertThat(channel.sent.subList(sentBefore, channel.sent.size()))
                    .noneMatch(n -> n.address().equals("alekseev@example.ru"));
        }
    }

    @Nested
    @DisplayName("restoring the account")
    class Restoring {

        @Test
        @DisplayName("PD-4: an account is restored only after its act is drawn up, by the administration; then it acts again and the blocked time stays invalid")
        void restore() {
            Compromise reported = school.engine.compromises().report(HEAD, report(MATH));
            assertThatThrownBy(() -> school.engine.execute(HEAD, new RestoreAccount(ID, MATH.personId(), "пароль сменён")))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("not drawn up yet");
            school.engine.compromises().drawUpAct(HEAD, ID, reported.number());
            assertThatThrownBy(() -> school.engine.execute(RUSSIAN, new RestoreAccount(ID, MATH.personId(), "сам")))
                    .isInstanceOf(AccessDeniedException.class);

            at(11, 0);
            school.engine.execute(HEAD, new RestoreAccount(ID, MATH.personId(), "пароль ЕСИА сменён"));
            school.engine.execute(MATH, markOf(YOLKIN, "5"));
            school.engine.execute(MATH, absence(MONDAY, 1, YOLKIN, AbsenceCode.ILLNESS));

            Map<String, String> cells = new java.util.HashMap<>();
            journal().page(MONDAY, MONDAY).rows()
                    .forEach(row -> cells.put(row.student().personId(), row.cell(new LessonRef(MONDAY, 1)).text()));
            assertThat(cells).as("the intruder's «н» does not stand in the way of the teacher's «б»")
                    .containsEntry(IVANOV, "4").containsEntry(YOLKIN, "б 5").containsEntry(ALEKSEEVA, "");
            assertThat(school.engine.compromises().act(HEAD, ID, 1).text())
                    .contains("Доступ восстановлен 12.10.2026 11:00").contains("по 12.10.2026 11:00");
            assertThatThrownBy(() -> school.engine.execute(HEAD, new RestoreAccount(ID, MATH.personId(), "ещё раз")))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("is not blocked");
        }

        @Test
        @Tag("MRK-10")
        @DisplayName("PD-4, MRK-10: after the restoration a correction builds on the valid value, and a new report cannot reach back before it")
        void afterRestoration() {
            Compromise reported = reportAndDrawUp();
            at(11, 0);
            school.engine.execute(HEAD, new RestoreAccount(ID, MATH.personId(), "пароль ЕСИА сменён"));

            assertThat(school.engine.execute(MATH, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 2), Mark.of("4"), "то же"))
                    .appended()).as("the valid value is already «4»").isEmpty();
            school.engine.execute(MATH, markOf(ALEKSEEVA, "3"));
            assertThat(journal().entry(2).revisions()).hasSize(2);
            assertThat(journal().entry(1).current().value()).as("the «н» the intruder excused is «н» again").isEqualTo("н");
            assertThatThrownBy(() -> school.engine.compromises().report(HEAD, new ReportCompromise(ID, MATH.personId(),
                    DISCOVERED, at(MONDAY, 10, 59), "снова")))
                    .isInstanceOf(InvalidCommandException.class).hasMessageContaining("restoration");
            assertThat(reported.number()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("PD-4: a report of a school's blocked head is refused to them, like every command")
    void aBlockedReporter() {
        school.engine.compromises().report(HEAD, report(MATH));
        assertThatThrownBy(() -> school.engine.compromises().report(MATH, new ReportCompromise(ID, RUSSIAN.personId(),
                DISCOVERED, INFORMED, "?")))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
    }
}
