package org.schooljournal.core.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.schooljournal.core.school.SchoolPart;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.identity.Subject;

/**
 * The subjects of identity providers bound to the school's people (PD-3, ACC-6), kept in the
 * school's own stream: one subject to one person, and one subject of each issuer to a person.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param bindings the bindings by subject
 */
public record SubjectBindings(Map<Subject, Binding> bindings) {

    /** Takes the map as a persistent one. */
    public SubjectBindings {
        bindings = bindings instanceof PMap<Subject, Binding> map ? map : HashTreePMap.from(bindings);
    }

    /** The bindings as a part of a school's state, for the engine; opaque. */
    public static final SchoolPart<SubjectBindings> PART = BindingCommand.part();

    /** Returns the bindings of a school that has none. */
    public static SubjectBindings empty() {
        return new SubjectBindings(HashTreePMap.empty());
    }

    /** Returns the bindings of the school. */
    public static SubjectBindings of(SchoolState school) {
        return school.part(PART);
    }

    /** Returns the binding of the subject, if it is bound. */
    public Optional<Binding> of(Subject subject) {
        return Optional.ofNullable(bindings.get(subject));
    }

    /** Returns the person's bindings, one per issuer at most. */
    public List<Binding> ofPerson(String personId) {
        return bindings.values().stream().filter(binding -> binding.personId().equals(personId)).toList();
    }

    /** Returns every binding, in no fixed order. */
    public Collection<Binding> all() {
        return java.util.Collections.unmodifiableCollection(bindings.values());
    }

    SubjectBindings with(Binding binding) {
        return new SubjectBindings(((PMap<Subject, Binding>) bindings).plus(binding.subject(), binding));
    }

    SubjectBindings without(Subject subject) {
        return new SubjectBindings(((PMap<Subject, Binding>) bindings).minus(subject));
    }
}
