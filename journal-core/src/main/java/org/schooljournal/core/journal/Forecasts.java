package org.schooljournal.core.journal;

import java.time.LocalDate;
import java.util.List;
import org.schooljournal.core.forecast.Forecast;
import org.schooljournal.core.forecast.ForecastSettings;
import org.schooljournal.core.forecast.GradingScale;
import org.schooljournal.core.forecast.Weight;
import org.schooljournal.core.forecast.WeightedMark;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * The forecast of a student's period mark in a journal (MRK-11): the weighted average of their
 * current marks in the period up to a day, with the marks excluded and why, the predicted mark
 * under the school's rounding rule, and what it would take to reach the next mark.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Forecasts {

    /** The forecast's settings but the rounding rule: marks 1 to 5, as the five-point system allows. */
    private static final ForecastSettings FIVE_POINT = ForecastSettings.DEFAULT.withScale(GradingScale.FIVE_POINT_WITH_ONE);

    private Forecasts() {
    }

    /**
     * Returns the forecast of a student's period mark as it stood at the end of a day, from the
     * marks of lessons up to that date, rounded by the school's rounding rule (its own setting,
     * {@link org.schooljournal.core.school.SchoolSettings#forecastRounding()}, or the default).
     *
     * @throws NotFoundException if the journal has no such period
     * @throws InvalidCommandException if the journal is not graded in five points
     */
    public static Forecast of(JournalScope scope, JournalState journal, String studentId, PeriodRef period,
            LocalDate asOf) {
        StudyPeriod studyPeriod = scope.period(period).orElseThrow(() ->
                NotFoundException.of(Journal.class, "period", period, "is not a study period of journal "
                        + journal.key()));
        if (journal.grading() != GradingSystem.FIVE_POINT) {
            throw InvalidCommandException.of(Journal.class, "journal", journal.key(), "is graded " + journal.grading()
                    + "; a forecast averages five-point marks");
        }
        List<WeightedMark> marks = journal.studentEntries(studentId).stream().filter(e -> e.kind() == EntryKind.MARK
                && e.present()
                && e.lesson().filter(l -> studyPeriod.contains(l.date()) && !l.date().isAfter(asOf)).isPresent())
                .map(mark -> weighted(journal, mark)).toList();
        return Forecast.of(marks, FIVE_POINT.withRounding(scope.forecastRounding()));
    }

    private static WeightedMark weighted(JournalState journal, JournalEntry mark) {
        WeightedMark weighted = WeightedMark.of(Integer.parseInt(mark.current().value()),
                Weight.parse(mark.detail("weight").orElse("1")),
                WorkKind.valueOf(mark.detail("work").orElseThrow()).russianName(), mark.lesson().orElseThrow().date());
        String reason = journal.exclusions().get(mark.number());
        return reason == null ? weighted : weighted.excluded(reason);
    }
}
