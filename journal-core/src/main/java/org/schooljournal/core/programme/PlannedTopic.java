package org.schooljournal.core.programme;

import jakarta.validation.constraints.Max;
import java.util.Objects;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.Texts;

/**
 * One topic of a calendar-thematic plan (КТП), with the hours planned for it (YR-8).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param title the topic, in Russian, such as «Натуральные числа»
 * @param hours the lessons planned for it, at least one
 */
public record PlannedTopic(@OneLine(max = Texts.TOPIC) String title, @Max(PlannedTopic.MAX_HOURS) int hours) {

    /** The most hours a planned topic may have: more than a year's lessons of any subject. */
    public static final int MAX_HOURS = 1000;

    /**
     * Checks the topic and strips its title.
     *
     * @throws IllegalArgumentException if the title is blank or the hours are fewer than one
     */
    public PlannedTopic {
        Objects.requireNonNull(title, "title");
        title = title.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (hours < 1) {
            throw new IllegalArgumentException("hours of topic «" + title + "» must be at least 1, were " + hours);
        }
    }
}
