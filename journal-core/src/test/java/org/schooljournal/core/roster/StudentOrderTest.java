package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ROS-3")
class StudentOrderTest {

    private static Student student(String id, String surname, String name, String patronymic) {
        return new Student(id, surname, name, patronymic, LocalDate.of(2014, 1, 1));
    }

    @Test
    @DisplayName("ROS-3: Russian alphabetical order, not the order of code points")
    void russianCollation() {
        List<Student> sorted = StudentOrder.sort(List.of(
                student("1", "Яковлев", "Иван", ""),
                student("2", "абрамов", "Иван", ""),
                student("3", "Жуков", "Иван", ""),
                student("4", "Ёжиков", "Иван", ""),
                student("5", "Ежов", "Иван", ""),
                student("6", "Егоров", "Иван", "")));

        assertThat(sorted).extracting(Student::surname)
                .containsExactly("абрамов", "Егоров", "Ёжиков", "Ежов", "Жуков", "Яковлев");
    }

    @Test
    @DisplayName("ROS-3: ё in a given name or patronymic sorts as е too")
    void yoInNameAndPatronymic() {
        List<Student> sorted = StudentOrder.sort(List.of(
                student("1", "Иванов", "Семён", "Фёдорович"),
                student("2", "Иванов", "Семен", "Сергеевич"),
                student("3", "Иванов", "Пётр", "")));

        assertThat(sorted).extracting(Student::personId).containsExactly("3", "2", "1");
    }

    @Test
    @DisplayName("ROS-3: the folded form of a name replaces ё and Ё only")
    void folded() {
        assertThat(StudentOrder.folded("Ёлкин Пётр")).isEqualTo("Елкин Петр");
    }
}
