package org.schooljournal.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.schooljournal.core.programme.ProgrammeFixture.ENGLISH;
import static org.schooljournal.core.programme.ProgrammeFixture.ID;
import static org.schooljournal.core.programme.ProgrammeFixture.MATH;
import static org.schooljournal.core.programme.ProgrammeFixture.RUSSIAN;
import static org.schooljournal.core.programme.ProgrammeFixture.assertNotFound;
import static org.schooljournal.core.programme.ProgrammeFixture.decide;
import static org.schooljournal.core.programme.ProgrammeFixture.hours;
import static org.schooljournal.core.programme.ProgrammeFixture.run;
import static org.schooljournal.core.programme.ProgrammeFixture.withLists;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;

@Tag("YR-6")
@DisplayName("YR-6: the curriculum of a class or group, with its profile, in hours per week")
class SetCurriculumHoursTest {

    @Test
    @DisplayName("a class's curriculum is set with its profile and hours of each subject")
    void sets() {
        SchoolState state = run(withLists(), new SetCurriculumHours(ID, "10А", CurriculumProfile.TECHNOLOGICAL,
                hours(MATH, "6", RUSSIAN, "2", ENGLISH, "3")));

        Curriculum curriculum = Programme.of(state).curriculum("10А").orElseThrow();
        assertThat(curriculum.profile()).isEqualTo(CurriculumProfile.TECHNOLOGICAL);
        assertThat(curriculum.weeklyHours()).containsExactly(
                entry(MATH, new BigDecimal("6")),
                entry(RUSSIAN, new BigDecimal("2")),
                entry(ENGLISH, new BigDecimal("3")));
        assertThat(curriculum.totalWeeklyHours()).isEqualByComparingTo("11");
    }

    @Test
    @DisplayName("setting it again changes nothing, 2.0 hours being 2; other hours replace it")
    void idempotentAndReplaced() {
        SchoolState state = run(withLists(), new SetCurriculumHours(ID, "5А", CurriculumProfile.UNIVERSAL,
                hours(MATH, "5", RUSSIAN, "0.50")));

        assertThat(decide(state, new SetCurriculumHours(ID, "5А", CurriculumProfile.UNIVERSAL,
                hours(RUSSIAN, "0.5", MATH, "5.0")))).isEmpty();

        state = run(state, new SetCurriculumHours(ID, "5А", CurriculumProfile.HUMANITIES, hours(RUSSIAN, "6")));
        assertThat(Programme.of(state).curriculum("5А").orElseThrow().weeklyHours()).containsOnlyKeys(RUSSIAN);
        assertThat(Programme.of(state).curriculum("5А").orElseThrow().profile()).isEqualTo(CurriculumProfile.HUMANITIES);
    }

    @Test
    @DisplayName("a student on an individual curriculum (ИУП) has the curriculum of their group")
    void individual() {
        SchoolState state = run(withLists(),
                new AddStudyGroup(ID, "ИУП-10А-1", GroupKind.INDIVIDUAL, List.of("10А"), 10, "s-17"));
        state = run(state, new SetCurriculumHours(ID, "ИУП-10А-1", CurriculumProfile.NATURAL_SCIENCE, hours(MATH, "4")));

        assertThat(Programme.of(state).curriculum("ИУП-10А-1")).isPresent();
    }

    @Test
    @DisplayName("an unknown subject or class is NOT_FOUND, naming the field and the value")
    void unknown() {
        assertNotFound(withLists(), new SetCurriculumHours(ID, "5А", CurriculumProfile.UNIVERSAL, hours("ФИЗ", "2")))
                .hasMessage("SetCurriculumHours: weeklyHours ФИЗ is not a subject of school 86-001");
        assertNotFound(withLists(), new SetCurriculumHours(ID, "5В", CurriculumProfile.UNIVERSAL, hours(MATH, "2")))
                .hasMessage("SetCurriculumHours: holderCode 5В is neither a class nor a study group of school 86-001");
    }

    @Test
    @DisplayName("hours that are not positive are refused before anything happens")
    void positive() {
        assertThatThrownBy(() -> decide(withLists(),
                new SetCurriculumHours(ID, "5А", CurriculumProfile.UNIVERSAL, hours(MATH, "0"))))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("weeklyHours");
        assertThatThrownBy(() -> new Curriculum("5А", CurriculumProfile.UNIVERSAL, hours(MATH, "-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
    }
}
