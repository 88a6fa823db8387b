package org.schooljournal.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.programme.ProgrammeFixture.ID;
import static org.schooljournal.core.programme.ProgrammeFixture.assertInvalid;
import static org.schooljournal.core.programme.ProgrammeFixture.assertNotFound;
import static org.schooljournal.core.programme.ProgrammeFixture.decide;
import static org.schooljournal.core.programme.ProgrammeFixture.run;
import static org.schooljournal.core.programme.ProgrammeFixture.structured;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.school.SchoolState;

@Tag("YR-5")
@Tag("YR-12")
@DisplayName("YR-5, YR-12: study groups — half classes, electives, clubs, projects, extended day, streams, ИУП")
class AddStudyGroupTest {

    @Nested
    @DisplayName("formed")
    class Formed {

        @Test
        @DisplayName("half of a class, for a foreign language")
        void halfClass() {
            SchoolState state = run(structured(),
                    new AddStudyGroup(ID, "5А-англ-1", GroupKind.HALF_CLASS, List.of("5А"), 5, ""));

            assertThat(Programme.of(state).group("5А-англ-1")).contains(
                    new StudyGroup("5А-англ-1", GroupKind.HALF_CLASS, List.of("5А"), 5, Optional.empty()));
        }

        @Test
        @DisplayName("a stream spans several classes of its grade")
        void stream() {
            SchoolState state = run(structured(),
                    new AddStudyGroup(ID, "5-поток", GroupKind.STREAM, List.of("5А", "5Б"), 5, ""));

            StudyGroup stream = Programme.of(state).group("5-поток").orElseThrow();
            assertThat(stream.baseClassCodes()).containsExactly("5А", "5Б");
            assertThat(stream.drawsFrom("5Б")).isTrue();
            assertThat(stream.drawsFrom("10А")).isFalse();
        }

        @Test
        @DisplayName("a group of one student on an individual curriculum names the student")
        void individual() {
            SchoolState state = run(structured(),
                    new AddStudyGroup(ID, "ИУП-10А-1", GroupKind.INDIVIDUAL, List.of("10А"), 10, " s-17 "));

            assertThat(Programme.of(state).group("ИУП-10А-1").orElseThrow().studentId()).contains("s-17");
        }

        @Test
        @DisplayName("a club, an elective, a project and an extended-day group may gather several grades")
        void activities() {
            SchoolState state = structured();
            for (GroupKind kind : List.of(GroupKind.CLUB, GroupKind.ELECTIVE, GroupKind.PROJECT, GroupKind.EXTENDED_DAY)) {
                state = run(state, new AddStudyGroup(ID, kind.name(), kind, List.of("5А", "10А"), 10, ""));
            }

            assertThat(Programme.of(state).groups()).containsOnlyKeys("CLUB", "ELECTIVE", "PROJECT", "EXTENDED_DAY");
        }

        @Test
        @DisplayName("forming the same group again changes nothing; changing its classes updates it")
        void idempotentAndUpdated() {
            AddStudyGroup command = new AddStudyGroup(ID, "ГПД-5", GroupKind.EXTENDED_DAY, List.of("5А"), 5, "");
            SchoolState state = run(structured(), command);

            assertThat(decide(state, command)).isEmpty();
            assertThat(decide(state, new AddStudyGroup(ID, "ГПД-5", GroupKind.EXTENDED_DAY, List.of("5А", "5Б"), 5, "")))
                    .containsExactly(new StudyGroupAdded("ГПД-5", GroupKind.EXTENDED_DAY, List.of("5А", "5Б"), 5, ""));
        }
    }

    @Nested
    @DisplayName("refused")
    class Refused {

        @Test
        @DisplayName("a base class that is not open is NOT_FOUND, naming the field and the value")
        void unknownClass() {
            assertNotFound(structured(), new AddStudyGroup(ID, "5-поток", GroupKind.STREAM, List.of("5А", "5В"), 5, ""))
                    .hasMessage("AddStudyGroup: baseClassCodes 5В is not a class of school 86-001");
        }

        @Test
        @DisplayName("half of two classes")
        void halfOfTwo() {
            assertInvalid(structured(), new AddStudyGroup(ID, "5-англ", GroupKind.HALF_CLASS, List.of("5А", "5Б"), 5, ""),
                    "baseClassCodes");
        }

        @Test
        @DisplayName("a stream across grades")
        void streamAcrossGrades() {
            assertInvalid(structured(), new AddStudyGroup(ID, "поток", GroupKind.STREAM, List.of("5А", "10А"), 5, ""),
                    "grade").hasMessageContaining("of the grade of each of its classes");
        }

        @Test
        @DisplayName("a grade none of the classes has")
        void foreignGrade() {
            assertInvalid(structured(), new AddStudyGroup(ID, "кружок", GroupKind.CLUB, List.of("5А"), 6, ""), "grade");
        }

        @Test
        @DisplayName("a class named twice")
        void classTwice() {
            assertInvalid(structured(), new AddStudyGroup(ID, "поток", GroupKind.STREAM, List.of("5А", "5А"), 5, ""),
                    "baseClassCodes").hasMessageContaining("named twice");
        }

        @Test
        @DisplayName("an individual group without its student, and a student in another kind of group")
        void student() {
            assertInvalid(structured(), new AddStudyGroup(ID, "ИУП-1", GroupKind.INDIVIDUAL, List.of("5А"), 5, " "),
                    "studentId");
            assertInvalid(structured(), new AddStudyGroup(ID, "кружок", GroupKind.CLUB, List.of("5А"), 5, "s-1"),
                    "studentId");
        }

        @Test
        @DisplayName("a code of a class's form, which would name a class")
        void classLikeCode() {
            assertInvalid(structured(), new AddStudyGroup(ID, "5В", GroupKind.CLUB, List.of("5А"), 5, ""), "code");
        }
    }
}
