package org.schooljournal.core.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pcollections.HashTreePSet;
import org.pcollections.OrderedPMap;
import org.pcollections.OrderedPSet;
import org.pcollections.PSet;
import org.schooljournal.core.access.Guardianships;
import org.schooljournal.core.school.NameOrder;
import org.schooljournal.core.school.SchoolPart;
import org.schooljournal.core.school.SchoolState;

/**
 * The school's roster (контингент): its students with their movement history, its guardians, and
 * which guardian represents which student (ROS-1, ROS-2). A withdrawn student stays in the roster
 * with their history; only their class on a date tells whether they are in the school then.
 *
 * <p>Its collections are persistent (pcollections, insertion-ordered), so that an event's new
 * roster shares everything the event does not change: applying a roster event costs O(log n) in
 * the school's people, not a copy of them all (a school of n people folds in O(n log n)).
 *
 * <p>This class is immutable and thread-safe; the {@code with…} methods return new rosters.
 */
public final class Roster implements Guardianships {

    private static final Roster EMPTY = new Roster(OrderedPMap.empty(), OrderedPMap.empty(), OrderedPMap.empty(),
            OrderedPSet.empty(), HashTreePSet.empty());

    // pcollections' ordered map and set answer get in O(log n) but containsKey, getOrDefault of an
    // absent key and contains by a walk over all their entries (AbstractMap's, AbstractSet's):
    // lookups go through get, and the links are kept a second time in a hash set for represents.
    private final OrderedPMap<String, Student> students;
    private final OrderedPMap<String, MovementHistory> histories;
    private final OrderedPMap<String, Guardian> guardians;
    private final OrderedPSet<Guardianship> guardianships;
    private final PSet<Guardianship> links;

    /**
     * Copies the collections and checks that every history and link names a known person.
     *
     * @param students every student ever enrolled, by person identifier, in the order enrolled
     * @param histories each student's movement history, by the student's person identifier
     * @param guardians the guardians, by person identifier, in the order registered
     * @param guardianships the links between guardians and students, in the order linked
     * @throws IllegalArgumentException if a history or a link names a student or guardian not in
     *     the roster
     */
    public Roster(Map<String, Student> students, Map<String, MovementHistory> histories, Map<String, Guardian> guardians,
            Set<Guardianship> guardianships) {
        this(OrderedPMap.from(students), OrderedPMap.from(histories), OrderedPMap.from(guardians),
                OrderedPSet.from(guardianships), HashTreePSet.from(guardianships));
        for (String studentId : this.histories.keySet()) {
            requireStudent(this.students, studentId);
        }
        for (Guardianship link : this.guardianships) {
            requireStudent(this.students, link.studentId());
            requireGuardian(this.guardians, link.guardianId());
        }
    }

    /** Takes the collections as they are: the {@code with…} methods have checked what they change. */
    private Roster(OrderedPMap<String, Student> students, OrderedPMap<String, MovementHistory> histories,
            OrderedPMap<String, Guardian> guardians, OrderedPSet<Guardianship> guardianships,
            PSet<Guardianship> links) {
        this.students = students;
        this.histories = histories;
        this.guardians = guardians;
        this.guardianships = guardianships;
        this.links = links;
    }

    /** Returns every student ever enrolled, by person identifier, in the order enrolled; unmodifiable. */
    public Map<String, Student> students() {
        return students;
    }

    /** Returns each student's movement history, by the student's person identifier; unmodifiable. */
    public Map<String, MovementHistory> histories() {
        return histories;
    }

    /** Returns the guardians, by person identifier, in the order registered; unmodifiable. */
    public Map<String, Guardian> guardians() {
        return guardians;
    }

    /** Returns the links between guardians and students, in the order linked; unmodifiable. */
    public Set<Guardianship> guardianships() {
        return guardianships;
    }

    /** Returns the roster of a school with no students. */
    public static Roster empty() {
        return EMPTY;
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
        MovementHistory history = histories.get(studentId);
        return history == null ? MovementHistory.empty() : history;
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
        return links.contains(new Guardianship(guardianId, studentId));
    }

    /** Returns this roster with a student added, or their data replaced; their history is kept. */
    Roster withStudent(Student student) {
        return new Roster(students.plus(student.personId(), student), histories, guardians, guardianships, links);
    }

    /**
     * Returns this roster with one more movement of the student.
     *
     * @throws IllegalArgumentException if the student is unknown, or the movement's date is before
     *     their last movement's
     */
    Roster withMovement(String studentId, Movement movement) {
        requireStudent(students, studentId);
        return new Roster(students, histories.plus(studentId, historyOf(studentId).with(movement)), guardians,
                guardianships, links);
    }

    /** Returns this roster with a guardian added, or their data replaced. */
    Roster withGuardian(Guardian guardian) {
        return new Roster(students, histories, guardians.plus(guardian.personId(), guardian), guardianships, links);
    }

    /**
     * Returns this roster with the guardian representing the student too.
     *
     * @throws IllegalArgumentException if the guardian or the student is unknown
     */
    Roster withGuardianship(Guardianship link) {
        Objects.requireNonNull(link, "link");
        requireStudent(students, link.studentId());
        requireGuardian(guardians, link.guardianId());
        return new Roster(students, histories, guardians, guardianships.plus(link), links.plus(link));
    }

    /** Returns this roster without the link between the guardian and the student. */
    Roster withoutGuardianship(Guardianship link) {
        Objects.requireNonNull(link, "link");
        return new Roster(students, histories, guardians, guardianships.minus(link), links.minus(link));
    }

    private static void requireStudent(Map<String, Student> students, String studentId) {
        if (students.get(studentId) == null) {
            throw new IllegalArgumentException("student " + studentId + " is not in the roster");
        }
    }

    private static void requireGuardian(Map<String, Guardian> guardians, String guardianId) {
        if (guardians.get(guardianId) == null) {
            throw new IllegalArgumentException("guardian " + guardianId + " is not in the roster");
        }
    }

    @Override
    public boolean equals(Object other) {
        // The links compare as a set, as before (their order is not part of the value), through the
        // hash set: the ordered set's equals would ask its own contains, a walk, for each link.
        return other instanceof Roster that && students.equals(that.students) && histories.equals(that.histories)
                && guardians.equals(that.guardians) && links.equals(that.links);
    }

    @Override
    public int hashCode() {
        return Objects.hash(students, histories, guardians, links);
    }

    @Override
    public String toString() {
        return "Roster[students=" + students + ", histories=" + histories + ", guardians=" + guardians
                + ", guardianships=" + guardianships + "]";
    }

    /** Returns the roster of the school. */
    public static Roster of(SchoolState school) {
        return school.part(PART);
    }

    /** The roster as a part of a school's state, for the engine; opaque. */
    public static final SchoolPart<Roster> PART = RosterCommand.part();
}
