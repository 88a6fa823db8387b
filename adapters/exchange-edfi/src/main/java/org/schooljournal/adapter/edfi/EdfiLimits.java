package org.schooljournal.adapter.edfi;

import java.util.Objects;

/**
 * The limits the Ed-Fi Data Standard v5 schema puts on the texts and numbers this adapter writes,
 * checked when a record is made so that no file is written half valid.
 *
 * <p>This class is immutable and thread-safe.
 */
final class EdfiLimits {

    /** The first school year of Ed-Fi's {@code SchoolYearType}: 1990-1991. */
    static final int FIRST_SCHOOL_YEAR = 1990;
    /** The last school year of Ed-Fi's {@code SchoolYearType}: 2049-2050. */
    static final int LAST_SCHOOL_YEAR = 2049;

    private EdfiLimits() {
    }

    /**
     * Returns the text if its length is within the schema type's bounds.
     *
     * @throws IllegalArgumentException naming the field, the value and the schema type otherwise
     */
    static String text(String field, String value, String type, int min, int max) {
        Objects.requireNonNull(value, field);
        if (value.length() < min || value.length() > max) {
            throw new IllegalArgumentException(field + " must have " + min + "–" + max + " characters (Ed-Fi "
                    + type + "), was «" + value + "» (" + value.length() + ")");
        }
        return value;
    }

    /**
     * Returns the first year of a school year if Ed-Fi's {@code SchoolYearType} lists it.
     *
     * @throws IllegalArgumentException naming the field and the value otherwise
     */
    static int schoolYear(String field, int startYear) {
        if (startYear < FIRST_SCHOOL_YEAR || startYear > LAST_SCHOOL_YEAR) {
            throw new IllegalArgumentException(field + " must start a school year Ed-Fi's SchoolYearType lists, "
                    + FIRST_SCHOOL_YEAR + "–" + LAST_SCHOOL_YEAR + ", was " + startYear);
        }
        return startYear;
    }
}
