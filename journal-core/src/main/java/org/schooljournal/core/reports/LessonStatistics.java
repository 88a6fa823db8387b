package org.schooljournal.core.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.schooljournal.core.journal.GradingSystem;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * The statistics of a journal over some dates (MRK-14): the lessons the timetable had and those
 * given (with a recorded topic), by kind of lesson; the hours of the curriculum and of the
 * thematic plan to compare with; and the results: the current marks by value, the share of
 * satisfactory marks (успеваемость: 3 and above, or «зач») and of good ones (качество: 4 and 5).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param key the journal
 * @param from the first date
 * @param to the last date
 * @param timetabled the lessons of the timetable on the school days of the dates
 * @param given the lessons among them with a recorded topic
 * @param givenByKind the lessons given, by kind
 * @param weeklyHours the subject's weekly hours in the curriculum, if set
 * @param plannedHours the hours of the thematic plan for the year, if set
 * @param marks the current marks by value, in the order of the values
 * @param satisfactoryPercent the share of satisfactory marks, in percent with one decimal; empty without marks
 * @param goodPercent the share of 4s and 5s, in percent with one decimal; empty without five-point marks
 */
public record LessonStatistics(
        JournalKey key, LocalDate from, LocalDate to, int timetabled, int given, Map<LessonKind, Integer> givenByKind,
        Optional<BigDecimal> weeklyHours, OptionalInt plannedHours, Map<String, Integer> marks,
        Optional<BigDecimal> satisfactoryPercent, Optional<BigDecimal> goodPercent) {

    /** Copies the maps. */
    public LessonStatistics {
        Objects.requireNonNull(key, "key");
        givenByKind = Map.copyOf(givenByKind);
        marks = java.util.Collections.unmodifiableMap(new TreeMap<>(marks));
    }

    /** Returns the statistics of the journal from one date to another, both included. */
    static LessonStatistics of(JournalScope scope, JournalState journal, SchoolCalendar calendar, LocalDate from,
            LocalDate to) {
        List<LessonRef> lessons = scope.lessons(journal, from, to, calendar);
        Map<LessonKind, Integer> byKind = new EnumMap<>(LessonKind.class);
        int given = 0;
        for (LessonRef lesson : lessons) {
            Optional<JournalEntry> topic = GivenLessons.topic(journal, lesson);
            if (topic.isPresent()) {
                given++;
                byKind.merge(LessonKind.valueOf(topic.get().detail("kind").orElseThrow()), 1, Integer::sum);
            }
        }
        Map<String, Integer> marks = new TreeMap<>();
        GivenLessons.marks(journal, from, to).forEach(e -> marks.merge(e.current().value(), 1, Integer::sum));
        int all = marks.values().stream().mapToInt(Integer::intValue).sum();
        int satisfactory = marks.entrySet().stream().filter(e -> Outcome.of(Optional.of(e.getKey()), false, ResultCounting.DEFAULT).succeeded())
                .mapToInt(Map.Entry::getValue).sum();
        int good = marks.getOrDefault("4", 0) + marks.getOrDefault("5", 0);
        boolean fivePoint = journal.grading() == GradingSystem.FIVE_POINT;
        return new LessonStatistics(scope.key(), from, to, lessons.size(), given, byKind, scope.weeklyHours(),
                scope.plannedHours(), marks, Percent.of(satisfactory, all),
                fivePoint ? Percent.of(good, all) : Optional.empty());
    }

}
