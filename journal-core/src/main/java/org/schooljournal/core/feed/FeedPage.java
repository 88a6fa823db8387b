package org.schooljournal.core.feed;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A page of a school's event feed (EXC-2): the items after a cursor that the reader may see, in
 * the order they were recorded, and the cursor to read on from. A page may hold no item and still
 * move the cursor on, past what the reader may not see.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param items the items, oldest first
 * @param next where to read on from: keep it, and read from it after a restart
 * @param end whether the page reached the end of the school's log as it was when read
 */
public record FeedPage(List<FeedItem> items, FeedCursor next, boolean end) {

    /** Copies the items. */
    public FeedPage {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /** Returns the items as JSON Lines: one CloudEvents JSON object a line, each line ended. */
    public String toJsonLines() {
        return items.stream().map(item -> item.toJson() + "\n").collect(Collectors.joining());
    }
}
