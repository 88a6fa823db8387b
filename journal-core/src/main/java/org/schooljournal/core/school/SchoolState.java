package org.schooljournal.core.school;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pcollections.HashTreePMap;
import org.pcollections.OrderedPMap;
import org.pcollections.PMap;
import org.schooljournal.core.access.AccountBlocks;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.access.SchoolRoles;

/**
 * Everything known of one school: a fold of the events of its own stream (DESIGN.md,
 * principle 1) — its profile, the roles of its people (ACC-1), its structure (YR-1…YR-5), its own
 * settings over the region's rule set (ACC-5), and the
 * parts the other concepts keep in the same stream, each read with its own {@code of(school)}:
 * {@code Programme.of(school)}, {@code Roster.of(school)}, {@code Contacts.of(school)},
 * {@code ArchiveRecords.of(school)}. Rebuilding it from the log gives the same value as the
 * engine's live state. It answers the access rules as their views: who holds which role
 * ({@link SchoolRoles}) and whose account is blocked ({@link AccountBlocks}, PD-4, as the part
 * that keeps the compromise reports says).
 *
 * <p>This class is immutable and thread-safe. Its collections are persistent (pcollections), so
 * that an event's new state shares what the event does not change.
 */
public final class SchoolState implements SchoolRoles, AccountBlocks {

    private final String schoolId;
    private final Optional<SchoolProfile> profile;
    private final PMap<String, Set<Role>> roles;
    private final Structure structure;
    private final SchoolSettings settings;
    private final PMap<String, Object> parts;

    private SchoolState(String schoolId, Optional<SchoolProfile> profile, PMap<String, Set<Role>> roles,
            Structure structure, SchoolSettings settings, PMap<String, Object> parts) {
        this.schoolId = Objects.requireNonNull(schoolId, "schoolId");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.roles = roles;
        this.structure = Objects.requireNonNull(structure, "structure");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.parts = parts;
    }

    /** Returns the state of a school that is not registered yet. */
    public static SchoolState empty(String schoolId) {
        return new SchoolState(schoolId, Optional.empty(), OrderedPMap.empty(), Structure.empty(),
                SchoolSettings.REGION_DEFAULTS, HashTreePMap.empty());
    }

    /** Returns the school's identifier. */
    @Override
    public String schoolId() {
        return schoolId;
    }

    /** Returns the school's name and zone, once registered. */
    public Optional<SchoolProfile> profile() {
        return profile;
    }

    /** Returns whether the school is registered. */
    public boolean registered() {
        return profile.isPresent();
    }

    /** Returns the roles of each person in this school (ACC-1); unmodifiable. */
    public Map<String, Set<Role>> roles() {
        return Collections.unmodifiableMap(roles);
    }

    /** Returns the roles the person holds in this school; empty if none. */
    @Override
    public Set<Role> rolesOf(String personId) {
        Set<Role> held = roles.get(personId);
        return held == null ? Set.of() : held;
    }

    /** Returns the homeroom teacher of a class of the school, if it has the class. */
    @Override
    public Optional<String> homeroomTeacherOf(String classCode) {
        return structure.schoolClass(classCode).map(SchoolClass::homeroomTeacherId);
    }

    /**
     * Returns the block of the person's account at that instant, if blocked (PD-4): as the part
     * of the state that keeps the compromise reports says, without this package knowing its type;
     * none before any report.
     */
    @Override
    public Optional<AccountBlocks.Block> blockOf(String personId, Instant at) {
        for (Object value : parts.values()) {
            if (value instanceof AccountBlocks blocks) {
                return blocks.blockOf(personId, at);
            }
        }
        return Optional.empty();
    }

    /** Returns the calendar, staff and classes. */
    public Structure structure() {
        return structure;
    }

    /**
     * Returns the school's own settings over the region's rule set, as last set
     * ({@link SetSchoolSettings}); {@link SchoolSettings#REGION_DEFAULTS} if never.
     */
    public SchoolSettings settings() {
        return settings;
    }

    /** Returns a part of the state that a concept keeps; its empty value if none of its events happened. */
    public <P> P part(SchoolPart<P> part) {
        return part.of(this);
    }

    @SuppressWarnings("unchecked")
    <P> P part(String name, P empty) {
        Object value = parts.get(name);
        return value == null ? empty : (P) value;
    }

    SchoolState withPart(String name, Object value) {
        return new SchoolState(schoolId, profile, roles, structure, settings, parts.plus(name, value));
    }

    SchoolState withProfile(SchoolProfile newProfile) {
        return new SchoolState(schoolId, Optional.of(newProfile), roles, structure, settings, parts);
    }

    SchoolState withRole(String personId, Role role) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        held.addAll(rolesOf(personId));
        held.add(role);
        return new SchoolState(schoolId, profile, roles.plus(personId, frozen(held)), structure, settings, parts);
    }

    SchoolState withoutRole(String personId, Role role) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        held.addAll(rolesOf(personId));
        held.remove(role);
        return new SchoolState(schoolId, profile, held.isEmpty() ? roles.minus(personId) : roles.plus(personId,
                frozen(held)), structure, settings, parts);
    }

    SchoolState withStructure(Structure newStructure) {
        return new SchoolState(schoolId, profile, roles, newStructure, settings, parts);
    }

    SchoolState withSettings(SchoolSettings newSettings) {
        return new SchoolState(schoolId, profile, roles, structure, newSettings, parts);
    }

    private static Set<Role> frozen(Set<Role> held) {
        return Collections.unmodifiableSet(held.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(held));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchoolState that && schoolId.equals(that.schoolId) && profile.equals(that.profile)
                && roles.equals(that.roles) && structure.equals(that.structure) && settings.equals(that.settings)
                && parts.equals(that.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schoolId, profile, roles, structure, settings, parts);
    }

    @Override
    public String toString() {
        return "SchoolState[" + schoolId + ", " + profile.map(SchoolProfile::name).orElse("not registered") + ", "
                + roles.size() + " people with roles, parts " + parts.keySet() + "]";
    }
}
