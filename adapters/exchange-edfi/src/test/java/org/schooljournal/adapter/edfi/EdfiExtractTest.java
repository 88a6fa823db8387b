package org.schooljournal.adapter.edfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.schooljournal.adapter.edfi.EdfiSchool.ALEKSEEVA;
import static org.schooljournal.adapter.edfi.EdfiSchool.ID;
import static org.schooljournal.adapter.edfi.EdfiSchool.MATH;
import static org.schooljournal.adapter.edfi.EdfiSchool.MATH_5A;
import static org.schooljournal.adapter.edfi.EdfiSchool.MONDAY;
import static org.schooljournal.adapter.edfi.EdfiSchool.YOLKIN;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.AddTeacherNote;
import org.schooljournal.core.journal.CorrectEntry;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.NoteKind;
import org.schooljournal.core.journal.Recorded;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddStudyGroup;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.GroupKind;

/** What the extract takes of a school, who may take it, and the Ed-Fi limits it keeps (EXC-1, MRK-10, PD-2). */
@Tag("EXC-1")
@DisplayName("EXC-1: the Ed-Fi extract of a school")
class EdfiExtractTest {

    @Test
    @Tag("MRK-10")
    @DisplayName("MRK-10: a corrected absence gives its current code; a removed one gives nothing")
    void currentValuesOnly() {
        EdfiSchool school = EdfiSchool.registered();
        school.at(MONDAY, LocalTime.of(8, 40));
        Recorded yolkin = school.engine.execute(MATH, EdfiSchool.absence(MATH_5A, MONDAY, 1, YOLKIN,
                AbsenceCode.UNEXCUSED));
        Recorded alekseeva = school.engine.execute(MATH, EdfiSchool.absence(MATH_5A, MONDAY, 1, ALEKSEEVA,
                AbsenceCode.UNEXCUSED));
        school.at(MONDAY, LocalTime.of(12, 0));
        school.engine.execute(MATH, CorrectEntry.absence(ID, new EntryRef(MATH_5A, yolkin.entries().get(0)),
                AbsenceCode.ILLNESS, "принесена справка"));
        school.engine.execute(MATH, CorrectEntry.removal(ID, new EntryRef(MATH_5A, alekseeva.entries().get(0)),
                "отмечена по ошибке"));

        assertThat(school.extract().attendance()).singleElement().satisfies(event -> {
            assertThat(event.studentUniqueId()).isEqualTo(YOLKIN);
            assertThat(event.category()).isEqualTo(AttendanceCategory.EXCUSED_ABSENCE);
            assertThat(event.reason()).contains("Болезнь");
        });
    }

    @Test
    @Tag("ATT-1")
    @DisplayName("ATT-1: a lateness note without minutes is a Tardy «Опоздание» without an arrival; a behaviour note is no event")
    void latenessWithoutMinutes() {
        EdfiSchool school = EdfiSchool.registered();
        school.at(MONDAY, LocalTime.of(8, 50));
        school.engine.execute(MATH, new AddTeacherNote(ID, MATH_5A, new LessonRef(MONDAY, 1), Optional.of(YOLKIN),
                NoteKind.LATENESS, "опоздал"));
        school.engine.execute(MATH, new AddTeacherNote(ID, MATH_5A, new LessonRef(MONDAY, 1), Optional.of(ALEKSEEVA),
                NoteKind.BEHAVIOUR, "мешала соседу 10 минут"));

        assertThat(school.extract().attendance()).singleElement().satisfies(event -> {
            assertThat(event.studentUniqueId()).isEqualTo(YOLKIN);
            assertThat(event.category()).isEqualTo(AttendanceCategory.TARDY);
            assertThat(event.reason()).contains("Опоздание");
            assertThat(event.arrivalTime()).isEmpty();
        });
    }

    @Test
    @Tag("ATT-1")
    @DisplayName("ATT-1: a group's journal is a section of its own; a lateness in it arrives after its base class's bell")
    void groupJournal() {
        EdfiSchool school = EdfiSchool.registered();
        String group = "5А-ИУП-Иванов";
        school.engine.execute(EdfiSchool.HEAD, new AddStudyGroup(ID, group, GroupKind.INDIVIDUAL, List.of("5А"), 5,
                EdfiSchool.IVANOV));
        school.engine.execute(EdfiSchool.HEAD, new AssignTeachingLoad(ID, MATH.personId(), "math", group));
        school.engine.execute(EdfiSchool.HEAD, new AddTimetableEntry(ID, group, DayOfWeek.TUESDAY, 2,
                ActivityKind.LESSON, "math", MATH.personId(), "201"));
        LocalDate tuesday = MONDAY.plusDays(1);
        school.at(tuesday, LocalTime.of(9, 30));
        school.engine.execute(MATH, new AddTeacherNote(ID, new JournalKey(group, "math"), new LessonRef(tuesday, 2),
                Optional.of(EdfiSchool.IVANOV), NoteKind.LATENESS, "опоздал на 5 мин."));

        assertThat(school.extract().attendance()).singleElement().satisfies(event -> {
            assertThat(event.section().sectionIdentifier()).isEqualTo("5А-ИУП-Иванов-math");
            assertThat(event.section().localCourseCode()).isEqualTo("math");
            assertThat(event.arrivalTime()).contains(LocalTime.of(9, 25));
        });
    }

