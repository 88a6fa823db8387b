package org.schooljournal.core.validation;

/**
 * The one grammar of identifiers, which every command's constraints use (DESIGN.md, principle 9):
 * what a school's identifier, a person's identifier and a code of a class, group, subject or room
 * may hold, and how long it may be. The constraints are {@link SchoolId}, {@link PersonId} and
 * {@link Code}; the patterns and lengths here are theirs.
 *
 * <p>An identifier becomes part of stream names ({@code school-<id>/journal/<class>/<subject>}),
 * of notifications' idempotency keys (which join identifiers with {@code /}), of log lines, of
 * exception messages and, for a school, of a backup's suggested file name
 * ({@code <school>-<date>.jsonl}). So no identifier holds a {@code /}, a {@code %}, a space, a
 * quote, a line break, NUL or any other control character, a combining mark or an unpaired
 * surrogate; each starts with a letter or a digit; and the lengths are chosen so that the longest
 * notification key — a digest's, {@code <school>/diary/<student>/<guardian>/<kind>/<slot>} —
 * stays within the 200 characters a notification allows ({@code Notification.MAX_KEY_LENGTH}):
 * 32 + 7 + 64 + 1 + 64 + 1 + 6 + 1 + 20 = 196.
 *
 * <ul>
 *   <li><b>A school's identifier</b>: 1 to {@value #SCHOOL_ID_MAX} ASCII letters, digits,
 *       {@code .}, {@code _} and {@code -}, starting with a letter or a digit ({@code 86-001}):
 *       safe as a file name on every system.</li>
 *   <li><b>A person's identifier</b> (from ЕСИА, an OpenID Connect subject, a host's own logins):
 *       1 to {@value #PERSON_ID_MAX} letters and decimal digits of any script, and {@code .},
 *       {@code _}, {@code -}, {@code @}, {@code :}, {@code +}, {@code |} — the punctuation identity
 *       systems put in subjects ({@code auth0|5f7c…}, {@code user@example.org}, the engine's own
 *       {@code system:notifier}) — starting with a letter or a digit. A person's identifier is
 *       never a file name in this library.</li>
 *   <li><b>A code</b> of a class, a study group, a subject or a room: 1 to {@value #CODE_MAX}
 *       letters and decimal digits of any script, {@code .}, {@code _} and {@code -}, starting
 *       with a letter or a digit ({@code 5А}, {@code 5А-англ-1}, {@code math}, {@code 201}). A
 *       class's code is narrower still: its grade and a Cyrillic capital letter.</li>
 * </ul>
 *
 * <p>Lengths count UTF-16 code units ({@link String#length()}), as every limit of the library does.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Identifiers {

    /** The longest identifier of a school, in characters. */
    public static final int SCHOOL_ID_MAX = 32;

    /** The longest identifier of a person, in characters. */
    public static final int PERSON_ID_MAX = 64;

    /** The longest code of a class, group, subject or room, in characters. */
    public static final int CODE_MAX = 32;

    /** A school's identifier: {@code 86-001}. */
    public static final String SCHOOL_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}";

    /** A person's identifier: {@code t-math}, {@code 1000299654}, {@code auth0|5f7c8ec7}. */
    public static final String PERSON_ID = "[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}._@:+|-]{0,63}";

    /** A code of a class, group, subject or room: {@code 5А}, {@code 5А-англ-1}, {@code math}. */
    public static final String CODE = "[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}._-]{0,31}";

    /** What a refused school identifier breaks. */
    public static final String SCHOOL_ID_RULE = "must be a school's identifier: 1 to 32 ASCII letters, digits,"
            + " '.', '_' or '-', starting with a letter or a digit (Identifiers.SCHOOL_ID)";

    /** What a refused person's identifier breaks. */
    public static final String PERSON_ID_RULE = "must be a person's identifier: 1 to 64 letters, digits,"
            + " '.', '_', '-', '@', ':', '+' or '|', starting with a letter or a digit (Identifiers.PERSON_ID)";

    /** What a refused code breaks. */
    public static final String CODE_RULE = "must be a code: 1 to 32 letters, digits, '.', '_' or '-',"
            + " starting with a letter or a digit (Identifiers.CODE)";

    private Identifiers() {
    }

    /** Returns whether the text is a school's identifier. */
    public static boolean isSchoolId(String text) {
        return text != null && text.length() <= SCHOOL_ID_MAX && text.matches(SCHOOL_ID);
    }

    /** Returns whether the text is a person's identifier. */
    public static boolean isPersonId(String text) {
        return text != null && text.length() <= PERSON_ID_MAX && text.matches(PERSON_ID);
    }

    /** Returns whether the text is a code of a class, group, subject or room. */
    public static boolean isCode(String text) {
        return text != null && text.length() <= CODE_MAX && text.matches(CODE);
    }
}
