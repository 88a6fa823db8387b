package org.schooljournal.adapter.pdf;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.school.SchoolProfile;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.Structure;

/**
 * What every printed form shows and names of the school: its details in each page's header (the
 * name and the code the school profile holds), when the form was printed (in the school's time
 * zone, also the document's dates), and the names of its subjects and staff for the cells that
 * hold their codes.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolName the school's full name, in Russian
 * @param schoolId the school's identifier (код ОО)
 * @param printedAt when the form is printed, in the school's zone, to the second
 * @param subjectNames the subjects' names by code
 * @param staffNames the staff's full names by person
 */
public record SchoolHeader(String schoolName, String schoolId, ZonedDateTime printedAt,
        Map<String, String> subjectNames, Map<String, String> staffNames) {

    /** Checks the parts are given and copies the maps; drops the fractions of a second. */
    public SchoolHeader {
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(schoolId, "schoolId");
        printedAt = Objects.requireNonNull(printedAt, "printedAt").truncatedTo(ChronoUnit.SECONDS);
        subjectNames = Map.copyOf(subjectNames);
        staffNames = Map.copyOf(staffNames);
    }

    /**
     * Returns the header of a registered school, printed at an instant.
     *
     * @throws IllegalArgumentException if the school is not registered
     */
    public static SchoolHeader of(SchoolState school, Instant printedAt) {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(printedAt, "printedAt");
        SchoolProfile profile = school.profile().orElseThrow(() -> new IllegalArgumentException(
                "school " + school.schoolId() + " is not registered, so it has no details to print"));
        Programme programme = Programme.of(school);
        Map<String, String> subjects = new HashMap<>();
        programme.subjects().forEach((code, subject) -> subjects.put(code, subject.name()));
        Structure structure = school.structure();
        Map<String, String> staff = new HashMap<>();
        structure.staff().forEach((id, member) -> staff.put(id, member.fullName()));
        return new SchoolHeader(profile.name(), school.schoolId(), printedAt.atZone(profile.zone()), subjects, staff);
    }

    /** Returns the subject's name, or its code when the school has no such subject. */
    public String subjectName(String code) {
        return subjectNames.getOrDefault(code, code);
    }

    /** Returns the person's full name, or their identifier when not on the staff. */
    public String staffName(String personId) {
        return staffNames.getOrDefault(personId, personId);
    }
}
