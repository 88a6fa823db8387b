package org.schooljournal.core.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.programme.ProgrammeFixture.ENGLISH;
import static org.schooljournal.core.programme.ProgrammeFixture.ID;
import static org.schooljournal.core.programme.ProgrammeFixture.MATH;
import static org.schooljournal.core.programme.ProgrammeFixture.MATH_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.NOW;
import static org.schooljournal.core.programme.ProgrammeFixture.apply;
import static org.schooljournal.core.programme.ProgrammeFixture.fullySetUp;
import static org.schooljournal.core.programme.ProgrammeFixture.hours;
import static org.schooljournal.core.programme.ProgrammeFixture.registered;
import static org.schooljournal.core.programme.ProgrammeFixture.run;
import static org.schooljournal.core.programme.ProgrammeFixture.structured;
import static org.schooljournal.core.programme.ProgrammeFixture.withLists;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.programme.AddStudyGroup;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.CurriculumProfile;
import org.schooljournal.core.programme.GroupKind;
import org.schooljournal.core.programme.ProgrammeFixture;
import org.schooljournal.core.programme.RemoveTimetableEntry;
import org.schooljournal.core.programme.SetCurriculumHours;
import org.schooljournal.core.school.AcademicYearSet;
import org.schooljournal.core.school.ClassOpened;
import org.schooljournal.core.school.RoleRevoked;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.StaffHired;
import org.schooljournal.core.school.StudyPeriodAdded;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.EducationLevel;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.rules.ruleset.RuleSets;
import org.schooljournal.core.reports.MissingItem;
import org.schooljournal.core.reports.SetupItem;
import org.schooljournal.core.reports.SetupReport;

@Tag("YR-11")
@DisplayName("YR-11: what of YR-1…YR-10 is missing against the 5 September deadline")
class SetupReportTest {

    /** 00:00 of 5 September 2026 in Asia/Yekaterinburg. */
    private static final Instant DEADLINE = ZonedDateTime.of(2026, 9, 5, 0, 0, 0, 0, SchoolCalendar.YUGRA).toInstant();

    private static SetupReport report(SchoolState state) {
        return SetupReport.of(state, RuleSets.yugra2020(), NOW);
    }

    private static List<SetupItem> items(SetupReport report) {
        return report.missing().stream().map(MissingItem::item).toList();
    }

    @Nested
    @DisplayName("what is missing")
    class Missing {

        @Test
        @DisplayName("an empty school lists everything but the public non-working days (the production calendar has them), each with its requirement, and has no deadline")
        void emptySchool() {
            SetupReport report = report(registered());

            assertThat(items(report)).containsExactly(SetupItem.ACADEMIC_YEAR, SetupItem.STUDY_PERIODS,
                    SetupItem.HOLIDAYS, SetupItem.SUBJECTS, SetupItem.ROOMS,
                    SetupItem.STAFF, SetupItem.CLASSES, SetupItem.CONTROL_WORKS);
            assertThat(report.missing()).extracting(MissingItem::requirementId)
                    .containsExactly("YR-1", "YR-1", "YR-2", "YR-3", "YR-3", "YR-3", "YR-4", "YR-10");
            assertThat(report.missing().get(0).description()).isEqualTo("the academic year is not set");
            assertThat(report.complete()).isFalse();
            assertThat(report.deadline()).isEmpty();
            assertThat(report.pastDeadline()).isFalse();
            assertThat(report.overdue()).isFalse();
        }

        @Test
        @DisplayName("a school that is not even registered lists everything too")
        void unregistered() {
            assertThat(items(report(SchoolState.empty(ID)))).hasSize(8);
        }

        @Test
        @DisplayName("a fully set-up school is complete")
        void complete() {
            SetupReport report = report(fullySetUp());

            assertThat(report.missing()).isEmpty();
            assertThat(report.complete()).isTrue();
            assertThat(report.overdue()).isFalse();
        }

        @Test
        @DisplayName("with the calendar, staff and classes set, each class lacks its curriculum and timetable")
        void perClass() {
            SetupReport report = report(withLists());

            assertThat(report.missing()).extracting(MissingItem::toString).containsExactly(
                    "YR-6: class 5А has no curriculum",
                    "YR-6: class 5Б has no curriculum",
                    "YR-6: class 10А has no curriculum",
                    "YR-9: class 5А has no timetable",
                    "YR-9: class 5Б has no timetable",
                    "YR-9: class 10А has no timetable",
                    "YR-10: no control works are scheduled");
            assertThat(report.missing().get(0).refersTo()).containsExactly("5А");
        }

        @Test
        @DisplayName("a class without bells, and a class whose homeroom teacher lost the role")
        void bellsAndHomeroom() {
            SchoolState state = apply(fullySetUp(),
                    new ClassOpened("5В", 5, MATH_TEACHER),
                    new RoleRevoked(ProgrammeFixture.RUSSIAN_TEACHER, Role.HOMEROOM_TEACHER));

            assertThat(report(state).missing()).extracting(MissingItem::toString).contains(
                    "YR-4: class 5Б: homeroom teacher t-rus does not hold the homeroom teacher's role",
                    "YR-9: class 5В has no bell schedule",
                    "YR-6: class 5В has no curriculum",
                    "YR-9: class 5В has no timetable");
        }

