package org.schooljournal.adapter.edfi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.rules.calendar.PeriodKind;

/**
 * The bodies of the Ed-Fi API resources (EXC-1): every field the Data Standard v5 schema requires
 * of the entity (its required elements and the identities of its references), named as the Ed-Fi
 * API names them — as the Ed-Fi Data Management Service's own end-to-end tests post a grade.
 */
@Tag("EXC-1")
@DisplayName("EXC-1: JSON bodies of the Ed-Fi API resources studentSectionAttendanceEvents and grades")
class ApiBodiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Section SECTION = new Section(255901107L, 2026, "2026/2027", "math", "5А-math");

    @Test
    @DisplayName("EXC-1: an attendance event has its category, date, section and student references, and its reason and arrival")
    void attendanceEvent() throws IOException {
        SectionAttendanceEvent event = new SectionAttendanceEvent("s-alekseeva", SECTION, LocalDate.of(2026, 10, 12),
                AttendanceCategory.TARDY, Optional.of("Опоздание на 7 мин"), Optional.of(LocalTime.of(8, 37)));

        JsonNode body = JSON.readTree(ApiBodies.studentSectionAttendanceEvent(event));

        assertThat(body).isEqualTo(JSON.readTree("""
                {"attendanceEventCategoryDescriptor": "uri://ed-fi.org/AttendanceEventCategoryDescriptor#Tardy",
                 "eventDate": "2026-10-12",
                 "sectionReference": {"localCourseCode": "math", "schoolId": 255901107, "schoolYear": 2027,
                                      "sectionIdentifier": "5А-math", "sessionName": "2026/2027"},
                 "studentReference": {"studentUniqueId": "s-alekseeva"},
                 "attendanceEventReason": "Опоздание на 7 мин",
                 "arrivalTime": "08:37:00"}
                """));
    }

    @Test
    @DisplayName("EXC-1: an unexcused absence leaves the optional reason and arrival out, keeping every required field")
    void requiredOnly() throws IOException {
        SectionAttendanceEvent event = new SectionAttendanceEvent("s-yolkin", SECTION, LocalDate.of(2026, 10, 14),
                AttendanceCategory.UNEXCUSED_ABSENCE, Optional.empty(), Optional.empty());

        JsonNode body = JSON.readTree(ApiBodies.studentSectionAttendanceEvent(event));

        assertThat(names(body)).containsExactly("attendanceEventCategoryDescriptor", "eventDate", "sectionReference",
                "studentReference");
        assertThat(names(body.get("sectionReference"))).containsExactlyInAnyOrder("localCourseCode", "schoolId",
                "schoolYear", "sectionIdentifier", "sessionName");
    }

    @Test
    @DisplayName("EXC-1: the lessons of an event are its class periods, each a reference by name and school")
    void classPeriods() throws IOException {
        SectionAttendanceEvent event = new SectionAttendanceEvent("s-yolkin", SECTION, LocalDate.of(2026, 10, 13),
                AttendanceCategory.UNEXCUSED_ABSENCE, Optional.empty(), Optional.empty(), List.of(1, 2));

        JsonNode body = JSON.readTree(ApiBodies.studentSectionAttendanceEvent(event));

        assertThat(body.get("classPeriods")).isEqualTo(JSON.readTree("""
                [{"classPeriodReference": {"classPeriodName": "1", "schoolId": 255901107}},
                 {"classPeriodReference": {"classPeriodName": "2", "schoolId": 255901107}}]
                """));
    }

    @Test
    @DisplayName("EXC-1: a grade has its type, grading period and student section association references, and the mark")
    void grade() throws IOException {
        SectionGrade grade = new SectionGrade("s-alekseeva", SECTION, LocalDate.of(2026, 9, 1),
                new GradingPeriod(255901107L, 2026, PeriodRef.of(PeriodKind.QUARTER, 1)), GradeEarned.of("5"));

        JsonNode body = JSON.readTree(ApiBodies.grade(grade));

        assertThat(body).isEqualTo(JSON.readTree("""
                {"gradeTypeDescriptor": "uri://ed-fi.org/GradeTypeDescriptor#Grading Period",
                 "gradingPeriodReference": {"gradingPeriodDescriptor": "uri://ed-fi.org/GradingPeriodDescriptor#First Nine Weeks",
                                            "gradingPeriodName": "QUARTER-1", "schoolId": 255901107, "schoolYear": 2027},
                 "studentSectionAssociationReference": {"beginDate": "2026-09-01", "localCourseCode": "math",
                                                        "schoolId": 255901107, "schoolYear": 2027,
                                                        "sectionIdentifier": "5А-math", "sessionName": "2026/2027",
                                                        "studentUniqueId": "s-alekseeva"},
                 "letterGradeEarned": "5",
                 "numericGradeEarned": 5}
                """));
        assertThat(body.get("numericGradeEarned").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(5));
    }

    @Test
    @DisplayName("EXC-1: a special year mark is a Final grade with its letter and description and no number")
    void specialYearMark() throws IOException {
        SectionGrade grade = new SectionGrade("s-ivanov", SECTION, LocalDate.of(2026, 9, 1),
                new GradingPeriod(255901107L, 2026, PeriodRef.of(PeriodKind.YEAR, 1)), GradeEarned.of("н/а"));

        JsonNode body = JSON.readTree(ApiBodies.grade(grade));

        assertThat(body.get("gradeTypeDescriptor").asText()).isEqualTo("uri://ed-fi.org/GradeTypeDescriptor#Final");
        assertThat(body.get("letterGradeEarned").asText()).isEqualTo("н/а");
        assertThat(body.get("gradeEarnedDescription").asText()).isEqualTo("Не аттестован");
        assertThat(body.has("numericGradeEarned")).isFalse();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
