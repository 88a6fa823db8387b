package org.schooljournal.core.school;

import java.text.Normalizer;
import java.util.Map;
import java.util.Objects;
import org.schooljournal.core.validation.InvalidCommandException;

/**
 * A person's name as it enters the school's log (ROS-1, ROS-3): a student's, a guardian's or a
 * staff member's surname, given name and patronymic, normalised and checked once, so that two
 * names that look alike are stored alike and sort alike.
 *
 * <ul>
 *   <li><b>Normalised</b>: Unicode NFC (an «е» typed with a combining diaeresis U+0308 becomes
 *       «ё»), every kind of space — the no-break space U+00A0, the narrow and figure spaces, the
 *       ideographic space — trimmed at both ends and collapsed to one ordinary space inside.</li>
 *   <li><b>Checked</b>: each part holds letters, combining marks, spaces, hyphens ({@code -},
 *       U+2010), apostrophes ({@code '}, U+2019, U+02BC) and dots only, and starts with a letter;
 *       and every letter of the whole name is of one script, the script most of its letters are
 *       in. A Latin «a» in «Ивaнов» is refused naming the part and the position; a name wholly in
 *       Latin letters («Smith John») is accepted.</li>
 * </ul>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param surname the surname, normalised
 * @param name the given name, normalised
 * @param patronymic the patronymic, normalised; empty if none
 */
public record PersonName(String surname, String name, String patronymic) {

    /** Checks the parts are given. */
    public PersonName {
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(patronymic, "patronymic");
    }

    /**
     * Returns the name normalised and checked, as a command gives it.
     *
     * @param command the command, named in the error
     * @throws InvalidCommandException naming the part ({@code surname}, {@code name},
     *     {@code patronymic}), its value and the rule broken: a surname or given name that is
     *     empty once normalised, a character a name does not hold, or a letter of another script
     *     than the name's, with its position in the part, from 1
     */
    public static PersonName of(Object command, String surname, String name, String patronymic) {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("surname", normalise(Objects.requireNonNull(surname, "surname")));
        parts.put("name", normalise(Objects.requireNonNull(name, "name")));
        parts.put("patronymic", normalise(Objects.requireNonNull(patronymic, "patronymic")));
        parts.forEach((field, part) -> requireCharacters(command, field, part, !field.equals("patronymic")));
        Character.UnicodeScript script = script(parts);
        parts.forEach((field, part) -> requireScript(command, field, part, script));
        return new PersonName(parts.get("surname"), parts.get("name"), parts.get("patronymic"));
    }

    /**
     * Returns a part of a name normalised: NFC, every kind of space trimmed at both ends and
     * collapsed to one ordinary space inside.
     */
    public static String normalise(String part) {
        String composed = Normalizer.normalize(Objects.requireNonNull(part, "part"), Normalizer.Form.NFC);
        StringBuilder normal = new StringBuilder(composed.length());
        boolean space = false;
        for (int i = 0; i < composed.length(); ) {
            int c = composed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = normal.length() > 0;
            } else {
                if (space) {
                    normal.append(' ');
                    space = false;
                }
                normal.appendCodePoint(c);
            }
        }
        return normal.toString();
    }

    /** Returns the full name, «Ёлкина Ольга Ивановна», without a patronymic if there is none. */
    public String fullName() {
        return patronymic.isEmpty() ? surname + " " + name : surname + " " + name + " " + patronymic;
    }

    private static void requireCharacters(Object command, String field, String part, boolean required) {
        if (part.isEmpty()) {
            if (required) {
                throw InvalidCommandException.of(command, field, part, "must not be blank");
            }
            return;
        }
        int position = 1;
        for (int i = 0; i < part.length(); position++) {
            int c = part.codePointAt(i);
            i += Character.charCount(c);
            boolean letter = Character.isLetter(c);
            if (position == 1 && !letter) {
                throw InvalidCommandException.of(command, field, part, "must start with a letter, not «"
                        + new String(Character.toChars(c)) + "» (ROS-1)");
            }
            if (!letter && !allowed(c)) {
                throw InvalidCommandException.of(command, field, part, String.format("holds «%s» (U+%04X) at position %d;"
                        + " a name holds letters, spaces, hyphens, apostrophes and dots (ROS-1)",
                        new String(Character.toChars(c)), c, position));
            }
        }
    }

    private static boolean allowed(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || c == ' ' || c == '-' || c == '\u2010' || c == '\''
                || c == '\u2019' || c == '\u02BC' || c == '.';
    }

    /** Returns the script most letters of the name are in; on a tie, the script of its first letter. */
    private static Character.UnicodeScript script(Map<String, String> parts) {
        Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        Character.UnicodeScript first = null;
        for (String part : parts.values()) {
            for (int i = 0; i < part.length(); ) {
                int c = part.codePointAt(i);
                i += Character.charCount(c);
                if (Character.isLetter(c)) {
                    Character.UnicodeScript script = Character.UnicodeScript.of(c);
                    counts.merge(script, 1, Integer::sum);
                    first = first == null ? script : first;
                }
            }
        }
        Character.UnicodeScript most = first;
        for (Map.Entry<Character.UnicodeScript, Integer> count : counts.entrySet()) {
            if (count.getValue() > counts.getOrDefault(most, 0)) {
                most = count.getKey();
            }
        }
        return most;
    }

    private static void requireScript(Object command, String field, String part, Character.UnicodeScript script) {
        int position = 1;
        for (int i = 0; i < part.length(); position++) {
            int c = part.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != script) {
                throw InvalidCommandException.of(command, field, part, String.format("holds the %s letter «%s" 
                        + "» (U+%04X) at position %d of a %s name; a name is written in one script (ROS-3)",
                        scriptName(Character.UnicodeScript.of(c)), new String(Character.toChars(c)), c, position,
                        scriptName(script)));
            }
        }
    }

    private static String scriptName(Character.UnicodeScript script) {
        String name = script.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
