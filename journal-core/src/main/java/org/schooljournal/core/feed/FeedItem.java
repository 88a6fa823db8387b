package org.schooljournal.core.feed;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a school's event feed (EXC-2): a CloudEvents 1.0 event, written one per line by
 * {@link #toJson()}.
 *
 * <ul>
 *   <li>{@code id}: stable — the stored event's id and the item's index among the items that event
 *       yields ({@code 0b6f…6978/0}); a consumer that reads an item twice (the feed is at least
 *       once) drops it by its id.</li>
 *   <li>{@code source}: the school and journal, {@code /schools/86-001/journals/5%D0%90/math}, or
 *       the school, {@code /schools/86-001}, for what its own log holds.</li>
 *   <li>{@code type}: the data's versioned type, {@code ru.schooljournal.mark.recorded.v1}
 *       ({@link FeedData}).</li>
 *   <li>{@code time}: when the stored event was recorded.</li>
 *   <li>{@code subject}: the student the item is about; absent for what is the class's (a topic,
 *       a homework for all, a substitution).</li>
 * </ul>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the stable id
 * @param source the school and journal
 * @param time when the stored event was recorded
 * @param subject the student, if the item is about one
 * @param data what happened, in the feed's own schema
 */
public record FeedItem(String id, URI source, Instant time, Optional<String> subject, FeedData data) {

    /** The CloudEvents {@code datacontenttype} of every item's data. */
    public static final String DATA_CONTENT_TYPE = "application/json";

    /**
     * Checks the parts are given.
     *
     * @throws IllegalArgumentException if the id is blank
     */
    public FeedItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    /** Returns the item's CloudEvents {@code type}, its data's. */
    public String type() {
        return data.type();
    }

    /** Returns the item as one line of CloudEvents 1.0 JSON (structured mode), without a line break. */
    public String toJson() {
        return FeedFormat.json(this);
    }
}
