package org.schooljournal.core.feed;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.InvalidCommandException.Violation;

/**
 * Where a reader of a school's event feed stands (EXC-2): after the stored event at a position in
 * the school's order, or at the start. A consumer keeps the text of the last page's
 * {@link FeedPage#next()} and reads on from it, after a restart too; its text is opaque to the
 * consumer ({@code p} and the position, {@code p0} at the start) and stays valid for as long as the
 * school's log lasts.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param position the school-wide position of the last stored event read; 0 at the start
 */
public record FeedCursor(long position) {

    private static final Pattern TEXT = Pattern.compile("p(0|[1-9][0-9]{0,17})");

    /** The rule a cursor's text follows, as a refusal names it. */
    static final String RULE = "must be a cursor this feed gave (p and a position, p0 at the start; EXC-2)";

    /**
     * Checks the position.
     *
     * @throws IllegalArgumentException if it is negative
     */
    public FeedCursor {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative, was " + position);
        }
    }

    /** Returns the cursor at the start of the feed, before the school's first event. */
    public static FeedCursor start() {
        return new FeedCursor(0);
    }

    /**
     * Returns the cursor a feed gave, from its text.
     *
     * @throws InvalidCommandException VALIDATION naming the field {@code cursor}, the text and the
     *     rule, if the text is no cursor
     */
    public static FeedCursor parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!TEXT.matcher(text).matches()) {
            throw new InvalidCommandException(FeedCursor.class.getSimpleName(),
                    List.of(new Violation("cursor", text, RULE)));
        }
        return new FeedCursor(Long.parseLong(text.substring(1)));
    }

    /** Returns the cursor's text, which {@link #parse} reads back. */
    @Override
    public String toString() {
        return "p" + position;
    }
}
