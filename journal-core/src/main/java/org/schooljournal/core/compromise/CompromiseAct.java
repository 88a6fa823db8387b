package org.schooljournal.core.compromise;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.schooljournal.core.roster.Guardian;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;

/**
 * The act of a compromised account (Акт о фиксации нарушения конфиденциальности, PD-4, R 4.4): the
 * report — whose account, who reported it and when, when the breach was discovered and when the
 * head and support were informed, whether that was in time — every operation of the account it
 * declares invalid, who drew it up and when, and the restoration of the account if it came; with
 * the names of the people it mentions, and its Russian text ({@link #text()}). A printed form
 * comes with the printed forms.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param schoolName the school's name, as the act is headed
 * @param zone the school's time zone, in which the act states its instants
 * @param compromise the report with its drawings and operations
 * @param names the full names of the people it mentions, by identifier
 */
public record CompromiseAct(String schoolId, String schoolName, ZoneId zone, Compromise compromise,
        Map<String, String> names) {

    /** Checks the parts are given and copies the names. */
    public CompromiseAct {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(compromise, "compromise");
        names = Map.copyOf(names);
    }

    /** Returns the act of a report in the school, naming the people it mentions. */
    static CompromiseAct of(SchoolState school, Compromise compromise) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(compromise.personId(), nameOf(school, compromise.personId()));
        names.put(compromise.reportedBy(), nameOf(school, compromise.reportedBy()));
        compromise.drawings().forEach(d -> names.put(d.drawnUpBy(), nameOf(school, d.drawnUpBy())));
        compromise.restoration().ifPresent(r -> names.put(r.restoredBy(), nameOf(school, r.restoredBy())));
        return new CompromiseAct(school.schoolId(), school.profile().orElseThrow().name(),
                school.profile().orElseThrow().zone(), compromise, names);
    }

    /** Returns the full name of a person it mentions, or their identifier. */
    public String nameOf(String personId) {
        return names.getOrDefault(personId, personId);
    }

    /** Returns the act's text in Russian, as it is read and printed. */
    public String text() {
        return CompromiseActText.of(this);
    }

    private static String nameOf(SchoolState school, String personId) {
        if (school.structure().staff().containsKey(personId)) {
            return school.structure().staffName(personId);
        }
        Roster roster = Roster.of(school);
        return roster.guardian(personId).map(Guardian::fullName)
                .or(() -> roster.student(personId).map(Student::fullName)).orElse(personId);
    }
}
