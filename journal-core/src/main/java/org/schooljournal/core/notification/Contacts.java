package org.schooljournal.core.notification;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.schooljournal.core.school.SchoolPart;
import org.schooljournal.core.school.SchoolState;

/**
 * The contacts of a school's guardians, by guardian (PD-1, NTF-1…NTF-5).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param byGuardian each guardian's contact
 */
public record Contacts(Map<String, GuardianContact> byGuardian) {

    /** Copies the map. */
    public Contacts {
        byGuardian = Collections.unmodifiableMap(new TreeMap<>(byGuardian));
    }

    /** Returns no contacts. */
    public static Contacts empty() {
        return new Contacts(Map.of());
    }

    /** Returns a guardian's contact; an empty one if they gave nothing. */
    public GuardianContact of(String guardianId) {
        return byGuardian.getOrDefault(guardianId, GuardianContact.empty(guardianId));
    }

    /** Returns these contacts with one guardian's changed. */
    Contacts with(String guardianId, UnaryOperator<GuardianContact> change) {
        Map<String, GuardianContact> more = new TreeMap<>(byGuardian);
        more.put(guardianId, change.apply(of(guardianId)));
        return new Contacts(more);
    }

    /** Returns the guardians' contacts of the school. */
    public static Contacts of(SchoolState school) {
        return school.part(PART);
    }

    /** The guardians' contacts as a part of a school's state, for the engine; opaque. */
    public static final SchoolPart<Contacts> PART = ContactCommand.part();
}
