package org.schooljournal.core.journal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The absence codes of the journal (ATT-1), written as the journal shows them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AbsenceCode {
    /** «н»: absent without a valid reason; guardians are notified (ATT-5). */
    UNEXCUSED("н"),
    /** «б»: absent for illness, with a document. */
    ILLNESS("б"),
    /** «ну»: absent for another valid reason, with a document. */
    EXCUSED("ну");

    private final String code;

    AbsenceCode(String code) {
        this.code = code;
    }

    /** Returns the code as the journal shows it: «н», «б» or «ну». */
    public String code() {
        return code;
    }

    /** Returns the absence code written so, if it is one. */
    public static Optional<AbsenceCode> ofCode(String written) {
        return Arrays.stream(values()).filter(c -> c.code.equals(written)).findFirst();
    }
}
