package org.schooljournal.core.roster;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.access.Guardianships;
import org.schooljournal.core.school.NameOrder;
import org.schooljournal.core.school.SchoolPart;
import org.schooljournal.core.school.SchoolState;

/**
 * The school's roster (контингент): its students with their movement history, its guardians, and
 * which guardian represents which student (ROS-1, ROS-2). A withdrawn student stays in the roster
 * with their history; only their class on a date tells whether they are in the school then.
 *
 * <p>This record is immutable and thread-safe; the {@code with…} methods return new rosters.
 *
 * @param students every student ever enrolled, by person identifier, in the order enrolled
 * @param histories each student's movement history, by the student's person identifier
 * @param guardians the guardians, by person identifier, in the order registered
 * @param guardianships the links between guardians and students, in the order linked
 */
public record Roster(
        Map<String, Student> students,
        Map<String, MovementHistory> histories,
        Map<String, Guardian> guardians,
        Set<Guardianship> guardianships) implements Guardianships {

    /**
     * Copies the collections and checks that every history and link names a known person.
     *
     * @throws IllegalArgumentException if a history or a link names a student or guardian not in
     *     the roster
     */
    public Roster {
        students = Collections.unmodifiableMap(new LinkedHashMap<>(students));
        histories = Collections.unmodifiableMap(new LinkedHashMap<>(histories));
        guardians = Collections.unmodifiableMap(new LinkedHashMap<>(guardians));
        guardianships = Collections.unmodifiableSet(new LinkedHashSet<>(guardianships));
        for (String studentId : histories.keySet()) {
            requireStudent(students, studentId);
        }
        for (Guardianship link : guardianships) {
            requireStudent(students, link.studentId());
            if (!guardians.containsKey(link.guardianId())) {
                throw new IllegalArgumentException("guardian " + link.guardianId() + " is not in the roster");
            }
        }
    }

    /** Returns the roster of a school with no students. */
    public static Roster empty() {
        return new Roster(Map.of(), Map.of(), Map.of(), Set.of());
    }

    /** Returns the student with that identifier, enrolled now or before. */
    public Optional<Student> student(String studentId) {
        return Optional.ofNullable(students.get(studentId));
    }

    /** Returns the guardian with that identifier, if registered. */
    public Optional<Guardian> guardian(String guardianId) {
        return Optional.ofNullable(guardians.get(guardianId));
    }

    /** Returns the student's movement history; empty if the student is unknown. */
    public MovementHistory historyOf(String studentId) {
        return histories.getOrDefault(studentId, MovementHistory.empty());
    }

    /** Returns the student's class after their last movement; empty if withdrawn or unknown. */
    public Optional<String> currentClassOf(String studentId) {
        return historyOf(studentId).currentClass();
    }

    /** Returns the student's class on the date; empty if they were not in the school that day. */
    public Optional<String> classOf(String studentId, LocalDate date) {
        return historyOf(studentId).classOn(date);
    }

    /** Returns the students in the class on the date, in the order enrolled (a class list sorts them, ROS-3). */
    public List<Student> studentsIn(String classCode, LocalDate date) {
        Objects.requireNonNull(classCode, "classCode");
        Objects.requireNonNull(date, "date");
        return students.values().stream()
                .filter(s -> historyOf(s.personId()).classOn(date).filter(classCode::equals).isPresent())
                .toList();
    }

    /** Returns the guardians of the student, in the order of lists of people (ROS-3, {@link NameOrder}). */
    public List<Guardian> guardiansOf(String studentId) {
        return NameOrder.sort(guardianships.stream().filter(link -> link.studentId().equals(studentId))
                .map(link -> guardians.get(link.guardianId())).toList(), Guardian::fullName, Guardian::personId);
    }

    /** Returns the students the guardian represents, in class-list order (ROS-3, {@link StudentOrder}). */
    public List<Student> studentsOf(String guardianId) {
        return StudentOrder.sort(guardianships.stream().filter(link -> link.guardianId().equals(guardianId))
                .map(link -> students.get(link.studentId())).toList());
    }

    /** Returns whether the guardian represents the student. */
    @Override
    public boolean represents(String guardianId, String studentId) {
        return guardianships.contains(new Guardianship(guardianId, studentId));
    }

    /** Returns this roster with a student added, or their data replaced; their history is kept. */
    Roster withStudent(Student student) {
        Map<String, Student> more = new LinkedHashMap<>(students);
        more.put(student.personId(), student);
        return new Roster(more, histories, guardians, guardianships);
    }

    /**
     * Returns this roster with one more movement of the student.
     *
     * @throws IllegalArgumentException if the student is unknown, or the movement's date is before
     *     their last movement's
     */
    Roster withMovement(String studentId, Movement movement) {
        requireStudent(students, studentId);
        Map<String, MovementHistory> more = new LinkedHashMap<>(histories);
        more.put(studentId, historyOf(studentId).with(movement));
        return new Roster(students, more, guardians, guardianships);
    }

    /** Returns this roster with a guardian added, or their data replaced. */
    Roster withGuardian(Guardian guardian) {
        Map<String, Guardian> more = new LinkedHashMap<>(guardians);
        more.put(guardian.personId(), guardian);
        return new Roster(students, histories, more, guardianships);
    }

    /**
     * Returns this roster with the guardian representing the student too.
     *
     * @throws IllegalArgumentException if the guardian or the student is unknown
     */
    Roster withGuardianship(Guardianship link) {
        Set<Guardianship> more = new LinkedHashSet<>(guardianships);
        more.add(Objects.requireNonNull(link, "link"));
        return new Roster(students, histories, guardians, more);
    }

    /** Returns this roster without the link between the guardian and the student. */
    Roster withoutGuardianship(Guardianship link) {
        Set<Guardianship> fewer = new LinkedHashSet<>(guardianships);
        fewer.remove(Objects.requireNonNull(link, "link"));
        return new Roster(students, histories, guardians, fewer);
    }

    private static void requireStudent(Map<String, Student> students, String studentId) {
        if (!students.containsKey(studentId)) {
            throw new IllegalArgumentException("student " + studentId + " is not in the roster");
        }
    }

    /** Returns the roster of the school. */
    public static Roster of(SchoolState school) {
        return school.part(PART);
    }

    /** The roster as a part of a school's state, for the engine; opaque. */
    public static final SchoolPart<Roster> PART = RosterCommand.part();
}
