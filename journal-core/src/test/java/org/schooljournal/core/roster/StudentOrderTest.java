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
    @DisplayName("ROS-3: the whole name is compared before case: «Иванова Мария» before «ИВАНОВА Софья», "
            + "«петров Иван Алиевич» before «Петров Иван Сергеевич»")
    void wholeNameBeforeCase() {
        List<Student> sorted = StudentOrder.sort(List.of(
                student("1", "Иванова", "Софья", ""),
                student("2", "ИВАНОВА", "Мария", ""),
                student("3", "Петров", "Иван", "Сергеевич"),
                student("4", "петров", "Иван", "Алиевич")));

        assertThat(sorted).extracting(Student::personId).containsExactly("2", "1", "4", "3");
    }

    @Test
    @DisplayName("ROS-3: a surname sorts before a longer one it begins, a double surname after the single one")
    void surnameBeforeLongerSurname() {
        List<Student> sorted = StudentOrder.sort(List.of(
                student("1", "Иванова", "Анна", ""),
                student("2", "Петрова-Водкина", "Анна", ""),
                student("3", "Иванов", "Яков", ""),
                student("4", "Петрова", "Яна", "")));

        assertThat(sorted).extracting(Student::personId).containsExactly("3", "1", "4", "2");
    }

    @Test
    @DisplayName("ROS-3: ё typed as е and a combining diaeresis (U+0308) sorts as ё: the same name, told apart by identifier only")
    void decomposedYo() {
        List<Student> sorted = StudentOrder.sort(List.of(
                student("2", "Ёлкин", "Борис", ""),
                student("3", "Елкина", "Анна", ""),
                student("1", "Е\u0308лкин", "Борис", ""),
                student("4", "Елкин", "Борис", "")));

        assertThat(sorted).extracting(Student::personId).containsExactly("4", "1", "2", "3");
    }

    @Test
    @DisplayName("ROS-3: case is the last difference, then the identifier: «иванов Пётр» before «Иванов Пётр»")
    void caseLast() {
        List<Student> sorted = StudentOrder.sort(List.of(
                student("b", "Иванов", "Пётр", ""),
                student("c", "иванов", "Пётр", ""),
                student("a", "Иванов", "Пётр", "")));

        assertThat(sorted).extracting(Student::personId).containsExactly("c", "a", "b");
    }
}
