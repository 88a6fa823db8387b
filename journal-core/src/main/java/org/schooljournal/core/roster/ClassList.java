package org.schooljournal.core.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.NotFoundException;

/**
 * The list of a class (список класса) on a date (ROS-3): the students in the class that day, in
 * alphabetical order of surname, name and patronymic ({@link StudentOrder}), numbered from 1 as a
 * printed list is. A student transferred in appears from the date of the transfer, one transferred
 * out or withdrawn disappears from that date (ROS-2).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param classCode the class, such as 5А
 * @param date the date the list is for
 * @param entries the numbered students, in order
 */
public record ClassList(String classCode, LocalDate date, List<Entry> entries) {

    /**
     * One line of the list (ROS-3).
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param number the line's number, from 1
     * @param student the student
     */
    public record Entry(int number, Student student) {

        /**
         * Checks the parts.
         *
         * @throws IllegalArgumentException if the number is below 1
         */
        public Entry {
            Objects.requireNonNull(student, "student");
            if (number < 1) {
                throw new IllegalArgumentException("number must be at least 1: " + number);
            }
        }
    }

    /**
     * Checks the parts and copies the entries.
     *
     * @throws IllegalArgumentException if the entries are not numbered 1, 2, 3…
     */
    public ClassList {
        Objects.requireNonNull(classCode, "classCode");
        Objects.requireNonNull(date, "date");
        entries = List.copyOf(entries);
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).number() != i + 1) {
                throw new IllegalArgumentException("entry " + i + " is numbered " + entries.get(i).number());
            }
        }
    }

    /**
     * Returns the list of the class on the date.
     *
     * @throws NotFoundException if the school has no such class
     */
    public static ClassList of(SchoolState state, String classCode, LocalDate date) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(classCode, "classCode");
        Objects.requireNonNull(date, "date");
        if (state.structure().schoolClass(classCode).isEmpty()) {
            throw NotFoundException.of(ClassList.class, "classCode", classCode,
                    "is not a class of school " + state.schoolId());
        }
        List<Student> sorted = StudentOrder.sort(Roster.of(state).studentsIn(classCode, date));
        List<Entry> entries = new ArrayList<>(sorted.size());
        for (Student student : sorted) {
            entries.add(new Entry(entries.size() + 1, student));
        }
        return new ClassList(classCode, date, entries);
    }

    /** Returns the students, in order. */
    public List<Student> students() {
        return entries.stream().map(Entry::student).toList();
    }

    /** Returns the number of students. */
    public int size() {
        return entries.size();
    }

    /** Returns the list as printed: one "number. full name" line per student. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(classCode).append(", ").append(date);
        for (Entry entry : entries) {
            text.append('\n').append(entry.number()).append(". ").append(entry.student().fullName());
        }
        return text.toString();
    }
}
