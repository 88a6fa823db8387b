package org.schooljournal.adapter.edfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.rules.calendar.PeriodKind;
import org.xml.sax.SAXException;

/** The interchange files as the official Ed-Fi v5.0 XSDs take them (EXC-1). */
@Tag("EXC-1")
@DisplayName("EXC-1: Ed-Fi interchange files valid against the official XSDs")
class InterchangeWriterTest {

    private static EdfiExtract extract;
    private static EdfiExtract yearly;

    @BeforeAll
    static void school() {
        extract = EdfiSchool.quarterExtract();
        EdfiSchool school = EdfiSchool.yearly();
        school.setYearMark("5");
        yearly = school.extract();
    }

    @Test
    @DisplayName("EXC-1: the school's attendance — «н», «б», «ну» and a lateness — is a valid InterchangeStudentAttendance")
    void attendanceIsValid() throws IOException, SAXException {
        byte[] xml = attendance(extract.attendance());

        assertThat(extract.attendance()).hasSize(5);
        assertThat(Interchanges.ATTENDANCE.problems(xml)).isEmpty();
        assertThat(new String(xml, StandardCharsets.UTF_8))
                .contains("<InterchangeStudentAttendance xmlns=\"http://ed-fi.org/5.0.0\">")
                .contains("<AttendanceEventCategory>uri://ed-fi.org/AttendanceEventCategoryDescriptor#Tardy"
                        + "</AttendanceEventCategory>")
                .contains("<ArrivalTime>08:37:00</ArrivalTime>");
    }

    @Test
    @DisplayName("EXC-1: the school's quarter marks, special marks and a year mark are a valid InterchangeStudentGrade")
    void gradesAreValid() throws IOException, SAXException {
        byte[] quarter = grades(extract.grades());
        byte[] year = grades(yearly.grades());

        assertThat(extract.grades()).hasSize(6);
        assertThat(yearly.grades()).hasSize(1);
        assertThat(Interchanges.GRADE.problems(quarter)).isEmpty();
        assertThat(Interchanges.GRADE.problems(year)).isEmpty();
        assertThat(new String(quarter, StandardCharsets.UTF_8))
                .contains("<GradingPeriod>uri://ed-fi.org/GradingPeriodDescriptor#First Nine Weeks</GradingPeriod>")
                .contains("<GradeEarnedDescription>Освобождён</GradeEarnedDescription>");
        assertThat(new String(year, StandardCharsets.UTF_8))
                .contains("<GradeType>uri://ed-fi.org/GradeTypeDescriptor#Final</GradeType>")
                .contains("<GradingPeriod>uri://ed-fi.org/GradingPeriodDescriptor#End of Year</GradingPeriod>");
    }

    @Test
    @DisplayName("the validation catches a broken file: a grade without its grade type is refused by the XSD")
    void theValidationCatchesABrokenFile() throws IOException, SAXException {
        String xml = new String(grades(extract.grades()), StandardCharsets.UTF_8)
                .replaceFirst("<GradeType>[^<]*</GradeType>", "");

        assertThat(Interchanges.GRADE.problems(xml.getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(problem -> assertThat(problem).contains("GradeType"));
    }

    @Test
    @DisplayName("EXC-1: any texts within Ed-Fi's limits — markup characters, Cyrillic — make a valid file")
    void anyTextsWithinTheLimitsAreValid() {
        qt().withExamples(30).forAll(texts(1, 32), texts(1, 255), texts(1, 60), integers().between(1990, 2049))
                .checkAssert((student, reason, course, year) -> {
                    Section section = new Section(1L, year, course, course, reason);
                    SectionAttendanceEvent event = new SectionAttendanceEvent(student, section,
                            LocalDate.of(2026, 10, 12), AttendanceCategory.EXCUSED_ABSENCE, Optional.of(reason),
                            Optional.of(LocalTime.of(8, 37)), List.of(1, 2));
                    SectionGrade grade = new SectionGrade(student, section, LocalDate.of(2026, 9, 1),
                            new GradingPeriod(1L, year, PeriodRef.of(PeriodKind.TRIMESTER, 3)),
                            GradeEarned.of(reason.length() > 20 ? reason.substring(0, 20) : reason));
                    assertThat(problems(Interchanges.ATTENDANCE, attendance(List.of(event)))).isEmpty();
                    assertThat(problems(Interchanges.GRADE, grades(List.of(grade)))).isEmpty();
                });
    }

    @Test
    @DisplayName("the validation tells the interchanges apart: grades are no attendance interchange")
    void theValidationTellsTheInterchangesApart() throws IOException, SAXException {
        assertThat(Interchanges.ATTENDANCE.problems(grades(extract.grades()))).isNotEmpty();
    }

    @Test
    @DisplayName("an empty list is refused, naming it: an interchange holds at least one element")
    void anEmptyListIsRefused() {
        assertThatThrownBy(() -> InterchangeWriter.attendance(List.of(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events must not be empty");
        assertThatThrownBy(() -> InterchangeWriter.grades(List.of(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grades must not be empty");
    }

    /** Texts of printable Basic Latin — with {@code <}, {@code &}, quotes — and Cyrillic, of a length within the bounds. */
    private static Gen<String> texts(int min, int max) {
        Gen<String> latin = strings().betweenCodePoints(0x21, 0x7E).ofLengthBetween(min, max);
        Gen<String> cyrillic = strings().betweenCodePoints(0x0410, 0x044F).ofLengthBetween(min, max);
        return latin.mix(cyrillic);
    }

    private static List<String> problems(Interchanges schema, byte[] xml) {
        try {
            return schema.problems(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] attendance(List<SectionAttendanceEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            InterchangeWriter.attendance(events, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] grades(List<SectionGrade> grades) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            InterchangeWriter.grades(grades, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
