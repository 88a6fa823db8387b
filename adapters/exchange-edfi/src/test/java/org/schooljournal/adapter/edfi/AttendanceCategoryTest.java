package org.schooljournal.adapter.edfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.adapter.edfi.EdfiSchool.ALEKSEEVA;
import static org.schooljournal.adapter.edfi.EdfiSchool.FRIDAY;
import static org.schooljournal.adapter.edfi.EdfiSchool.IVANOV;
import static org.schooljournal.adapter.edfi.EdfiSchool.MONDAY;
import static org.schooljournal.adapter.edfi.EdfiSchool.WEDNESDAY;
import static org.schooljournal.adapter.edfi.EdfiSchool.YOLKIN;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.AbsenceCode;

/** The category mapping of the journal's attendance to Ed-Fi's, one case per code (ATT-1, EXC-1). */
@Tag("EXC-1")
@Tag("ATT-1")
@DisplayName("EXC-1: «н», «б», «ну» and lateness as Ed-Fi attendance event categories")
class AttendanceCategoryTest {

    private static List<SectionAttendanceEvent> events;

    @BeforeAll
    static void school() {
        events = EdfiSchool.quarterExtract().attendance();
    }

    @Test
    @DisplayName("EXC-1: «н» is an Unexcused Absence, without a reason")
    void unexcused() {
        SectionAttendanceEvent event = only(YOLKIN, WEDNESDAY, "5А-math");

        assertThat(AttendanceCategory.of(AbsenceCode.UNEXCUSED)).isEqualTo(AttendanceCategory.UNEXCUSED_ABSENCE);
        assertThat(event.category().descriptor())
                .isEqualTo("uri://ed-fi.org/AttendanceEventCategoryDescriptor#Unexcused Absence");
        assertThat(event.reason()).isEmpty();
        assertThat(event.arrivalTime()).isEmpty();
    }

    @Test
    @DisplayName("EXC-1: «б» is an Excused Absence with illness as its reason, in every journal it was recorded in")
    void illness() {
        SectionAttendanceEvent math = only(IVANOV, MONDAY, "5А-math");
        SectionAttendanceEvent russian = only(IVANOV, MONDAY, "5А-rus");

        assertThat(AttendanceCategory.of(AbsenceCode.ILLNESS)).isEqualTo(AttendanceCategory.EXCUSED_ABSENCE);
        assertThat(math.category().descriptor())
                .isEqualTo("uri://ed-fi.org/AttendanceEventCategoryDescriptor#Excused Absence");
        assertThat(math.reason()).contains("Болезнь");
        assertThat(russian.category()).isEqualTo(AttendanceCategory.EXCUSED_ABSENCE);
        assertThat(russian.reason()).contains("Болезнь");
    }

    @Test
    @DisplayName("EXC-1: «ну» is an Excused Absence with a valid reason, not illness")
    void excused() {
        SectionAttendanceEvent event = only(ALEKSEEVA, FRIDAY, "5А-math");

        assertThat(AttendanceCategory.of(AbsenceCode.EXCUSED)).isEqualTo(AttendanceCategory.EXCUSED_ABSENCE);
        assertThat(event.category()).isEqualTo(AttendanceCategory.EXCUSED_ABSENCE);
        assertThat(event.reason()).contains("Уважительная причина");
    }

    @Test
    @DisplayName("EXC-1: a lateness note is a Tardy with the minutes in its reason and the arrival after the bell")
    void lateness() {
        SectionAttendanceEvent event = only(ALEKSEEVA, MONDAY, "5А-math");

        assertThat(event.category().descriptor()).isEqualTo("uri://ed-fi.org/AttendanceEventCategoryDescriptor#Tardy");
        assertThat(event.reason()).contains("Опоздание на 7 мин");
        assertThat(event.arrivalTime()).contains(LocalTime.of(8, 37));
        assertThat(event.classPeriods()).containsExactly(1);
    }

    @Test
    @DisplayName("EXC-1: the week gives exactly its five events, by date, section and pupil")
    void nothingElse() {
        assertThat(events).extracting(e -> e.eventDate() + " " + e.section().sectionIdentifier() + " "
                + e.studentUniqueId() + " " + e.category()).containsExactly(
                "2026-10-12 5А-math s-alekseeva TARDY",
                "2026-10-12 5А-math s-ivanov EXCUSED_ABSENCE",
                "2026-10-12 5А-rus s-ivanov EXCUSED_ABSENCE",
                "2026-10-14 5А-math s-yolkin UNEXCUSED_ABSENCE",
                "2026-10-16 5А-math s-alekseeva EXCUSED_ABSENCE");
    }

    private static SectionAttendanceEvent only(String student, LocalDate date, String section) {
        List<SectionAttendanceEvent> found = events.stream().filter(e -> e.studentUniqueId().equals(student)
                && e.eventDate().equals(date) && e.section().sectionIdentifier().equals(section)).toList();
        assertThat(found).as("events of %s on %s in %s", student, date, section).hasSize(1);
        return found.get(0);
    }
}
