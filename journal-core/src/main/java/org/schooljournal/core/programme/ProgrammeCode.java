package org.schooljournal.core.programme;

import org.schooljournal.core.school.SchoolClass;

/**
 * The rule of the codes the programme gives its parts — subjects, study groups, rooms — and by
 * which classes are referred to too (YR-3, YR-5): letters (Cyrillic included), digits, dots,
 * dashes, underscores and slashes, 1 to 32 of them, such as {@code МАТ}, {@code 5А-англ-1} or
 * {@code 2/14}.
 *
 * <p>This class holds constants only; it is immutable and thread-safe.
 */
public final class ProgrammeCode {

    /** The pattern of a code. */
    public static final String PATTERN = "[\\p{L}\\p{N}._/-]{1,32}";

    /** The pattern of a class's code (YR-4): its grade, then a Cyrillic capital letter, as 5А. */
    public static final String CLASS_PATTERN = SchoolClass.CODE_PATTERN;

    private ProgrammeCode() {
    }
}
