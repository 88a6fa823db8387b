package org.schooljournal.examples.schoolday;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.journal.Journal;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.programme.PlannedTopic;
import org.schooljournal.core.programme.ThematicPlan;

/**
 * Where a lesson of a journal stands in its calendar-thematic plan (LES-2): the lesson's number
 * among the journal's lessons of the year by the timetable, and the plan's topic of that hour. The
 * example's plans give each topic its hours, so 5А's 31st lesson of mathematics is the 31st hour of
 * «Натуральные числа и нуль», a topic of 44 hours.
 *
 * @param number the lesson's number in the year, from 1
 * @param topic the title of the plan's topic of that hour
 * @param hour the hour of the topic, from 1
 * @param hours the topic's hours
 */
record PlanPosition(int number, String topic, int hour, int hours) {

    /**
     * Returns the position of a lesson of the journal in the plan; empty when the plan has fewer
     * hours than the lessons so far.
     *
     * @param yearStart the first day of the academic year
     */
    static Optional<PlanPosition> of(Journal journal, ThematicPlan plan, LocalDate yearStart, LessonRef lesson) {
        int before = journal.page(yearStart, lesson.date().minusDays(1)).lessons().size();
        long earlierThatDay = journal.page(lesson.date(), lesson.date()).lessons().stream()
                .filter(l -> l.lesson().slot() < lesson.slot()).count();
        int number = before + (int) earlierThatDay + 1;
        int hoursBefore = 0;
        List<PlannedTopic> topics = plan.topics();
        for (PlannedTopic topic : topics) {
            if (number <= hoursBefore + topic.hours()) {
                return Optional.of(new PlanPosition(number, topic.title(), number - hoursBefore, topic.hours()));
            }
            hoursBefore += topic.hours();
        }
        return Optional.empty();
    }
}