    @Test
    @Tag("ATT-1")
    @DisplayName("ATT-1: a double lesson's absences of one category are one Ed-Fi event with both class periods, as Ed-Fi keys it")
    void doubleLesson() {
        EdfiSchool school = EdfiSchool.registered();
        LocalDate tuesday = MONDAY.plusDays(1);
        for (int slot = 1; slot <= 2; slot++) {
            school.engine.execute(EdfiSchool.HEAD, new AddTimetableEntry(ID, "5А", DayOfWeek.TUESDAY, slot,
                    ActivityKind.LESSON, "math", MATH.personId(), "201"));
        }
        school.at(tuesday, LocalTime.of(8, 35));
        school.engine.execute(MATH, EdfiSchool.absence(MATH_5A, tuesday, 1, YOLKIN, AbsenceCode.UNEXCUSED));
        school.engine.execute(MATH, EdfiSchool.absence(MATH_5A, tuesday, 1, EdfiSchool.IVANOV, AbsenceCode.ILLNESS));
        school.at(tuesday, LocalTime.of(9, 25));
        school.engine.execute(MATH, EdfiSchool.absence(MATH_5A, tuesday, 2, YOLKIN, AbsenceCode.UNEXCUSED));
        school.engine.execute(MATH, EdfiSchool.absence(MATH_5A, tuesday, 2, EdfiSchool.IVANOV, AbsenceCode.EXCUSED));

        assertThat(school.extract().attendance())
                .extracting(e -> e.studentUniqueId() + " " + e.category() + " " + e.classPeriods() + " " + e.reason())
                .containsExactly("s-ivanov EXCUSED_ABSENCE [1, 2] Optional[Болезнь; Уважительная причина]",
                        "s-yolkin UNEXCUSED_ABSENCE [1, 2] Optional.empty");
    }

    @Test
    @Tag("PD-2")
    @DisplayName("PD-2: a subject teacher may not take the whole school's extract")
    void onlyTheAdministration() {
        EdfiSchool school = EdfiSchool.registered();

        assertThatThrownBy(() -> EdfiExtract.of(school.engine, MATH, ID, EdfiSchool.EDFI_ID))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("an Ed-Fi school identifier that is not positive is refused, naming it and its value")
    void edfiSchoolId() {
        EdfiSchool school = EdfiSchool.registered();

        assertThatThrownBy(() -> EdfiExtract.of(school.engine, EdfiSchool.HEAD, ID, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edfiSchoolId must be a positive Ed-Fi SchoolId, was 0");
    }

    @Test
    @DisplayName("a pupil's identifier longer than Ed-Fi's 32 characters is refused, naming the field, the value and the rule")
    void longIdentifiers() {
        Section section = new Section(1L, 2026, "2026/2027", "math", "5А-math");
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(33, 80)).checkAssert(id ->
                assertThatThrownBy(() -> new SectionAttendanceEvent(id, section, LocalDate.of(2026, 10, 12),
                        AttendanceCategory.TARDY, Optional.empty(), Optional.empty()))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("studentUniqueId must have 1–32 characters (Ed-Fi UniqueId), was «" + id + "» ("
                                + id.length() + ")"));
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 32)).checkAssert(id ->
                assertThat(new SectionAttendanceEvent(id, section, LocalDate.of(2026, 10, 12),
                        AttendanceCategory.TARDY, Optional.empty(), Optional.empty()).studentUniqueId()).isEqualTo(id));
    }

    @Test
    @DisplayName("a school year Ed-Fi's SchoolYearType does not list (before 1990-1991, after 2049-2050) is refused")
    void schoolYears() {
        qt().forAll(integers().between(1, 1989).mix(integers().between(2050, 9999))).checkAssert(year ->
                assertThatThrownBy(() -> new Section(1L, year, "y", "math", "5А-math"))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("schoolYear must start a school year Ed-Fi's SchoolYearType lists")
                        .hasMessageContaining("was " + year));
        assertThat(new Section(1L, 2026, "y", "math", "5А-math").interchangeSchoolYear()).isEqualTo("2026-2027");
        assertThat(new Section(1L, 2026, "y", "math", "5А-math").apiSchoolYear()).isEqualTo(2027);
    }
}
