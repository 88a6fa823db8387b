package org.schooljournal.core.validation;

/**
 * Limits on the free texts commands carry (DESIGN.md, principle 9): how long each may be, and
 * which characters none may hold. The constraints are {@link OneLine} (a name, a topic, a reason,
 * a comment, an address: no line break) and {@link Paragraphs} (a remark, a message, homework, a
 * note: line breaks and tabs allowed).
 *
 * <p>No text holds a control character other than a paragraph's {@code \t}, {@code \n} and
 * {@code \r} (so no NUL, no escape sequence for a terminal), an unpaired surrogate (which no
 * encoding can store), the Unicode line and paragraph separators U+2028 and U+2029, or the
 * bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 (which make a
 * log line or a printed list read otherwise than it is stored). Lengths count UTF-16 code units
 * ({@link String#length()}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Texts {

    /** One part of a person's name: a surname, a given name, a patronymic (ROS-1). */
    public static final int NAME = 100;

    /** A short title: a subject's or a room's name, an exam, a form of control, a manner of homework, a result. */
    public static final int TITLE = 200;

    /** A school's full name, as its charter writes it. */
    public static final int SCHOOL_NAME = 500;

    /** A lesson's topic, or a planned topic of a thematic plan (LES-2, YR-8). */
    public static final int TOPIC = 500;

    /** A teacher's comment on a mark. */
    public static final int COMMENT = 500;

    /** A reason: of a correction (MRK-10), a withdrawal, a deferral, a reschedule, a failure. */
    public static final int REASON = 1000;

    /** A remark, a message to guardians, homework, a teacher's note, a corrected text (DRY-6, LES-3, LES-7). */
    public static final int MESSAGE = 4000;

    /** An e-mail address: the longest path RFC 5321 allows. */
    public static final int EMAIL = 254;

    /** A confirmation link's token (NTF-1). */
    public static final int TOKEN = 256;

    /** The characters no text may hold, as the inside of a regular expression's character class. */
    static final String FORBIDDEN = "\\p{Cc}\\p{Cs}\\x{2028}\\x{2029}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}";

    /** A text of one line. */
    public static final String ONE_LINE = "[^" + FORBIDDEN + "]*";

    /**
     * An optional text that must not be blank when given: {@code @NotBlank} would refuse an empty
     * {@code Optional}, whose value Hibernate Validator reads as null.
     */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    /** A text of paragraphs: one line's characters, and tabs and line breaks. */
    public static final String PARAGRAPHS = "[[^" + FORBIDDEN + "][\\t\\n\\r]]*";

    private Texts() {
    }
}
