package org.schooljournal.core.log;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The event types of one kind of stream, or of one part of a school's state: for each type its
 * stored name and schema version, which never change with its class's name (DESIGN.md,
 * principle 10), the upcasts that bring older versions of its payload to the current one, and how
 * it changes the state. Built once, in the package whose events it lists; the family's interface
 * is sealed, and {@link Builder#build()} refuses a family that leaves a permitted type out, so
 * the list of stored types cannot drift from the code.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <S> the state the events change
 * @param <E> the family's sealed interface
 */
public final class EventFamily<S, E> {

    private final Class<E> family;
    private final Map<Class<?>, Member<S>> members;
    private final Map<String, Map<Integer, UnaryOperator<ObjectNode>>> upcasts;

    /**
     * One stored type of a family.
     *
     * @param name the stored name, such as {@code EntryRecorded}; never a class's name by derivation
     * @param version the current schema version of its payload, from 1
     * @param type the class that reads and writes it
     */
    public record Type(String name, int version, Class<?> type) {

        /** Checks the parts. */
        public Type {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException("a stored event name is letters and digits, was " + name);
            }
            if (version < 1) {
                throw new IllegalArgumentException("a schema version is 1 or more, was " + version);
            }
        }
    }

    private record Member<S>(Type type, BiFunction<S, Object, S> fold) {
    }

    private EventFamily(Class<E> family, Map<Class<?>, Member<S>> members,
            Map<String, Map<Integer, UnaryOperator<ObjectNode>>> upcasts) {
        this.family = family;
        this.members = members;
        this.upcasts = upcasts;
    }

    /** Starts the family of events implementing that sealed interface. */
    public static <S, E> Builder<S, E> of(Class<E> family) {
        return new Builder<>(family);
    }

    /** Returns the family's interface. */
    public Class<E> family() {
        return family;
    }

    /** Returns the family's stored types, in the order they were listed. */
    public List<Type> types() {
        return members.values().stream().map(Member::type).toList();
    }

    /**
     * Returns the state with the event applied.
     *
     * @throws IllegalArgumentException if the event is not of this family
     */
    public S apply(S state, E event) {
        Member<S> member = members.get(event.getClass());
        if (member == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not an event of " + family.getName());
        }
        return member.fold().apply(state, event);
    }

    /** Returns the upcast of a stored type from a schema version to the next, if one is listed. */
    UnaryOperator<ObjectNode> upcast(String name, int fromVersion) {
        return upcasts.getOrDefault(name, Map.of()).get(fromVersion);
    }

    /**
     * Lists the types of a family. Not thread-safe.
     *
     * @param <S> the state
     * @param <E> the family's interface
     */
    public static final class Builder<S, E> {

        private final Class<E> family;
        private final Map<Class<?>, Member<S>> members = new LinkedHashMap<>();
        private final Map<String, Map<Integer, UnaryOperator<ObjectNode>>> upcasts = new TreeMap<>();

        private Builder(Class<E> family) {
            this.family = Objects.requireNonNull(family, "family");
            if (!family.isSealed()) {
                throw new IllegalArgumentException(family.getName() + " must be sealed, so that its types cannot drift");
            }
        }

        /** Lists a type at schema version 1, with how an event of it changes the state. */
        public <T extends E> Builder<S, E> type(String name, Class<T> type, BiFunction<T, S, S> fold) {
            return type(name, 1, type, fold);
        }

        /** Lists a type at its current schema version, with how an event of it changes the state. */
        public <T extends E> Builder<S, E> type(String name, int version, Class<T> type, BiFunction<T, S, S> fold) {
            Objects.requireNonNull(fold, "fold");
            Member<S> before = members.put(type, new Member<>(new Type(name, version, type),
                    (state, event) -> fold.apply(type.cast(event), state)));
            if (before != null) {
                throw new IllegalArgumentException(type.getName() + " is listed twice in " + family.getName());
            }
            return this;
        }

        /**
         * Lists how a stored type's payload of one schema version becomes the next version's
         * (docs/event-log.md): the stored bytes never change, the codec reads old versions
         * through their upcasts.
         */
        public Builder<S, E> upcast(String name, int fromVersion, UnaryOperator<ObjectNode> toNext) {
            Objects.requireNonNull(toNext, "toNext");
            if (upcasts.computeIfAbsent(name, n -> new TreeMap<>()).put(fromVersion, toNext) != null) {
                throw new IllegalArgumentException("the upcast of " + name + " v" + fromVersion + " is listed twice");
            }
            return this;
        }

        /**
         * Returns the family.
         *
         * @throws IllegalStateException if a type permitted by the sealed interface is not listed,
         *     two types share a name, or an upcast does not reach its type's current version
         */
        public EventFamily<S, E> build() {
            Set<Class<?>> permitted = leaves(family).collect(Collectors.toSet());
            List<String> missing = new ArrayList<>();
            for (Class<?> type : permitted) {
                if (!members.containsKey(type)) {
                    missing.add(type.getName());
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException(family.getName() + " permits types with no stored name: " + missing);
            }
            Map<String, Type> byName = new TreeMap<>();
            for (Member<S> member : members.values()) {
                if (byName.put(member.type().name(), member.type()) != null) {
                    throw new IllegalStateException("two types of " + family.getName() + " are stored as "
                            + member.type().name());
                }
            }
            for (String name : upcasts.keySet()) {
                if (!byName.containsKey(name)) {
                    throw new IllegalStateException("an upcast names " + name + ", no type of " + family.getName());
                }
            }
            for (Type type : byName.values()) {
                Map<Integer, UnaryOperator<ObjectNode>> steps = upcasts.getOrDefault(type.name(), Map.of());
                for (int version = 1; version < type.version(); version++) {
                    if (!steps.containsKey(version)) {
                        throw new IllegalStateException(type.name() + " has no upcast from v" + version + " to v"
                                + (version + 1));
                    }
                }
            }
            return new EventFamily<>(family, Collections.unmodifiableMap(new LinkedHashMap<>(members)),
                    Map.copyOf(upcasts));
        }

        private static Stream<Class<?>> leaves(Class<?> type) {
            Class<?>[] permitted = type.getPermittedSubclasses();
            if (permitted == null) {
                return Stream.of(type);
            }
            return Stream.of(permitted).flatMap(Builder::leaves);
        }
    }
}
