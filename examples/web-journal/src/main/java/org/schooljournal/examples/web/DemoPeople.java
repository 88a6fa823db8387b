package org.schooljournal.examples.web;

import java.util.ArrayList;
import java.util.List;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.examples.schoolday.DemoSchool;
import org.schooljournal.spi.identity.Subject;

/**
 * The people one may sign in as on the demo sign-in page, each bound to a subject of the demo's
 * OpenID Connect provider ({@link DemoIdentity}) as a real deployment binds ЕСИА's or its region's
 * provider's (ACC-6): 5А's
 * mathematics teacher, a teacher of another class, two guardians of 5А pupils, the head and the
 * deputy head.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DemoPeople {

    /** One person to sign in as, with what they do and the page they start at. */
    public record Person(String id, String name, String role, String home) {
    }

    private final List<Person> people;

    private DemoPeople(List<Person> people) {
        this.people = List.copyOf(people);
    }

    /**
     * Finds the demo people in the school on the day, and binds each one's subject of the issuer
     * (the person's id) unless bound already.
     */
    static DemoPeople bind(JournalEngine engine, java.time.LocalDate day, String issuer) {
        SchoolState state = engine.host().school(DemoSchool.ID);
        Programme programme = Programme.of(state);
        Roster roster = Roster.of(state);
        JournalKey maths = DemoSchool.MATHS_5A;
        String mathsTeacher = programme.teacherOf(maths.holderCode(), maths.subjectCode()).orElseThrow();
        var teachersOf5A = programme.teachingLoad().stream().filter(a -> a.holderCode().equals(maths.holderCode()))
                .map(a -> a.teacherId()).collect(java.util.stream.Collectors.toSet());
        var otherAssignment = programme.teachingLoad().stream()
                .filter(a -> a.holderCode().equals("5Б") && !teachersOf5A.contains(a.teacherId())).findFirst().orElseThrow();
        JournalKey other = new JournalKey(otherAssignment.holderCode(), otherAssignment.subjectCode());
        String otherTeacher = otherAssignment.teacherId();
        List<Student> pupils = roster.studentsIn(maths.holderCode(), day);
        List<Person> people = new ArrayList<>();
        people.add(new Person(mathsTeacher, state.structure().staffName(mathsTeacher), "учитель 5А (" + programme.subjectName(maths.subjectCode()) + ")",
                Paths.journal(maths)));
        people.add(new Person(otherTeacher, state.structure().staffName(otherTeacher), "учитель 5Б (" + programme.subjectName(other.subjectCode()) + ")",
                Paths.journal(other)));
        for (Student pupil : List.of(pupils.get(1), pupils.get(4))) {
            var guardian = roster.guardiansOf(pupil.personId()).get(0);
            people.add(new Person(guardian.personId(), guardian.fullName(),
                    "родитель ученика 5А (" + pupil.fullName() + ")", Paths.diary(pupil.personId())));
        }
        people.add(new Person(DemoSchool.HEAD, state.structure().staffName(DemoSchool.HEAD), "директор", Paths.CONTROL));
        people.add(new Person(DemoSchool.DEPUTY_HEAD, state.structure().staffName(DemoSchool.DEPUTY_HEAD),
                "заместитель директора", Paths.CONTROL));
        var bound = engine.identity().bindings(Actor.of(DemoSchool.ADMINISTRATOR), DemoSchool.ID);
        for (Person person : people) {
            if (bound.stream().noneMatch(b -> b.issuer().equals(issuer) && b.subjectId().equals(person.id()))) {
                engine.identity().bind(Actor.of(DemoSchool.ADMINISTRATOR), DemoSchool.ID,
                        new Subject(issuer, person.id()), person.id());
            }
        }
        return new DemoPeople(people);
    }

    /** Returns the people, in the order the sign-in page lists them. */
    List<Person> all() {
        return people;
    }

    /** Returns the person of the id, if one of the demo people. */
    java.util.Optional<Person> find(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
