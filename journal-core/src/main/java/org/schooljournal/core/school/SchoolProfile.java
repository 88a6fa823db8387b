package org.schooljournal.core.school;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A registered school (образовательная организация): its name and time zone.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the school's full name, in Russian
 * @param zone the school's time zone (Yugra: Asia/Yekaterinburg)
 */
public record SchoolProfile(String name, ZoneId zone) {

    /** Checks the parts are given. */
    public SchoolProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
    }
}
