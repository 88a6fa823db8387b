package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.MATH;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.reports.MissingItem;
import org.schooljournal.core.reports.SetupItem;
import org.schooljournal.core.school.AddPublicNonWorkingDays;
import org.schooljournal.core.school.CalendarChoice;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.Schools;
import org.schooljournal.core.school.SetCalendarChoice;
import org.schooljournal.rules.calendar.SchoolCalendar;

@Tag("YR-2")
class CalendarChoiceTest {

    private JournalSchool school;

    @BeforeEach
    void setUp() {
        school = JournalSchool.setUp();
    }

    private SchoolCalendar calendar() {
        return school.engine.schools().rules(school.engine.host().school(ID)).calendar();
    }

    private List<MissingItem> publicDaysMissing() {
        return school.engine.reports().setup(HEAD, ID).missing().stream()
                .filter(item -> item.item() == SetupItem.PUBLIC_NON_WORKING_DAYS).toList();
    }

    @Test
    @DisplayName("YR-2: by default a school follows the federal production calendar without typing a day: 4 November 2026 is"
            + " a holiday, 31 December 2026 a day off by transfer")
    void federalByDefault() {
        assertThat(school.engine.host().school(ID).structure().calendarChoice()).isEqualTo(CalendarChoice.DEFAULT);
        assertThat(school.engine.host().school(ID).structure().publicNonWorkingDays()).isEmpty();
        assertThat(calendar().isWorkingDay(LocalDate.of(2026, 11, 4))).isFalse();
        assertThat(calendar().isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(calendar().isWorkingDay(LocalDate.of(2026, 12, 30))).isTrue();
    }

    @Test
    @DisplayName("YR-2: a school that opts out has only its own days, and keeps its choice after a restart; setting it again"
            + " appends nothing")
    void optOut() {
        long before = school.store.version(Schools.streamOf(ID));
        assertThat(school.engine.execute(DEPUTY, new SetCalendarChoice(ID, false, false)).changed()).isTrue();
        assertThat(school.engine.execute(DEPUTY, new SetCalendarChoice(ID, false, false)).changed()).isFalse();
        assertThat(school.store.version(Schools.streamOf(ID))).isEqualTo(before + 1);

        assertThat(calendar().isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();
        SchoolState live = school.engine.host().school(ID);
        JournalEngine restarted = JournalEngine.builder().eventStore(school.store).clock(school.clock).build();
        assertThat(restarted.host().school(ID)).isEqualTo(live);
        assertThat(live.structure().calendarChoice()).isEqualTo(new CalendarChoice(false, false));
    }

    @Test
    @DisplayName("YR-2: a region's own holiday, added as the school's public non-working day, counts over the federal calendar")
    void regionsOwnDay() {
        LocalDate regionDay = LocalDate.of(2026, 9, 21);
        assertThat(calendar().isWorkingDay(regionDay)).isTrue();
        school.engine.execute(DEPUTY, new AddPublicNonWorkingDays(ID, Set.of(regionDay)));
        assertThat(calendar().isWorkingDay(regionDay)).isFalse();
        assertThat(calendar().isSchoolDay("5А", regionDay)).isFalse();
    }

    @Test
    @DisplayName("ACC-5: a teacher may not set the choice (SET_UP_YEAR) and nothing is appended")
    void rights() {
        long before = school.store.version(Schools.streamOf(ID));
        assertThatThrownBy(() -> school.engine.execute(MATH, new SetCalendarChoice(ID, false, true)))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.missing()).isEqualTo(Permission.SET_UP_YEAR));
        assertThat(school.store.version(Schools.streamOf(ID))).isEqualTo(before);
        assertThat(school.engine.execute(HEAD, new SetCalendarChoice(ID, true, false)).changed()).isFalse();
    }

    @Test
    @Tag("YR-11")
    @DisplayName("YR-11: the set-up report names 2027, which the production calendar does not cover, until the school adds"
            + " that year's days; a school that opts out with no days of its own is told so")
    void setupReport() {
        assertThat(publicDaysMissing()).singleElement().satisfies(item -> {
            assertThat(item.refersTo()).containsExactly("2027");
            assertThat(item.description()).contains("does not cover 2027");
        });

        school.engine.execute(DEPUTY, new AddPublicNonWorkingDays(ID, Set.of(LocalDate.of(2027, 1, 1))));
        assertThat(publicDaysMissing()).isEmpty();

        JournalSchool other = JournalSchool.setUp();
        other.engine.execute(DEPUTY, new SetCalendarChoice(ID, false, false));
        assertThat(other.engine.reports().setup(HEAD, ID).missing()).filteredOn(i -> i.item() == SetupItem.PUBLIC_NON_WORKING_DAYS)
                .singleElement().satisfies(item -> assertThat(item.description())
                        .isEqualTo("no public non-working days are set, and the school does not follow the production calendar"));
    }
}
