package org.schooljournal.core.school;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.access.SchoolRights;
import org.schooljournal.core.log.EventFamily;

/**
 * A part of a school's state that one concept keeps in the school's own stream — the programme,
 * the roster, the guardians' contacts, the archive records — with the events that change it and
 * the commands that decide them, each command with the right it needs (ACC-1). The school's state
 * holds every part without knowing its type, so that this package depends on none of the
 * concepts built on it; a concept reads its part with its own {@code of(school)}, such as
 * {@code Roster.of(school)}. Made by the concept's package, listed by the engine; opaque outside.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <P> the part's value
 */
public final class SchoolPart<P> {

    private final String name;
    private final P empty;
    private final EventFamily<P, ? extends SchoolEvent> events;
    private final Map<Class<?>, Route<?>> commands;
    private final Function<SchoolState, P> get;
    private final BiFunction<SchoolState, P, SchoolState> set;

    /** How a kind of command is checked and decided. */
    private record Route<C extends SchoolCommand>(Optional<Permission> permission,
            BiFunction<C, SchoolState, Optional<String>> classScope, SchoolDecision<C> decision) {
    }

    private SchoolPart(Builder<P> builder) {
        this.name = builder.name;
        this.empty = builder.empty;
        this.events = builder.events;
        this.commands = Map.copyOf(builder.commands);
        this.get = builder.get;
        this.set = builder.set;
    }

    /**
     * Starts a part of the school's state.
     *
     * @param name the part's name, unique among the parts
     * @param empty its value in a school that has none of its events yet
     * @param events the events that change it
     */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public static <P, E extends SchoolEvent> Builder<P> of(String name, P empty, EventFamily<P, E> events) {
        Builder<P> builder = new Builder<>(name, Objects.requireNonNull(empty, "empty"), events);
        builder.get = school -> school.part(name, empty);
        builder.set = (school, value) -> school.withPart(name, value);
        return builder;
    }

    /** Starts the school's own part: its registration, roles, structure and settings. */
    static <E extends SchoolEvent> Builder<SchoolState> own(EventFamily<SchoolState, E> events) {
        Builder<SchoolState> builder = new Builder<>("school", SchoolState.empty("-"), events);
        builder.get = school -> school;
        builder.set = (school, value) -> value;
        return builder;
    }

    /** Returns the part's name. */
    public String name() {
        return name;
    }

    /** Returns the part's value in the school. */
    P of(SchoolState school) {
        return get.apply(school);
    }

    /** Returns the part's value in a school that has none of its events yet. */
    P empty() {
        return empty;
    }

    /** Returns the events that change the part. */
    EventFamily<P, ? extends SchoolEvent> events() {
        return events;
    }

    /** Returns whether the event changes this part. */
    boolean holds(SchoolEvent event) {
        return events.family().isInstance(event);
    }

    /** Returns whether this part decides the command. */
    boolean decides(SchoolCommand command) {
        return commands.containsKey(command.getClass());
    }

    /** Returns the school's state with the event applied to this part. */
    @SuppressWarnings("unchecked")
    SchoolState apply(SchoolState school, SchoolEvent event) {
        EventFamily<P, SchoolEvent> family = (EventFamily<P, SchoolEvent>) events;
        return set.apply(school, family.apply(get.apply(school), event));
    }

    /**
     * Checks the actor's right to the command and decides its events.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor lacks the right
     */
    <C extends SchoolCommand> List<SchoolEvent> decide(C command, SchoolState school, CommandContext context) {
        requireAccess(command, school, context.actor());
        return route(command).decision().decide(command, school, context);
    }

    /**
     * Checks the actor holds the right the command needs ({@link SchoolRights}), unless its
     * decision checks the actor's right itself.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor lacks the right
     */
    <C extends SchoolCommand> void requireAccess(C command, SchoolState school, Actor actor) {
        Route<C> route = route(command);
        route.permission().ifPresent(permission -> SchoolRights.require(actor, school, permission,
                route.classScope().apply(command, school), command.getClass().getSimpleName()));
    }

    /** Returns the right the command needs; empty when its decision checks the actor's right itself. */
    Optional<Permission> permissionOf(SchoolCommand command) {
        return route(command).permission();
    }

    @SuppressWarnings("unchecked")
    private <C extends SchoolCommand> Route<C> route(C command) {
        return (Route<C>) commands.get(command.getClass());
    }

    /**
     * Lists a part's commands. Not thread-safe.
     *
     * @param <P> the part's value
     */
    public static final class Builder<P> {

        private final String name;
        private final P empty;
        private final EventFamily<P, ? extends SchoolEvent> events;
        private final Map<Class<?>, Route<?>> commands = new LinkedHashMap<>();
        private Class<? extends SchoolCommand> family;
        private Function<SchoolState, P> get;
        private BiFunction<SchoolState, P, SchoolState> set;

        private Builder(String name, P empty, EventFamily<P, ? extends SchoolEvent> events) {
            this.name = Objects.requireNonNull(name, "name");
            this.empty = empty;
            this.events = Objects.requireNonNull(events, "events");
        }

        /** Names the sealed interface of the part's commands: {@link #build()} checks each is listed. */
        public Builder<P> commands(Class<? extends SchoolCommand> sealedFamily) {
            if (!sealedFamily.isSealed()) {
                throw new IllegalArgumentException(sealedFamily.getName() + " must be sealed");
            }
            this.family = sealedFamily;
            return this;
        }

        /** Lists a command that needs a right in the whole school. */
        public <C extends SchoolCommand> Builder<P> command(Class<C> type, Permission permission,
                SchoolDecision<C> decision) {
            return add(type, new Route<>(Optional.of(permission), (command, school) -> Optional.empty(), decision));
        }

        /**
         * Lists a command that needs a right for a class: a homeroom teacher holds it for their
         * own classes only (ROS-4).
         *
         * @param classScope the class the command concerns in the school, if any
         */
        public <C extends SchoolCommand> Builder<P> command(Class<C> type, Permission permission,
                BiFunction<C, SchoolState, Optional<String>> classScope, SchoolDecision<C> decision) {
            return add(type, new Route<>(Optional.of(permission), classScope, decision));
        }

        /**
         * Lists a command whose decision checks the actor's right itself, with a rule of
         * {@link org.schooljournal.core.access}: a guardian acting for themselves (PD-1, NTF-4).
         */
        public <C extends SchoolCommand> Builder<P> commandCheckingAccess(Class<C> type, SchoolDecision<C> decision) {
            return add(type, new Route<>(Optional.empty(), (command, school) -> Optional.empty(), decision));
        }

        private Builder<P> add(Class<?> type, Route<?> route) {
            if (commands.put(type, route) != null) {
                throw new IllegalArgumentException(type.getName() + " is listed twice in part " + name);
            }
            return this;
        }

        /**
         * Returns the part.
         *
         * @throws IllegalStateException if a command of the part's sealed interface is not listed
         */
        public SchoolPart<P> build() {
            if (family != null) {
                List<String> missing = new ArrayList<>();
                leaves(family).filter(type -> !commands.containsKey(type)).forEach(type -> missing.add(type.getName()));
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("part " + name + " does not decide " + missing);
                }
            }
            return new SchoolPart<>(this);
        }

        private static Stream<Class<?>> leaves(Class<?> type) {
            Class<?>[] permitted = type.getPermittedSubclasses();
            return permitted == null ? Stream.of(type) : Stream.of(permitted).flatMap(Builder::leaves);
        }
    }
}
