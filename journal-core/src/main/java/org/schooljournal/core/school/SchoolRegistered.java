package org.schooljournal.core.school;

import java.time.ZoneId;

/**
 * The school was registered with its name and time zone.
 *
 * <p>This record is immutable and thread-safe.
 */
public record SchoolRegistered(String name, ZoneId zone) implements OwnEvent {

    SchoolState applyTo(SchoolState state) {
        return state.withProfile(new SchoolProfile(name, zone));
    }
}
