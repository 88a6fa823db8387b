package org.schooljournal.adapter.edfi;

/**
 * A journal as an Ed-Fi section (EXC-1): its identifier, the course offering it belongs to (the
 * subject's local course code in the school's session), the session (the academic year, as a
 * journal runs the whole year) and the school.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school's Ed-Fi {@code SchoolId}, a number the host gives
 * @param schoolYear the first calendar year of the academic year, such as 2026 for 2026-2027
 * @param sessionName the session's name, such as {@code 2026/2027}
 * @param localCourseCode the subject's code, such as {@code math}
 * @param sectionIdentifier the journal's class or group and subject, such as {@code 5А-math}
 */
public record Section(long schoolId, int schoolYear, String sessionName, String localCourseCode,
        String sectionIdentifier) {

    /**
     * Checks the parts against the Ed-Fi schema.
     *
     * @throws IllegalArgumentException if the school year is not one Ed-Fi lists (1990–2049), or a
     *     text is empty or longer than Ed-Fi allows (session 60, course code 60, section 255)
     */
    public Section {
        EdfiLimits.schoolYear("schoolYear", schoolYear);
        EdfiLimits.text("sessionName", sessionName, "IdentificationCode", 1, 60);
        EdfiLimits.text("localCourseCode", localCourseCode, "LocalCourseCode", 1, 60);
        EdfiLimits.text("sectionIdentifier", sectionIdentifier, "SectionIdentifier", 1, 255);
    }

    /** Returns the school year as interchange XML writes it, such as {@code 2026-2027}. */
    public String interchangeSchoolYear() {
        return schoolYear + "-" + (schoolYear + 1);
    }

    /** Returns the school year as the Ed-Fi API writes it: the year it ends, such as 2027. */
    public int apiSchoolYear() {
        return schoolYear + 1;
    }
}
