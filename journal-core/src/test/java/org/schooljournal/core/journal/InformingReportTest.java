package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.ZONE;
import static org.schooljournal.core.journal.JournalSchool.absence;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.notification.OutboxItem.Status;
import org.schooljournal.core.notification.Schedule;
import org.schooljournal.core.reports.InformingReport;
import org.schooljournal.core.reports.InformingReport.Kind;
import org.schooljournal.core.reports.InformingReport.Notice;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.spi.JournalException;

@DisplayName("REP-7: how timely guardians were informed — queued, sent, read, as of any instant")
class InformingReportTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");
    private static final Actor FATHER = Actor.of("g-alekseev");

    private final JournalSchool school = JournalSchool.setUp();
    private final OutboxTest.Channel channel = new OutboxTest.Channel();

    /**
     * Monday: the mother (immediate) is told of Ivanov's «н» at 08:40, sent at 08:50; of a remark
     * at 09:15, which the channel, down at 09:20 and 16:00, sends at 16:05; she opens the diary at
     * 12:00. The father (daily at 16:00) gets Alekseeva's mark of 08:45 in the digest queued at
     * 16:00 and sent at 16:05.
     */
    @BeforeEach
    void aMonday() {
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.school(new RegisterGuardian(ID, FATHER.personId(), "Алексеев", "Павел", "Ильич", ALEKSEEVA));
        school.at(MONDAY.minusDays(3), LocalTime.of(18, 0));
        school.subscribe(MOTHER, "ivanova@example.ru", Schedule.IMMEDIATE);
        school.subscribe(FATHER, "alekseev@example.ru", new Schedule(Schedule.Kind.DAILY, LocalTime.of(16, 0)));
        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        school.at(MONDAY, LocalTime.of(8, 45));
        school.engine.execute(MATH, mark(MONDAY, 1, ALEKSEEVA, "4", WorkKind.ORAL));
        dispatchAt(8, 50);
        school.at(MONDAY, LocalTime.of(9, 15));
        school.engine.execute(MATH, new MakeRemark(ID, JournalSchool.MATH_5A, IVANOV, "Забыл тетрадь", Copies.NONE));
        channel.up = false;
        dispatchAt(9, 20);
        school.at(MONDAY, LocalTime.of(12, 0));
        school.engine.diaries().read(MOTHER, ID, IVANOV, MONDAY, MONDAY);
        channel.up = true;
        school.at(MONDAY, LocalTime.of(15, 0));
        channel.up = false;
        dispatchAt(16, 0);
        channel.up = true;
        school.at(MONDAY, LocalTime.of(16, 5));
        school.engine.host().dispatch(ID, channel);
        school.at(MONDAY.plusDays(1), LocalTime.of(8, 0));
    }

    private void dispatchAt(int hour, int minute) {
        school.at(MONDAY, LocalTime.of(hour, minute));
        school.engine.host().dispatch(ID, channel);
    }

    private static Instant monday(int hour, int minute) {
        return MONDAY.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    private InformingReport report(Actor reader, Instant asOf) {
        return school.engine.reports().informing(reader, ID, "5А", MONDAY, MONDAY, asOf);
    }

    private static Notice of(InformingReport report, Kind kind) {
        return report.notices().stream().filter(notice -> notice.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    @Tag("REP-7")
    @DisplayName("REP-7: the «н» sent 10 minutes after its entry and read at 12:00, the remark read at 12:00 before its sending at 16:05, the digest sent 5 minutes after its slot")
    void knownAnswer() {
        InformingReport report = school.engine.reports().informing(DEPUTY, ID, "5А", MONDAY, MONDAY);

        assertThat(report.notices()).extracting(Notice::kind).containsExactly(Kind.ABSENCE, Kind.REMARK, Kind.DIGEST);
        Notice absence = of(report, Kind.ABSENCE);
        assertThat(absence.guardianName()).isEqualTo("Иванова Ольга Сергеевна");
        assertThat(absence.studentName()).isEqualTo("Иванов Пётр");
        assertThat(absence.subjectCode()).contains("math");
        assertThat(absence.lessonDate()).contains(MONDAY);
        assertThat(absence.queuedAt()).isEqualTo(monday(8, 40));
        assertThat(absence.status()).isEqualTo(Status.SENT);
        assertThat(absence.sentAt()).contains(monday(8, 50));
        assertThat(absence.delay()).contains(Duration.ofMinutes(10));
        assertThat(absence.readAt()).contains(monday(12, 0));
        Notice remark = of(report, Kind.REMARK);
        assertThat(remark.status()).isEqualTo(Status.SENT);
        assertThat(remark.attempts()).isEqualTo(3);
        assertThat(remark.delay()).contains(Duration.ofHours(6).plusMinutes(50));
        assertThat(remark.readAt()).as("the diary's read receipt").contains(monday(12, 0));
        Notice digest = of(report, Kind.DIGEST);
        assertThat(digest.guardianId()).isEqualTo(FATHER.personId());
        assertThat(digest.studentId()).isEqualTo(ALEKSEEVA);
        assertThat(digest.queuedAt()).isEqualTo(monday(16, 0));
        assertThat(digest.attempts()).isEqualTo(2);
        assertThat(digest.sentAt()).contains(monday(16, 5));
        assertThat(digest.readAt()).as("the father never opened the diary").isEmpty();

        assertThat(report.count(Status.SENT)).isEqualTo(3);
        assertThat(report.count(Status.PENDING)).isZero();
        assertThat(report.count(Status.FAILED)).isZero();
        assertThat(report.read()).isEqualTo(2);
        assertThat(report.sentWithin(Duration.ofMinutes(5))).isEqualTo(1);
        assertThat(report.medianDelay()).contains(Duration.ofMinutes(10));
        assertThat(report.maxDelay()).contains(Duration.ofHours(6).plusMinutes(50));
    }

    @Test
    @Tag("REP-7")
    @DisplayName("REP-7: as of 08:45 the «н» is queued, not tried, not read; as of 10:00 the remark waits for its retry")
    void asOfAnInstant() {
        InformingReport morning = report(DEPUTY, monday(8, 45));
        InformingReport later = report(DEPUTY, monday(10, 0));

        assertThat(morning.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(Kind.ABSENCE);
            assertThat(notice.status()).isEqualTo(Status.PENDING);
            assertThat(notice.attempts()).isZero();
            assertThat(notice.sentAt()).isEmpty();
            assertThat(notice.readAt()).isEmpty();
        });
        assertThat(morning.medianDelay()).isEmpty();
        assertThat(of(later, Kind.REMARK)).satisfies(remark -> {
            assertThat(remark.status()).isEqualTo(Status.PENDING);
            assertThat(remark.attempts()).isEqualTo(1);
            assertThat(remark.readAt()).isEmpty();
        });
        assertThat(later.count(Status.PENDING)).isEqualTo(1);
        assertThat(later.count(Status.SENT)).isEqualTo(1);
    }

    @Test
    @Tag("REP-7")
    @DisplayName("REP-7: at any minute of the day, the report as of it shows nothing queued, sent or read after it, and everything queued by then")
    void ignoresWhatCameLater() {
        InformingReport whole = report(DEPUTY, monday(23, 59));
        qt().withExamples(40).forAll(integers().between(0, 24 * 60 - 1)).checkAssert(minute -> {
            Instant asOf = MONDAY.atStartOfDay(ZONE).toInstant().plus(Duration.ofMinutes(minute));
            InformingReport then = report(DEPUTY, asOf);
            assertThat(then.notices()).allSatisfy(notice -> {
                assertThat(notice.queuedAt()).isBeforeOrEqualTo(asOf);
                notice.sentAt().ifPresent(sent -> assertThat(sent).isBeforeOrEqualTo(asOf));
                notice.readAt().ifPresent(read -> assertThat(read).isBeforeOrEqualTo(asOf));
            });
            assertThat(then.notices()).hasSize((int) whole.notices().stream()
                    .filter(notice -> !notice.queuedAt().isAfter(asOf)).count());
        });
    }

    @Test
    @Tag("REP-7")
    @Tag("ACC-3")
    @DisplayName("REP-7: the homeroom teacher reads the class's report; a subject teacher and a guardian may not; an unknown class is not found")
    void access() {
        assertThat(report(HOMEROOM, monday(23, 0)).notices()).hasSize(3);
        assertThatThrownBy(() -> report(MATH, monday(23, 0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report(MOTHER, monday(23, 0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> school.engine.reports().informing(DEPUTY, ID, "9Я", MONDAY, MONDAY))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.getMessage()).contains("9Я"));
        assertThat(Optional.of(report(DEPUTY, monday(7, 0)).notices())).contains(java.util.List.of());
    }
}
