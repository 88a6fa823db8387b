package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FRIDAY;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;
import static org.schooljournal.core.journal.JournalSchool.WEDNESDAY;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;
import static org.schooljournal.core.journal.JournalSchool.absence;
import static org.schooljournal.core.journal.JournalSchool.mark;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.reports.TopicsReport;
import org.schooljournal.core.reports.TopicsReport.Kind;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.validation.InvalidCommandException;

@DisplayName("REP-3, REP-4: missed lessons and unsatisfactory marks with their topics, per pupil, as of an instant")
class TopicsReportTest {

    private static final Actor MOTHER = Actor.of("g-ivanova");

    private final JournalSchool school = JournalSchool.setUp();

    TopicsReportTest() {
        school.school(new RegisterGuardian(ID, MOTHER.personId(), "Иванова", "Ольга", "Сергеевна", IVANOV));
        school.at(MONDAY, LocalTime.of(9, 0));
        school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(MONDAY, 1), "Обыкновенные дроби",
                LessonKind.LESSON));
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.ILLNESS));
        school.engine.execute(MATH, mark(MONDAY, 1, ALEKSEEVA, "2", WorkKind.ORAL));
        school.engine.execute(MATH, mark(MONDAY, 1, YOLKIN, "5", WorkKind.ORAL));
        school.at(MONDAY, LocalTime.of(10, 0));
        school.engine.execute(RUSSIAN, new RecordAbsence(ID, RUSSIAN_5A, new LessonRef(MONDAY, 2), IVANOV,
                AbsenceCode.ILLNESS));
        school.at(WEDNESDAY, LocalTime.of(10, 0));
        school.engine.execute(MATH, new RecordTopic(ID, MATH_5A, new LessonRef(WEDNESDAY, 2), "Сложение дробей",
                LessonKind.LESSON));
        school.engine.execute(MATH, mark(WEDNESDAY, 2, ALEKSEEVA, "2", WorkKind.ORAL));
        school.engine.execute(MATH, absence(WEDNESDAY, 2, YOLKIN, AbsenceCode.UNEXCUSED));
    }

    private TopicsReport ofClass(Actor reader, Kind kind, Instant asOf) {
        return school.engine.reports().topics(reader, ID, kind, "5А", MONDAY, FRIDAY, asOf);
    }

    @Test
    @Tag("REP-3")
    @DisplayName("REP-3: each pupil's missed lessons with their subject, topic and code; a lesson without a topic says so")
    void missed() {
        TopicsReport report = ofClass(DEPUTY, Kind.MISSED, school.clock.instant());

        assertThat(report.pupils()).extracting(p -> p.student().personId()).containsExactly(YOLKIN, IVANOV);
        assertThat(report.pupils().get(1).lessons()).containsExactly(
                new TopicsReport.Lesson(MONDAY, 1, "math", "Математика", Optional.of("Обыкновенные дроби"), "б"),
                new TopicsReport.Lesson(MONDAY, 2, "rus", "Русский язык", Optional.empty(), "б"));
        assertThat(report.pupils().get(0).lessons()).containsExactly(
                new TopicsReport.Lesson(WEDNESDAY, 2, "math", "Математика", Optional.of("Сложение дробей"), "н"));
    }

    @Test
    @Tag("REP-4")
    @DisplayName("REP-4: each pupil's unsatisfactory marks with the lessons' topics; satisfactory marks are not listed")
    void unsatisfactory() {
        TopicsReport report = ofClass(HOMEROOM, Kind.UNSATISFACTORY, school.clock.instant());

        assertThat(report.pupils()).singleElement().satisfies(pupil -> {
            assertThat(pupil.student().personId()).isEqualTo(ALEKSEEVA);
            assertThat(pupil.lessons()).extracting(TopicsReport.Lesson::topic, TopicsReport.Lesson::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Optional.of("Обыкновенные дроби"), "2"),
                            org.assertj.core.groups.Tuple.tuple(Optional.of("Сложение дробей"), "2"));
        });
    }

    @Test
    @Tag("REP-3")
    @Tag("REP-4")
    @DisplayName("REP-3, REP-4: as of Monday noon, Wednesday's absence and mark are not seen; a correction to «3» takes the mark out")
    void asOf() {
        Instant mondayNoon = school.clock.instant().minusSeconds(2 * 24 * 3600 - 2 * 3600);
        school.engine.execute(MATH, CorrectEntry.mark(ID, new EntryRef(MATH_5A, 3), Mark.of("3"), "ошибка"));

        assertThat(ofClass(DEPUTY, Kind.MISSED, mondayNoon).pupils()).extracting(p -> p.student().personId())
                .containsExactly(IVANOV);
        assertThat(ofClass(DEPUTY, Kind.UNSATISFACTORY, mondayNoon).pupils().get(0).lessons()).hasSize(1)
                .first().extracting(TopicsReport.Lesson::date).isEqualTo(MONDAY);
        assertThat(ofClass(DEPUTY, Kind.UNSATISFACTORY, school.clock.instant()).pupils().get(0).lessons()).hasSize(1)
                .first().extracting(TopicsReport.Lesson::date).isEqualTo(WEDNESDAY);
    }

    @Test
    @Tag("REP-3")
    @Tag("DRY-2")
    @DisplayName("REP-3, DRY-2: a guardian reads their own child's report only; a subject teacher reads neither a class's nor a pupil's")
    void access() {
        Instant now = school.clock.instant();
        TopicsReport own = school.engine.reports().pupilTopics(MOTHER, ID, Kind.MISSED, IVANOV, MONDAY, FRIDAY, now);
        assertThat(own.scope()).isEqualTo(IVANOV);
        assertThat(own.pupils()).singleElement().satisfies(p -> assertThat(p.lessons()).hasSize(2));
        assertThatThrownBy(() -> school.engine.reports().pupilTopics(MOTHER, ID, Kind.MISSED, YOLKIN, MONDAY, FRIDAY,
                now)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ofClass(MATH, Kind.MISSED, now)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ofClass(MOTHER, Kind.MISSED, now)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> school.engine.reports().topics(DEPUTY, ID, Kind.MISSED, "5А", FRIDAY, MONDAY, now))
                .isInstanceOf(InvalidCommandException.class);
    }

    @Test
    @Tag("ATT-3")
    @Tag("MRK-14")
    @DisplayName("ATT-3, MRK-14: the attendance report and a journal's statistics as of Monday noon do not see Wednesday's absence and mark")
    void existingReportsAsOf() {
        Instant mondayNoon = school.clock.instant().minusSeconds(2 * 24 * 3600 - 2 * 3600);
        Instant now = school.clock.instant();

        assertThat(school.engine.reports().attendance(DEPUTY, ID, "5А", MONDAY, FRIDAY, mondayNoon).lessonsMissed())
                .isEqualTo(2);
        assertThat(school.engine.reports().attendance(DEPUTY, ID, "5А", MONDAY, FRIDAY, now).lessonsMissed())
                .isEqualTo(3);
        assertThat(school.engine.reports().statistics(DEPUTY, ID, MATH_5A, MONDAY, FRIDAY, mondayNoon).marks())
                .containsExactly(java.util.Map.entry("2", 1), java.util.Map.entry("5", 1));
        assertThat(school.engine.reports().statistics(DEPUTY, ID, MATH_5A, MONDAY, FRIDAY, now).marks())
                .containsExactly(java.util.Map.entry("2", 2), java.util.Map.entry("5", 1));
    }
}
