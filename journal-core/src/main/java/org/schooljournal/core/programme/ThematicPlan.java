package org.schooljournal.core.programme;

import java.util.List;
import java.util.Objects;

/**
 * The calendar-thematic plan (календарно-тематическое планирование, КТП) of a subject in a class
 * or study group (YR-8): its topics in the order they are taught, with their hours.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param holderCode the class or group
 * @param subjectCode the subject
 * @param topics the topics in teaching order; not empty
 */
public record ThematicPlan(String holderCode, String subjectCode, List<PlannedTopic> topics) {

    /**
     * Checks the parts and copies the topics.
     *
     * @throws IllegalArgumentException if there are no topics
     */
    public ThematicPlan {
        Objects.requireNonNull(holderCode, "holderCode");
        Objects.requireNonNull(subjectCode, "subjectCode");
        topics = List.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("the plan of " + subjectCode + " in " + holderCode
                    + " needs at least one topic");
        }
    }

    /** Returns the hours of every topic together. */
    public int totalHours() {
        return topics.stream().mapToInt(PlannedTopic::hours).sum();
    }

    /** Returns whether this is the plan of that subject in that class or group. */
    public boolean covers(String holder, String subject) {
        return holderCode.equals(holder) && subjectCode.equals(subject);
    }
}
