package org.schooljournal.core.school;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A host's id of one command, which makes the command idempotent (DESIGN.md, principle 9): the
 * events it records get ids derived from the school and this id, so that executing it again — after
 * a STORAGE error, a timeout, a crash of the host or of the engine — appends nothing and returns the
 * first outcome, from any engine over the same store and after a restart; the same id with another
 * command, or by another actor, is refused (CONFLICT). Give every command its own id, unique in
 * its school: a UUID, or the host's request id. Commands given no id work as before.
 *
 * <pre>{@code
 * CommandId id = CommandId.of(request.idempotencyKey());
 * Recorded first = engine.execute(teacher, remark, id);   // times out, or the host crashes …
 * Recorded again = engine.execute(teacher, remark, id);   // … so it repeats: nothing is appended
 * assert again.equals(first);
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value 1 to {@value #MAX_LENGTH} characters of {@code A–Z a–z 0–9 . _ : -}
 */
public record CommandId(String value) {

    /** The longest id. */
    public static final int MAX_LENGTH = 128;

    private static final Pattern GRAMMAR = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");
    private static final int QUOTED = 64;

    /**
     * Checks the id.
     *
     * @throws IllegalArgumentException naming the value (cut after {@value #QUOTED} characters)
     *     and the rule, if it is empty, longer than {@value #MAX_LENGTH} characters, or holds
     *     another character
     */
    public CommandId {
        Objects.requireNonNull(value, "value");
        if (!GRAMMAR.matcher(value).matches()) {
            String quoted = value.length() <= QUOTED ? value
                    : value.substring(0, QUOTED) + "… (" + value.length() + " characters)";
            throw new IllegalArgumentException("commandId must be 1 to " + MAX_LENGTH + " characters of A-Z, a-z,"
                    + " 0-9, '.', '_', ':' and '-', was \"" + quoted + "\"");
        }
    }

    /**
     * Returns the id.
     *
     * @throws IllegalArgumentException if it breaks the grammar
     */
    public static CommandId of(String value) {
        return new CommandId(value);
    }

    /** Returns the id of a UUID, in its 36-character lower-case form. */
    public static CommandId of(UUID uuid) {
        return new CommandId(uuid.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
