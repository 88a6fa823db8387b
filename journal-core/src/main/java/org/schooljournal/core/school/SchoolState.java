package org.schooljournal.core.school;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pcollections.OrderedPMap;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.notification.Contacts;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.retention.ArchiveRecords;
import org.schooljournal.core.roster.Roster;

/**
 * Everything known of one school: a fold of its events (DESIGN.md, principle 1). Rebuilding it
 * from the log gives the same value as the engine's live state.
 *
 * <p>This record is immutable and thread-safe; the {@code with…} methods return new states.
 *
 * @param schoolId the school's identifier
 * @param profile the school's name and zone, once registered
 * @param roles the roles of each person in this school (ACC-1)
 * @param structure the calendar, staff and classes
 * @param programme subjects, groups, curriculum, load, plans, timetable and control works
 * @param roster students and guardians
 * @param archive what was archived and purged at the end of retention (ARC-1…ARC-3)
 * @param contacts the guardians' consents, contact details and notification settings (PD-1, NTF-1…NTF-5)
 */
public record SchoolState(
        String schoolId,
        Optional<SchoolProfile> profile,
        Map<String, Set<Role>> roles,
        Structure structure,
        Programme programme,
        Roster roster,
        ArchiveRecords archive,
        Contacts contacts) {

    /**
     * Takes the roles as a persistent map (pcollections), each person's roles an unmodifiable
     * set, so that an event that does not change them shares them instead of copying them.
     */
    public SchoolState {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(contacts, "contacts");
        if (!(roles instanceof OrderedPMap<String, Set<Role>>)) {
            OrderedPMap<String, Set<Role>> copy = OrderedPMap.empty();
            for (Map.Entry<String, Set<Role>> held : roles.entrySet()) {
                copy = copy.plus(held.getKey(), frozen(held.getValue()));
            }
            roles = copy;
        }
    }

    private static Set<Role> frozen(Set<Role> held) {
        return Collections.unmodifiableSet(held.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(held));
    }

    /** Returns the state of a school that is not registered yet. */
    public static SchoolState empty(String schoolId) {
        return new SchoolState(schoolId, Optional.empty(), OrderedPMap.empty(), Structure.empty(), Programme.empty(), Roster.empty(),
                ArchiveRecords.empty(), Contacts.empty());
    }

    /** Returns whether the school is registered. */
    public boolean registered() {
        return profile.isPresent();
    }

    /** Returns the roles the person holds in this school; empty if none. */
    public Set<Role> rolesOf(String personId) {
        Set<Role> held = roles.get(personId);
        return held == null ? Set.of() : held;
    }

    /** Returns this state with the profile set. */
    public SchoolState withProfile(SchoolProfile newProfile) {
        return new SchoolState(schoolId, Optional.of(newProfile), roles, structure, programme, roster, archive, contacts);
    }

    /** Returns this state with the person holding the role too. */
    public SchoolState withRole(String personId, Role role) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        held.addAll(rolesOf(personId));
        held.add(role);
        return new SchoolState(schoolId, profile, ((OrderedPMap<String, Set<Role>>) roles).plus(personId, frozen(held)),
                structure, programme, roster, archive, contacts);
    }

    /** Returns this state with the person no longer holding the role. */
    public SchoolState withoutRole(String personId, Role role) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        held.addAll(rolesOf(personId));
        held.remove(role);
        OrderedPMap<String, Set<Role>> before = (OrderedPMap<String, Set<Role>>) roles;
        return new SchoolState(schoolId, profile, held.isEmpty() ? before.minus(personId) : before.plus(personId,
                frozen(held)), structure, programme, roster, archive, contacts);
    }

    /** Returns this state with another structure. */
    public SchoolState withStructure(Structure newStructure) {
        return new SchoolState(schoolId, profile, roles, newStructure, programme, roster, archive, contacts);
    }

    /** Returns this state with another programme. */
    public SchoolState withProgramme(Programme newProgramme) {
        return new SchoolState(schoolId, profile, roles, structure, newProgramme, roster, archive, contacts);
    }

    /** Returns this state with other archive records. */
    public SchoolState withArchive(ArchiveRecords newArchive) {
        return new SchoolState(schoolId, profile, roles, structure, programme, roster, newArchive, contacts);
    }

    /** Returns this state with other contacts. */
    public SchoolState withContacts(Contacts newContacts) {
        return new SchoolState(schoolId, profile, roles, structure, programme, roster, archive, newContacts);
    }

    /** Returns this state with another roster. */
    public SchoolState withRoster(Roster newRoster) {
        return new SchoolState(schoolId, profile, roles, structure, programme, newRoster, archive, contacts);
    }
}
