package org.schooljournal.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("YR-3")
@Tag("YR-5")
@Tag("YR-9")
@DisplayName("YR-3…YR-10: the programme is an immutable value")
class ProgrammeTest {

    private static final TimetableEntry ENTRY =
            new TimetableEntry("5А", DayOfWeek.MONDAY, 1, ActivityKind.LESSON, "МАТ", "t-1", "101");

    @Test
    @DisplayName("the empty programme has nothing, and with… returns a new programme")
    void withReturnsNew() {
        Programme empty = Programme.empty();
        Programme one = empty.withSubject(new Subject("МАТ", "Математика", SubjectComponent.FEDERAL));

        assertThat(empty.subjects()).isEmpty();
        assertThat(one.subjects()).containsOnlyKeys("МАТ");
        assertThat(one).isNotEqualTo(empty);
    }

    @Test
    @DisplayName("its collections cannot be changed")
    void unmodifiable() {
        Programme programme = Programme.empty().withTimetableEntry(ENTRY);

        assertThatThrownBy(() -> programme.timetable().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> programme.subjects().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("a subject of a class has one teacher and one plan; a timetable entry is removed by its slot")
    void replacedAndRemoved() {
        Programme programme = Programme.empty()
                .withTeachingAssignment(new TeachingAssignment("5А", "МАТ", "t-1"))
                .withTeachingAssignment(new TeachingAssignment("5А", "РУС", "t-2"))
                .withTeachingAssignment(new TeachingAssignment("5А", "МАТ", "t-3"))
                .withThematicPlan(new ThematicPlan("5А", "МАТ", List.of(new PlannedTopic("А", 1))))
                .withThematicPlan(new ThematicPlan("5А", "МАТ", List.of(new PlannedTopic("Б", 2))))
                .withTimetableEntry(ENTRY);

        assertThat(programme.teacherOf("5А", "МАТ")).contains("t-3");
        assertThat(programme.teachingLoad()).hasSize(2);
        assertThat(programme.thematicPlans()).singleElement().extracting(ThematicPlan::totalHours).isEqualTo(2);
        assertThat(programme.withoutTimetableEntry("5А", DayOfWeek.MONDAY, 1).timetable()).isEmpty();
        assertThat(programme.withoutTimetableEntry("5А", DayOfWeek.MONDAY, 2).timetable()).containsExactly(ENTRY);
    }

    @Test
    @DisplayName("values refuse what the regulation does not allow")
    void values() {
        assertThatThrownBy(() -> new StudyGroup("г", GroupKind.HALF_CLASS, List.of("5А", "5Б"), 5, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StudyGroup("г", GroupKind.INDIVIDUAL, List.of("5А"), 5, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StudyGroup("г", GroupKind.CLUB, List.of(), 5, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Curriculum("5А", CurriculumProfile.UNIVERSAL, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ControlWork("5А", "МАТ", LocalDate.of(2026, 9, 15), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Subject("МАТ", " ", SubjectComponent.FEDERAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Curriculum("5А", CurriculumProfile.UNIVERSAL, Map.of("МАТ", new BigDecimal("40.00")))
                .weeklyHours().get("МАТ")).hasToString("40");
    }
}
