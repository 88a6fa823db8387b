package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.roster.RosterFixture.SEPTEMBER_1;
import static org.schooljournal.core.roster.RosterFixture.enrol;
import static org.schooljournal.core.roster.RosterFixture.run;
import static org.schooljournal.core.roster.RosterFixture.school;
import static org.schooljournal.core.roster.RosterFixture.transfer;
import static org.schooljournal.core.roster.RosterFixture.withdraw;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

@Tag("ROS-3")
class ClassListTest {

    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    /** 5А, enrolled in an order unlike the alphabet's. */
    private static SchoolState fiveA() {
        return run(school(),
                enrol("s-zh", "Жуков", "Антон", "Павлович", "5А", SEPTEMBER_1),
                enrol("s-yo", "Ёлкин", "Борис", "Игоревич", "5А", SEPTEMBER_1),
                enrol("s-ya", "Яковлева", "Вера", "", "5А", SEPTEMBER_1),
                enrol("s-eg", "Егоров", "Денис", "Андреевич", "5А", SEPTEMBER_1),
                enrol("s-el", "Елкин", "Алексей", "Юрьевич", "5А", SEPTEMBER_1),
                enrol("s-ab2", "Абрамова", "Мария", "Олеговна", "5А", SEPTEMBER_1),
                enrol("s-ab1", "Абрамова", "Алёна", "Олеговна", "5А", SEPTEMBER_1),
                enrol("s-ab3", "Абрамова", "Мария", "Андреевна", "5А", SEPTEMBER_1),
                enrol("s-other", "Аверин", "Глеб", "", "5Б", SEPTEMBER_1));
    }

    @Test
    @DisplayName("ROS-3: surname, then name, then patronymic in Russian order; Ёлкин with Елкин between Егоров and Жуков")
    void alphabeticalOrder() {
        ClassList list = ClassList.of(fiveA(), "5А", SEPTEMBER_1);

        assertThat(list.students()).extracting(Student::fullName).containsExactly(
                "Абрамова Алёна Олеговна",
                "Абрамова Мария Андреевна",
                "Абрамова Мария Олеговна",
                "Егоров Денис Андреевич",
                "Елкин Алексей Юрьевич",
                "Ёлкин Борис Игоревич",
                "Жуков Антон Павлович",
                "Яковлева Вера");
        assertThat(list.entries()).extracting(ClassList.Entry::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(list.classCode()).isEqualTo("5А");
        assertThat(list.date()).isEqualTo(SEPTEMBER_1);
    }

    @Test
    @DisplayName("ROS-3: ё sorts with е, after it when the names are otherwise the same; the same name by person identifier")
    void sameNameOrderedByIdentifier() {
        SchoolState state = run(school(),
                enrol("s-2", "Ёлкин", "Иван", "Петрович", "5А", SEPTEMBER_1),
                enrol("s-1", "Елкин", "Иван", "Петрович", "5А", SEPTEMBER_1),
                enrol("s-3", "Елкин", "Иван", "Петрович", "5А", SEPTEMBER_1));

        assertThat(ClassList.of(state, "5А", SEPTEMBER_1).students()).extracting(Student::personId)
                .containsExactly("s-1", "s-3", "s-2");
    }

    @Test
    @DisplayName("ROS-3: the list prints numbered lines")
    void printsNumberedLines() {
        SchoolState state = run(school(),
                enrol("s-2", "Жуков", "Антон", "Павлович", "5Б", SEPTEMBER_1),
                enrol("s-1", "Ёлкин", "Борис", "", "5Б", SEPTEMBER_1));

        assertThat(ClassList.of(state, "5Б", SEPTEMBER_1)).hasToString("5Б, 2025-09-01\n1. Ёлкин Борис\n2. Жуков Антон Павлович");
    }

    @Test
    @DisplayName("ROS-2, ROS-3: a transferred student is in the old list before the transfer date and in the new one from it")
    void transferMovesBetweenLists() {
        SchoolState state = run(fiveA(), transfer("s-zh", "5Б", MARCH_10));

        assertThat(ClassList.of(state, "5А", MARCH_10.minusDays(1)).students()).extracting(Student::personId).contains("s-zh");
        assertThat(ClassList.of(state, "5Б", MARCH_10.minusDays(1)).students()).extracting(Student::personId)
                .containsExactly("s-other");
        assertThat(ClassList.of(state, "5А", MARCH_10).students()).extracting(Student::personId).doesNotContain("s-zh");
        assertThat(ClassList.of(state, "5Б", MARCH_10).students()).extracting(Student::personId)
                .containsExactly("s-other", "s-zh");
    }

    @Test
    @DisplayName("ROS-2, ROS-3: a withdrawn student disappears from the date of withdrawal; numbering closes up")
    void withdrawalLeavesList() {
        SchoolState state = run(fiveA(), withdraw("s-eg", MARCH_10, "переезд"));

        assertThat(ClassList.of(state, "5А", MARCH_10.minusDays(1)).size()).isEqualTo(8);
        ClassList after = ClassList.of(state, "5А", MARCH_10);
        assertThat(after.students()).extracting(Student::personId).doesNotContain("s-eg");
        assertThat(after.entries()).extracting(ClassList.Entry::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    @DisplayName("ROS-3: before anyone arrived the list is empty")
    void emptyBeforeArrival() {
        assertThat(ClassList.of(fiveA(), "5А", SEPTEMBER_1.minusDays(1)).entries()).isEmpty();
    }

    @Test
    @DisplayName("ROS-3: the list of an unknown class is NOT_FOUND")
    void unknownClass() {
        assertThatThrownBy(() -> ClassList.of(school(), "9Я", SEPTEMBER_1))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("ClassList: classCode 9Я is not a class of school 86-001");
    }
}
