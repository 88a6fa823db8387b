package org.schooljournal.core.roster;

import static org.quicktheories.generators.SourceDSL.arbitrary;
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

    /**
     * A student's name as someone typed it, before the roster normalises it (ROS-3).
     *
     * @param id the student's identifier
     * @param surname the surname as typed
     * @param name the given name as typed
     * @param patronymic the patronymic as typed
     */
    record TypedName(String id, String surname, String name, String patronymic) {
    }

    private static final List<String> TYPED_SURNAMES = List.of("Иванов", "Иванова", "Ёлкин", "Елкин", "Елкина",
            "Петров", "Петрова", "Петрова-Водкина", "Жуков", "Егоров", "Ежов", "Ёжиков", "Абрамов", "Яковлев",
            "Д'Артаньян", "Эйлер", "Ли");
    private static final List<String> LATIN_SURNAMES = List.of("Smith", "Smythe", "O'Brien", "Lee");
    private static final List<String> LATIN_NAMES = List.of("John", "Mary", "Mary-Jane");
    private static final List<String> TYPED_NAMES = List.of("Мария", "Софья", "Пётр", "Петр", "Иван", "Анна", "Семён",
            "Семен", "Яков", "Анна-Мария");
    private static final List<String> TYPED_PATRONYMICS = List.of("", "", "Сергеевич", "Алиевич", "Ивановна",
            "Фёдорович", "Федорович", "оглы");
    private static final List<String> SPACES = List.of("", "", "", " ", "  ", "\u00A0", "\u2007", "\u202F", "\u3000");

    /**
     * Returns names as people type them: a realistic name, its case changed (ИВАНОВА, петров), its ё
     * typed as е or as е and a combining diaeresis, every kind of space around or inside; a Latin
     * name stays wholly Latin.
     */
    static Gen<TypedName> typedNames() {
        Gen<String> space = arbitrary().pick(SPACES);
        Gen<Integer> style = integers().between(0, 5);
        Gen<String> surname = arbitrary().pick(TYPED_SURNAMES).zip(style, space, space, RosterGenerators::typed);
        Gen<String> name = arbitrary().pick(TYPED_NAMES).zip(style, space, space, RosterGenerators::typed);
        Gen<String> patronymic = arbitrary().pick(TYPED_PATRONYMICS).zip(style, space, space, RosterGenerators::typed);
        Gen<TypedName> cyrillic = integers().between(0, 9_999).zip(surname, name, patronymic,
                (id, s, n, p) -> new TypedName("p-" + id, s, n, p.isBlank() ? "" : p));
        Gen<TypedName> latin = integers().between(0, 9_999).zip(
                arbitrary().pick(LATIN_SURNAMES).zip(style, space, space, RosterGenerators::typed),
                arbitrary().pick(LATIN_NAMES).zip(style, space, space, RosterGenerators::typed),
                (id, s, n) -> new TypedName("p-" + id, s, n, ""));
        return cyrillic.mix(latin, 10);
    }

    private static String typed(String text, int style, String before, String after) {
        String cased = switch (style) {
            case 1 -> text.toUpperCase(java.util.Locale.ROOT);
            case 2 -> text.toLowerCase(java.util.Locale.ROOT);
            case 3 -> text.replace("ё", "е\u0308").replace("Ё", "Е\u0308");
            case 4 -> text.replace("-", before.isEmpty() ? "-" : before + "-");
            default -> text;
        };
        return before + cased + after;
    }

    /** Returns classes of up to 35 students with typed names, each identifier once. */
    static Gen<List<TypedName>> typedClasses() {
        return lists().of(typedNames()).ofSizeBetween(0, 35)
                .map(list -> list.stream().collect(java.util.stream.Collectors.toMap(TypedName::id, t -> t,
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
