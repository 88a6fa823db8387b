package org.schooljournal.examples.schoolday;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.SetBellSchedule;
import org.schooljournal.rules.calendar.LessonSlot;
import org.schooljournal.rules.calendar.SchoolWeek;

/**
 * The classes of 2025/2026 (YR-4, YR-9): grades 1–11, two or three of each, with their homeroom
 * teachers and bell schedules — four lessons of 35 minutes for grade 1, six of 40 minutes for the
 * others, all from 08:30 — and how many students each will have.
 */
final class Classes {

    /** The letters of each grade's classes, from grade 1. */
    private static final String[] LETTERS = {"АБВ", "АБВ", "АБ", "АБ", "АБВ", "АБ", "АБ", "АБ", "АБ", "АБ", "АБ"};

    /**
     * The homeroom teachers of grades 5–11, in the order of their classes: a speciality and which
     * of its teachers. Grades 1–4 each have a primary-school teacher.
     */
    private static final List<Homeroom> HOMEROOM = List.of(
            new Homeroom(Subjects.RUSSIAN, 0), new Homeroom(Subjects.MATHS, 0), new Homeroom(Subjects.HISTORY, 0),
            new Homeroom(Subjects.RUSSIAN, 1), new Homeroom(Subjects.MATHS, 1),
            new Homeroom(Subjects.ENGLISH, 0), new Homeroom(Subjects.BIOLOGY, 0),
            new Homeroom(Subjects.RUSSIAN, 2), new Homeroom(Subjects.GEOGRAPHY, 0),
            new Homeroom(Subjects.MATHS, 2), new Homeroom(Subjects.PHYSICS, 0),
            new Homeroom(Subjects.CHEMISTRY, 0), new Homeroom(Subjects.RUSSIAN, 3),
            new Homeroom(Subjects.MATHS, 3), new Homeroom(Subjects.HISTORY, 1));

    /** Classes of 25 students or more learn a foreign language in halves; 5А is one. */
    private static final Map<String, Integer> FIXED_SIZES = Map.of("5А", 26, "5Б", 23, "5В", 24);

    private final Map<String, Integer> sizes = new LinkedHashMap<>();
    private final Map<String, String> homeroomTeachers = new LinkedHashMap<>();

    /** A homeroom teacher of grades 5–11: the n-th teacher (from 0) of a speciality. */
    private record Homeroom(String speciality, int n) {
        String of(Staff staff) {
            return staff.teacher(speciality, n);
        }
    }

    private Classes() {
    }

    /** Opens the classes and sets their bells, as the deputy head. */
    static Classes open(YugraSchool school, Staff staff) {
        Classes classes = new Classes();
        int primary = 0;
        int senior = 0;
        for (int grade = 1; grade <= 11; grade++) {
            for (char letter : LETTERS[grade - 1].toCharArray()) {
                String code = grade + String.valueOf(letter);
                String teacher = grade <= 4
                        ? staff.teacher(Staff.PRIMARY, primary++)
                        : HOMEROOM.get(senior++).of(staff);
                school.execute(YugraSchool.DEPUTY_HEAD, new OpenClass(YugraSchool.ID, code, grade, teacher));
                school.execute(YugraSchool.DEPUTY_HEAD, new SetBellSchedule(YugraSchool.ID, code, bells(grade)));
                classes.sizes.put(code, FIXED_SIZES.getOrDefault(code, school.names().between(22, 26)));
                classes.homeroomTeachers.put(code, teacher);
            }
        }
        return classes;
    }

    /** Returns the class codes with the number of students of each, in the order opened. */
    Map<String, Integer> sizes() {
        return sizes;
    }

    /** Returns the homeroom teacher of the class. */
    String homeroomTeacher(String classCode) {
        return homeroomTeachers.get(classCode);
    }

    /** Returns the bells of a grade, the same every day of the five-day week. */
    static Map<DayOfWeek, List<LessonSlot>> bells(int grade) {
        List<LessonSlot> day = grade == 1
                ? slots(35, 10, 20, 20)
                : slots(40, 10, 20, 20, 10, 10);
        Map<DayOfWeek, List<LessonSlot>> week = new EnumMap<>(DayOfWeek.class);
        SchoolWeek.FIVE_DAY.days().forEach(weekday -> week.put(weekday, day));
        return week;
    }

    /** Returns lessons of that length from 08:30 with those breaks between them. */
    private static List<LessonSlot> slots(int minutes, int... breaks) {
        List<LessonSlot> slots = new ArrayList<>();
        LocalTime start = LocalTime.of(8, 30);
        for (int number = 1; number <= breaks.length + 1; number++) {
            LocalTime end = start.plusMinutes(minutes);
            slots.add(new LessonSlot(number, start, end));
            start = number <= breaks.length ? end.plusMinutes(breaks[number - 1]) : end;
        }
        return slots;
    }
}
