package org.schooljournal.core.roster;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolState;

/**
 * Generators for the roster's properties: students with Russian names (ё included), and steps
 * that {@link #command(Step, SchoolState)} turns into a valid enrolment, transfer or withdrawal
 * for the state it meets.
 */
final class RosterGenerators {

    static final List<String> CLASSES = List.of("5А", "5Б", "6А");
    static final int STUDENTS = 6;
    static final int MAX_GAP_DAYS = 40;

    private static final List<String> SURNAMES = List.of("Ёлкин", "Елкин", "Егоров", "Жуков", "Абрамов", "Яковлев");
    private static final List<String> NAMES = List.of("Пётр", "Петр", "Алексей", "Семён");
    private static final List<String> PATRONYMICS = List.of("", "Фёдорович", "Федорович", "Ильич");

    private RosterGenerators() {
    }

    /**
     * One step of a generated history.
     *
     * @param action 0 and 1 transfer an enrolled student, 2 withdraws them; a student not in the
     *     school is enrolled whatever the action
     * @param student which student, 0…{@link #STUDENTS}−1
     * @param classIndex which class to enter
     * @param gapDays days after the student's last movement
     */
    record Step(int action, int student, int classIndex, int gapDays) {
    }

    static Gen<Step> steps() {
        return integers().between(0, 2).zip(integers().between(0, STUDENTS - 1), integers().between(0, CLASSES.size() - 1),
                integers().between(0, MAX_GAP_DAYS), Step::new);
    }

    static Gen<List<Step>> histories() {
        return lists().of(steps()).ofSizeBetween(0, 40);
    }

    /** Students with names drawn so that ё and е variants and equal names meet. */
    static Gen<List<Student>> students() {
        Gen<Student> student = integers().between(0, 99_999).zip(integers().between(0, SURNAMES.size() - 1),
                integers().between(0, NAMES.size() - 1), integers().between(0, PATRONYMICS.size() - 1),
                (id, surname, name, patronymic) -> new Student("p-" + id, SURNAMES.get(surname), NAMES.get(name),
                        PATRONYMICS.get(patronymic), RosterFixture.BIRTH));
        return lists().of(student).ofSizeBetween(0, 30)
                .map(list -> list.stream().collect(java.util.stream.Collectors.toMap(Student::personId, s -> s,
                        (a, b) -> a, java.util.LinkedHashMap::new)).values().stream().toList());
    }

    /** Returns the student's identifier of a step. */
    static String studentId(Step step) {
        return "s-" + step.student();
    }

    /** Turns the step into a valid command for the state. */
    static SchoolCommand command(Step step, SchoolState state) {
        String studentId = studentId(step);
        MovementHistory history = Roster.of(state).historyOf(studentId);
        LocalDate date = history.last().map(Movement::date).orElse(RosterFixture.SEPTEMBER_1).plusDays(step.gapDays());
        String toClass = CLASSES.get(step.classIndex());
        if (history.currentClass().isEmpty()) {
            return RosterFixture.enrol(studentId, SURNAMES.get(step.student() % SURNAMES.size()),
                    NAMES.get(step.student() % NAMES.size()), "", toClass, date);
        }
        if (step.action() == 2) {
            return RosterFixture.withdraw(studentId, date, "переезд");
        }
        if (history.currentClass().get().equals(toClass)) {
            toClass = CLASSES.get((step.classIndex() + 1) % CLASSES.size());
        }
        return RosterFixture.transfer(studentId, toClass, date);
    }
}
