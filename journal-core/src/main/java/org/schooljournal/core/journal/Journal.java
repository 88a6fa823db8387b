package org.schooljournal.core.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.forecast.Forecast;
import org.schooljournal.core.validation.Dates;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * A journal as a reader sees it: its state and the views of it — the page, the entries recorded
 * late (for the administration's control), the completeness of a period's marks, an entry's
 * history (MRK-10). Made by the engine after the reader's access is checked (ACC-2, ACC-3).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Journal {

    private final JournalScope scope;
    private final JournalState state;
    private final SchoolCalendar calendar;

    /** Creates the view of a journal's state in its school. */
    Journal(JournalScope scope, JournalState state, SchoolCalendar calendar) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.state = Objects.requireNonNull(state, "state");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Returns the journal. */
    public JournalKey key() {
        return state.key();
    }

    /** Returns the journal's state: every entry with its history, invalid values marked (PD-4). */
    public JournalState state() {
        return state;
    }

    /**
     * Returns the journal's page from one date to another, both included.
     *
     * @throws org.schooljournal.core.validation.InvalidCommandException VALIDATION if the dates are
     *     reversed, outside the dates the journal keeps or more than
     *     {@value Dates#MAX_READ_DAYS} days apart ({@link Dates})
     */
    public JournalPage page(LocalDate from, LocalDate to) {
        Dates.requireReadRange(JournalPage.class, from, to);
        return JournalPage.of(scope, state, calendar, from, to);
    }

    /**
     * Returns the entries whose first value was recorded late, as they stand, in the order of their
     * numbers (ATT-2, MRK-2…4, LES-4, MRK-7): not those a declared technical failure excused, even
     * one declared after them (ARC-7), nor those whose first value is invalid (PD-4).
     */
    public List<JournalEntry> lateEntries() {
        return state.timedEntries().stream().filter(e -> e.original().valid() && e.late()).toList();
    }

    /**
     * Returns the entries late because of a declared technical failure, not their author (ARC-7),
     * in the order of their numbers: on time only by the failure's grace, whether the failure was
     * declared before the entry was made or after.
     */
    public List<JournalEntry> lateByFailure() {
        return state.timedEntries().stream().filter(e -> e.original().valid() && e.lateByFailure()).toList();
    }

    /**
     * Returns the entries with a value made invalid by a compromise report, in the order of their
     * numbers (PD-4): each with its whole history, the invalid values marked.
     */
    public List<JournalEntry> invalidated() {
        return state.invalidatedEntries();
    }

    /**
     * Returns who has a mark for the period and who is missing (MRK-7).
     *
     * @throws NotFoundException if the journal has no such period
     */
    public PeriodCompleteness completeness(PeriodRef period) {
        StudyPeriod studyPeriod = scope.period(period).orElseThrow(() ->
                NotFoundException.of(Journal.class, "period", period, "is not a study period of journal " + key()));
        return PeriodCompleteness.of(scope, state, studyPeriod);
    }

    /**
     * Returns the forecast of a student's period mark (MRK-11): the weighted average of their
     * current marks in the period, with the marks excluded and why, the predicted mark under the
     * school's rounding rule, and what it would take to reach the next mark.
     *
     * @throws NotFoundException if the journal has no such period
     * @throws org.schooljournal.core.validation.InvalidCommandException if the journal is not graded in five
     *     points
     */
    public Forecast forecast(String studentId, PeriodRef period) {
        return forecast(studentId, period, LocalDate.MAX);
    }

    /**
     * Returns the forecast of a student's period mark as it stood at the end of a day (MRK-11):
     * from the marks of lessons up to that date.
     *
     * @throws NotFoundException if the journal has no such period
     * @throws org.schooljournal.core.validation.InvalidCommandException if the journal is not graded in five
     *     points
     */
    public Forecast forecast(String studentId, PeriodRef period, LocalDate asOf) {
        return Forecasts.of(scope, state, studentId, period, asOf);
    }

    /**
     * Returns an entry with every value it has had, the original first (MRK-10), invalid values
     * marked (PD-4).
     *
     * @throws NotFoundException if the journal has no such entry
     */
    public JournalEntry entry(int number) {
        return state.entry(number).orElseThrow(() ->
                NotFoundException.of(Journal.class, "entry", number, "is not an entry of journal " + key()));
    }
}
