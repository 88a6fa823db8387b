package org.schooljournal.core.journal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The special marks a period or year mark may be instead of a grade (MRK-7).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SpecialMark {
    /** «осв»: exempt from the subject. */
    EXEMPT("осв"),
    /** «н/а»: not assessed, for missed lessons. */
    NOT_ASSESSED("н/а"),
    /** «безотм»: the subject is learnt without marks. */
    UNGRADED("безотм");

    private final String code;

    SpecialMark(String code) {
        this.code = code;
    }

    /** Returns the mark as the journal shows it. */
    public String code() {
        return code;
    }

    /** Returns the special mark written so, if it is one. */
    public static Optional<SpecialMark> ofCode(String written) {
        return Arrays.stream(values()).filter(m -> m.code.equals(written)).findFirst();
    }
}
