package org.schooljournal.adapter.edfi;

/**
 * The Ed-Fi grade types of the journal's period marks (MRK-7, EXC-1): a quarter's, trimester's or
 * semester's mark is a grading period grade, the year mark the final one.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GradeType {
    /** {@code Grading Period}: the mark of a quarter, trimester or semester. */
    GRADING_PERIOD("Grading Period"),
    /** {@code Final}: the year mark. */
    FINAL("Final");

    private static final String NAMESPACE = "uri://ed-fi.org/GradeTypeDescriptor";

    private final String codeValue;

    GradeType(String codeValue) {
        this.codeValue = codeValue;
    }

    /** Returns the descriptor's code value, such as {@code Final}. */
    public String codeValue() {
        return codeValue;
    }

    /** Returns the descriptor's URI, such as {@code uri://ed-fi.org/GradeTypeDescriptor#Final}. */
    public String descriptor() {
        return NAMESPACE + "#" + codeValue;
    }
}
