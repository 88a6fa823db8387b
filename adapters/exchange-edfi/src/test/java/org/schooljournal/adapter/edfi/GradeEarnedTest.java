package org.schooljournal.adapter.edfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.adapter.edfi.EdfiSchool.ALEKSEEVA;
import static org.schooljournal.adapter.edfi.EdfiSchool.IVANOV;
import static org.schooljournal.adapter.edfi.EdfiSchool.YOLKIN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.rules.calendar.PeriodKind;

/** Period and year marks as Ed-Fi grades, a case per special mark (MRK-7, EXC-1). */
@Tag("EXC-1")
@Tag("MRK-7")
@DisplayName("EXC-1: period and year marks, «осв», «н/а», «безотм» as Ed-Fi grades")
class GradeEarnedTest {

    private static List<SectionGrade> grades;

    @BeforeAll
    static void school() {
        grades = EdfiSchool.quarterExtract().grades();
    }

    @Test
    @DisplayName("EXC-1: a numeric quarter mark is its letter and its number, a Grading Period grade of the First Nine Weeks")
    void numeric() {
        SectionGrade grade = only(ALEKSEEVA, "5А-math");

        assertThat(grade.earned().letter()).isEqualTo("5");
        assertThat(grade.earned().numeric()).contains(new BigDecimal("5"));
        assertThat(grade.earned().description()).isEmpty();
        assertThat(grade.type().descriptor()).isEqualTo("uri://ed-fi.org/GradeTypeDescriptor#Grading Period");
        assertThat(grade.gradingPeriod().descriptor())
                .isEqualTo("uri://ed-fi.org/GradingPeriodDescriptor#First Nine Weeks");
        assertThat(grade.gradingPeriod().name()).isEqualTo("QUARTER-1");
    }

    @Test
    @DisplayName("EXC-1: «осв» is the letter «осв» without a number, described «Освобождён»")
    void exempt() {
        SectionGrade grade = only(IVANOV, "5А-rus");

        assertThat(grade.earned()).isEqualTo(GradeEarned.of("осв"));
        assertThat(grade.earned().letter()).isEqualTo("осв");
        assertThat(grade.earned().numeric()).isEmpty();
        assertThat(grade.earned().description()).contains("Освобождён");
        assertThat(grade.type()).isEqualTo(GradeType.GRADING_PERIOD);
    }

    @Test
    @DisplayName("EXC-1: «н/а» is the letter «н/а» without a number, described «Не аттестован»")
    void notAssessed() {
        SectionGrade grade = only(YOLKIN, "5А-rus");

        assertThat(grade.earned().letter()).isEqualTo("н/а");
        assertThat(grade.earned().numeric()).isEmpty();
        assertThat(grade.earned().description()).contains("Не аттестован");
    }

    @Test
    @DisplayName("EXC-1: «безотм» is the letter «безотм» without a number, described «Безотметочное обучение»")
    void ungraded() {
        SectionGrade grade = only(ALEKSEEVA, "5А-rus");

        assertThat(grade.earned().letter()).isEqualTo("безотм");
        assertThat(grade.earned().numeric()).isEmpty();
        assertThat(grade.earned().description()).contains("Безотметочное обучение");
    }

    @Test
    @DisplayName("EXC-1: a year mark is a Final grade of the End of Year grading period")
    void yearMark() {
        EdfiSchool school = EdfiSchool.yearly();
        school.setYearMark("4");

        SectionGrade grade = school.extract().grades().get(0);

        assertThat(grade.earned().numeric()).contains(new BigDecimal("4"));
        assertThat(grade.type().descriptor()).isEqualTo("uri://ed-fi.org/GradeTypeDescriptor#Final");
        assertThat(grade.gradingPeriod().descriptor()).isEqualTo("uri://ed-fi.org/GradingPeriodDescriptor#End of Year");
        assertThat(grade.gradingPeriod().name()).isEqualTo("YEAR-1");
    }

    @Test
    @DisplayName("every study period has an Ed-Fi grading period descriptor of its order")
    void periodDescriptors() {
        assertThat(descriptor(PeriodKind.QUARTER, 4)).isEqualTo("Fourth Nine Weeks");
        assertThat(descriptor(PeriodKind.TRIMESTER, 2)).isEqualTo("Second Trimester");
        assertThat(descriptor(PeriodKind.SEMESTER, 1)).isEqualTo("First Semester");
        assertThat(descriptor(PeriodKind.YEAR, 1)).isEqualTo("End of Year");
    }

    @Test
    @DisplayName("a pass mark «зач» is its letter alone; a mark longer than Ed-Fi's 20 characters is refused, named")
    void otherMarks() {
        assertThat(GradeEarned.of("зач")).isEqualTo(new GradeEarned("зач", Optional.empty(),
                Optional.empty()));
        assertThatThrownBy(() -> GradeEarned.of("x".repeat(21))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("letter must have 1–20 characters (Ed-Fi GradeEarned)")
                .hasMessageContaining("x".repeat(21));
    }

    @Test
    @DisplayName("the grades are the six quarter marks, with each pupil's first day in the class as the association's begin")
    void beginDates() {
        assertThat(grades).hasSize(6);
        assertThat(only(YOLKIN, "5А-math").beginDate()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(only(IVANOV, "5А-math").beginDate()).isEqualTo(EdfiSchool.FIRST_DAY);
    }

    private static String descriptor(PeriodKind kind, int number) {
        return new GradingPeriod(1L, 2026, PeriodRef.of(kind, number)).codeValue();
    }

    private static SectionGrade only(String student, String section) {
        List<SectionGrade> found = grades.stream().filter(g -> g.studentUniqueId().equals(student)
                && g.section().sectionIdentifier().equals(section)).toList();
        assertThat(found).as("grades of %s in %s", student, section).hasSize(1);
        return found.get(0);
    }
}
