package org.schooljournal.core.reports;

/**
 * A part of the year's set-up that YR-11 requires by 5 September, with the requirement that
 * describes it (YR-1…YR-10). A missing part is reported as a {@link MissingItem}; this enum's
 * names are the keys by which its Russian text is found in the bundles.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SetupItem {
    /** The academic year's bounds. */
    ACADEMIC_YEAR("YR-1"),
    /** The study periods of an education level that has classes. */
    STUDY_PERIODS("YR-1"),
    /** The holiday periods. */
    HOLIDAYS("YR-2"),
    /** The public non-working days. */
    PUBLIC_NON_WORKING_DAYS("YR-2"),
    /** The subjects. */
    SUBJECTS("YR-3"),
    /** The rooms. */
    ROOMS("YR-3"),
    /** The staff. */
    STAFF("YR-3"),
    /** The classes. */
    CLASSES("YR-4"),
    /** A class's homeroom teacher, on the staff and holding the role. */
    HOMEROOM_TEACHER("YR-4"),
    /** The curriculum of a class, or of a student on an individual curriculum. */
    CURRICULUM("YR-6"),
    /** The teacher of a subject of a curriculum. */
    TEACHING_LOAD("YR-7"),
    /** The calendar-thematic plan of a subject a teacher teaches. */
    THEMATIC_PLAN("YR-8"),
    /** A class's bell schedule. */
    BELL_SCHEDULE("YR-9"),
    /** A class's timetable. */
    TIMETABLE("YR-9"),
    /** The control-work schedule. */
    CONTROL_WORKS("YR-10");

    private final String requirementId;

    SetupItem(String requirementId) {
        this.requirementId = requirementId;
    }

    /** Returns the requirement that describes this part, such as {@code YR-1}. */
    public String requirementId() {
        return requirementId;
    }
}
