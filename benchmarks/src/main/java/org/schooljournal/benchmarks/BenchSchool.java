package org.schooljournal.benchmarks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.core.school.Schools;

/**
 * A school set up through the engine's commands on a fresh in-memory store, as its people would:
 * the system administrator registers it and gives the head the role; the head hires the teachers,
 * the administrator gives them the subject teacher's role; the head opens the classes and enrols
 * the students; the homeroom teachers register one guardian for each student.
 *
 * <p>Two sizes: {@code small} — one teacher, one class (5А), one student and their guardian, as in
 * journal-core's TestSchool; {@code yugra} — about the example's school (examples/school-day): 45
 * teachers, 25 classes of grades 1–11 with 24 students each (600), and 600 guardians, about 1 250
 * people holding roles. Student {@link #STUDENT} is in the first class, whose homeroom teacher
 * is {@link #HOMEROOM}.
 *
 * <p>Not thread-safe.
 */
final class BenchSchool {

    static final String ID = "86-bench-001";
    static final Actor ADMIN = Actor.of("admin-01");
    static final Actor HEAD = Actor.of("head-01");
    /** The first teacher: homeroom teacher of the first class. */
    static final Actor HOMEROOM = Actor.of("t-01");
    /** The first student, in the first class. */
    static final String STUDENT = "s-0001";
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 9, 1);

    /** The letters of each grade's classes, from grade 1, as in the example: 25 classes. */
    private static final String[] LETTERS = {"АБВ", "АБВ", "АБ", "АБ", "АБВ", "АБ", "АБ", "АБ", "АБ", "АБ", "АБ"};
    private static final List<String> SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов",
            "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков");
    private static final List<String> NAMES = List.of("Александр", "Михаил", "Артём", "Матвей", "Иван",
            "Дмитрий", "Кирилл", "Егор", "Тимофей", "Максим");
    private static final int STUDENTS_PER_CLASS = 24;
    private static final int TEACHERS = 45;

    final InMemoryEventStore store = new InMemoryEventStore();
    final JournalEngine engine;

    private BenchSchool(Clock clock) {
        engine = JournalEngine.builder().eventStore(store).clock(clock).build();
    }

    /**
     * Sets up a school of that size on a fresh store.
     *
     * @param size {@code small} or {@code yugra}
     */
    static BenchSchool setUp(String size, Clock clock) {
        BenchSchool school = new BenchSchool(clock);
        switch (size) {
            case "small" -> school.populate(1, List.of("5А"), 1);
            case "yugra" -> school.populate(TEACHERS, yugraClasses(), STUDENTS_PER_CLASS);
            default -> throw new IllegalArgumentException("unknown school size " + size + "; small or yugra");
        }
        return school;
    }

    /** The school's stream. */
    static final String STREAM = Schools.streamOf(ID);

    /** Returns the number of envelopes in the school's stream. */
    long version() {
        return store.version(STREAM);
    }

    /** Returns the number of people holding a role in the school. */
    int people() {
        return engine.host().school(ID).roles().size();
    }

    private void populate(int teachers, List<String> classes, int studentsPerClass) {
        engine.execute(ADMIN, new RegisterSchool(ID, "МБОУ «Средняя общеобразовательная школа № 1»", SchoolCalendar.YUGRA));
        engine.execute(ADMIN, new AssignRole(ID, HEAD.personId(), Role.HEAD));
        for (int t = 1; t <= teachers; t++) {
            String teacher = String.format("t-%02d", t);
            engine.execute(HEAD, new HireStaff(ID, teacher, surname(t, 'а'), "Анна", "Петровна"));
            engine.execute(ADMIN, new AssignRole(ID, teacher, Role.SUBJECT_TEACHER));
        }
        int student = 0;
        for (int c = 0; c < classes.size(); c++) {
            String code = classes.get(c);
            int grade = Integer.parseInt(code.substring(0, code.length() - 1));
            Actor homeroom = Actor.of(String.format("t-%02d", c + 1));
            engine.execute(HEAD, new OpenClass(ID, code, grade, homeroom.personId()));
            for (int s = 0; s < studentsPerClass; s++) {
                student++;
                String studentId = String.format("s-%04d", student);
                engine.execute(HEAD, new EnrolStudent(ID, studentId, surname(student, ' ').strip(),
                        NAMES.get(student % NAMES.size()), "Сергеевич",
                        LocalDate.of(2018 - grade, 3, 1).plusDays(student % 300), code, FIRST_DAY));
                engine.execute(homeroom, new RegisterGuardian(ID, String.format("g-%04d", student),
                        surname(student, 'а'), "Елена", "Викторовна", studentId));
            }
        }
    }

    private static String surname(int n, char ending) {
        return SURNAMES.get(n % SURNAMES.size()) + ending;
    }

    /** The example's 25 classes, grades 1 to 11: 1А, 1Б, 1В, 2А, … 11Б. */
    static List<String> yugraClasses() {
        List<String> codes = new ArrayList<>();
        for (int grade = 1; grade <= LETTERS.length; grade++) {
            for (char letter : LETTERS[grade - 1].toCharArray()) {
                codes.add(grade + String.valueOf(letter));
            }
        }
        return codes;
    }
}
