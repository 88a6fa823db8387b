package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.schooljournal.core.roster.ClassList;
import org.schooljournal.core.roster.Student;

/**
 * Prints the first lines of a class list (ROS-3) as the roster orders it: alphabetically by
 * surname, name and patronymic, ё sorted as е.
 */
final class ClassListExcerpt {

    private final YugraSchool school;
    private final RussianText russian;
    private final PrintStream out;

    ClassListExcerpt(YugraSchool school, RussianText russian, PrintStream out) {
        this.school = school;
        this.russian = russian;
        this.out = out;
    }

    /** Prints the first lines of the class's list on the date. */
    void print(String classCode, LocalDate date, int lines) {
        ClassList list = ClassList.of(school.state(), classCode, date);
        List<ClassList.Entry> first = list.entries().subList(0, Math.min(lines, list.size()));
        int surnames = first.stream().mapToInt(e -> e.student().surname().length()).max().orElse(0);
        int names = first.stream().mapToInt(e -> e.student().name().length()).max().orElse(0);
        out.println(russian.text("list.title", classCode, russian.date(date), first.size(), list.size()));
        for (ClassList.Entry entry : first) {
            Student student = entry.student();
            out.println(russian.text("list.line", String.format("%2d", entry.number()),
                    pad(student.surname(), surnames), pad(student.name(), names), student.patronymic()));
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
