package org.schooljournal.rules.ruleset;

import java.time.Duration;
import java.time.Instant;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * LES-2: the subject teacher fills in the topics of the lessons following the calendar-thematic
 * plan (КТП) (R 2.6); the paper journal's rules, which the regulation carries over, record "the
 * topic studied at the lesson" (I). So a lesson's topic is entered from the lesson's start; a
 * school whose teachers plan their lessons ahead from the КТП may let a topic that is one of the
 * plan's be entered up to {@code plannedAhead} before. A topic that is not the plan's always waits
 * for its lesson. The regulation sets no deadline for a topic; there is none here.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reference the clause of the regulation
 * @param plannedAhead how long before the lesson's start a topic of the КТП may be entered; not
 *     negative, at most {@link #MAX_AHEAD}; zero (the regulation's reading) for none
 */
public record TopicRule(String reference, Duration plannedAhead) implements Rule {

    /** The longest a planned entry may be entered before its lesson: a school year. */
    public static final Duration MAX_AHEAD = Duration.ofDays(366);

    /** Checks the parameters; see {@link BadParameter}. */
    public TopicRule {
        BadParameter.text("reference", reference);
        ahead("plannedAhead", plannedAhead);
    }

    /**
     * Returns the first instant the lesson's topic may be entered: the lesson's start, or
     * {@code plannedAhead} before it for a topic of the КТП.
     *
     * @param planned whether the topic is one of the calendar-thematic plan's
     */
    public Instant opensAt(LessonTime lesson, boolean planned, SchoolCalendar calendar) {
        Instant start = calendar.instant(lesson.date(), lesson.start());
        return planned ? start.minus(plannedAhead) : start;
    }

    /** Checks how far ahead a planned entry may be entered: from zero to {@link #MAX_AHEAD}. */
    static Duration ahead(String field, Duration value) {
        if (BadParameter.notNegative(field, value).compareTo(MAX_AHEAD) > 0) {
            throw BadParameter.invalid(field, "must be at most " + MAX_AHEAD + " (a school year), was " + value);
        }
        return value;
    }
}
