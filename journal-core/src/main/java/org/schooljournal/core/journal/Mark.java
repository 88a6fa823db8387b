package org.schooljournal.core.journal;

import java.util.Objects;

/**
 * A mark (отметка) as the journal writes it: a current mark such as «5» or «зач» (MRK-1), or, for a
 * period mark, also «осв», «н/а», «безотм» (MRK-7). Which marks a journal takes depends on its
 * {@link GradingSystem}, which the command checks against the journal when it is executed.
 *
 * <p>This class is immutable and thread-safe; two marks are equal if they are written alike.
 */
public final class Mark {

    private final String value;

    private Mark(String value) {
        this.value = value;
    }

    /**
     * Returns the mark written so, without surrounding white space.
     *
     * @throws IllegalArgumentException if the value is blank
     */
    public static Mark of(String value) {
        Objects.requireNonNull(value, "value");
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("value of a mark must not be blank, was «" + value + "»");
        }
        return new Mark(stripped);
    }

    /** Returns the mark as written, such as «5». */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mark mark && mark.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns the mark as written, such as «5». */
    @Override
    public String toString() {
        return value;
    }
}
