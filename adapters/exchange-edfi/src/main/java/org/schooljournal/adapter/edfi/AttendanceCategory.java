package org.schooljournal.adapter.edfi;

import java.util.Objects;
import org.schooljournal.core.journal.AbsenceCode;

/**
 * The Ed-Fi attendance event categories the journal's entries map to (ATT-1, EXC-1): «н» is an
 * unexcused absence, «б» and «ну» excused ones, lateness (опоздание, LES-7) a tardy.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AttendanceCategory {
    /** {@code Unexcused Absence}: «н». */
    UNEXCUSED_ABSENCE("Unexcused Absence"),
    /** {@code Excused Absence}: «б» (illness) and «ну» (another valid reason). */
    EXCUSED_ABSENCE("Excused Absence"),
    /** {@code Tardy}: the pupil came late. */
    TARDY("Tardy");

    private static final String NAMESPACE = "uri://ed-fi.org/AttendanceEventCategoryDescriptor";

    private final String codeValue;

    AttendanceCategory(String codeValue) {
        this.codeValue = codeValue;
    }

    /** Returns the category of an absence code: «н» unexcused, «б» and «ну» excused. */
    public static AttendanceCategory of(AbsenceCode code) {
        Objects.requireNonNull(code, "code");
        return switch (code) {
            case UNEXCUSED -> UNEXCUSED_ABSENCE;
            case ILLNESS, EXCUSED -> EXCUSED_ABSENCE;
        };
    }

    /** Returns the descriptor's code value, such as {@code Excused Absence}. */
    public String codeValue() {
        return codeValue;
    }

    /** Returns the descriptor's URI, such as {@code uri://ed-fi.org/AttendanceEventCategoryDescriptor#Tardy}. */
    public String descriptor() {
        return NAMESPACE + "#" + codeValue;
    }
}