        @Test
        @DisplayName("a level with classes but no study period")
        void levelWithoutPeriods() {
            SchoolState state = apply(registered(),
                    new AcademicYearSet(ProgrammeFixture.YEAR),
                    new StudyPeriodAdded(new StudyPeriod(PeriodKind.SEMESTER, 1, LocalDate.of(2026, 9, 1),
                            LocalDate.of(2026, 12, 26), EnumSet.of(EducationLevel.SECONDARY))));
            state = apply(state, structured().structure().staff().values().stream()
                    .map(StaffHired::new).toArray(SchoolEvent[]::new));
            state = apply(state, new ClassOpened("5А", 5, MATH_TEACHER), new ClassOpened("10А", 10, MATH_TEACHER));

            assertThat(report(state).missing()).filteredOn(item -> item.item() == SetupItem.STUDY_PERIODS)
                    .extracting(MissingItem::description)
                    .containsExactly("no study period is set for BASIC education, which has classes");
        }

        @Test
        @DisplayName("a curriculum subject without a teacher; half-class groups teach their class's subject")
        void teachingLoad() {
            SchoolState state = run(withLists(), new SetCurriculumHours(ID, "5А", CurriculumProfile.UNIVERSAL,
                    hours(MATH, "5", ENGLISH, "3")));
            assertThat(report(state).missing()).filteredOn(item -> item.item() == SetupItem.TEACHING_LOAD)
                    .extracting(MissingItem::refersTo)
                    .containsExactly(List.of("5А", MATH), List.of("5А", ENGLISH));

            state = run(state, new AddStudyGroup(ID, "5А-англ-1", GroupKind.HALF_CLASS, List.of("5А"), 5, ""));
            state = run(state, new AssignTeachingLoad(ID, ProgrammeFixture.ENGLISH_TEACHER, ENGLISH, "5А-англ-1"));
            assertThat(report(state).missing()).filteredOn(item -> item.item() == SetupItem.TEACHING_LOAD)
                    .extracting(MissingItem::refersTo).containsExactly(List.of("5А", MATH));
        }

        @Test
        @DisplayName("a taught subject without a thematic plan, and an ИУП student without a curriculum")
        void planAndIndividualCurriculum() {
            SchoolState state = run(fullySetUp(), new AssignTeachingLoad(ID, MATH_TEACHER, ProgrammeFixture.ROBOTICS, "10А"));
            state = run(state, new AddStudyGroup(ID, "ИУП-1", GroupKind.INDIVIDUAL, List.of("10А"), 10, "s-1"));

            assertThat(report(state).missing()).extracting(MissingItem::toString).containsExactly(
                    "YR-6: individual group ИУП-1 has no individual curriculum",
                    "YR-8: 10А: subject РОБ, taught by t-math, has no thematic plan");
        }

        @Test
        @DisplayName("a class's timetable is also its groups' timetable")
        void timetableOfGroups() {
            SchoolState state = run(fullySetUp(), new RemoveTimetableEntry(ID, "5А", DayOfWeek.MONDAY, 1));
            assertThat(report(state).complete()).isTrue();

            state = run(state, new RemoveTimetableEntry(ID, "5Б", DayOfWeek.MONDAY, 1));
            assertThat(report(state).complete()).as("5Б keeps the robotics club it shares with 5А").isTrue();
        }
    }

    @Nested
    @DisplayName("the deadline")
    class Deadline {

        @Test
        @DisplayName("is 00:00 of 5 September of the year in Asia/Yekaterinburg")
        void fifthOfSeptember() {
            SetupReport report = report(withLists());

            assertThat(report.deadline()).contains(DEADLINE);
            assertThat(DEADLINE).isEqualTo(Instant.parse("2026-09-04T19:00:00Z"));
        }

        @Test
        @DisplayName("an incomplete set-up is overdue after it, not at it")
        void overdue() {
            SchoolState state = withLists();

            assertThat(SetupReport.of(state, RuleSets.yugra2020(), DEADLINE).overdue()).isFalse();
            SetupReport late = SetupReport.of(state, RuleSets.yugra2020(), DEADLINE.plus(Duration.ofNanos(1)));
            assertThat(late.pastDeadline()).isTrue();
            assertThat(late.overdue()).isTrue();
        }

        @Test
        @DisplayName("a complete set-up is never overdue, even after it")
        void completeLate() {
            SetupReport report = SetupReport.of(fullySetUp(), RuleSets.yugra2020(), DEADLINE.plus(Duration.ofDays(30)));

            assertThat(report.pastDeadline()).isTrue();
            assertThat(report.overdue()).isFalse();
        }

        @Test
        @DisplayName("follows the year: 2027/2028 is due at 00:00 of 5 September 2027")
        void nextYear() {
            SchoolState state = apply(registered(), new AcademicYearSet(new AcademicYear(
                    2027, LocalDate.of(2027, 9, 1), LocalDate.of(2028, 5, 26))));

            assertThat(report(state).deadline()).contains(Instant.parse("2027-09-04T19:00:00Z"));
            assertThat(report(state).missing()).extracting(MissingItem::item).doesNotContain(SetupItem.ACADEMIC_YEAR);
            assertThat(Set.copyOf(items(report(state)))).contains(SetupItem.STUDY_PERIODS);
        }
    }
}
