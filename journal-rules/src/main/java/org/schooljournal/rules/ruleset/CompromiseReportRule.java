package org.schooljournal.rules.ruleset;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * PD-4: a breach of an account's confidentiality is reported to the head and to support within
 * 1 hour of its discovery (R 4.3), or, as Appendix 1 says, within one working day of the day it
 * became known. Both are settings; {@code measure} chooses. A period of working days starts the
 * day after the discovery and ends at 24:00 of its last working day (Civil Code, art. 191, 193).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reference the clause of the regulation
 * @param enforcement what is done with a late report
 * @param measure which of the two limits applies
 * @param within the limit as a duration from the discovery; positive, at most 366 days ({@link ParameterBounds})
 * @param workingDays the limit in working days after the day of the discovery; 1 to 366 ({@link ParameterBounds})
 */
public record CompromiseReportRule(
        String reference, Enforcement enforcement, Measure measure, Duration within, int workingDays)
        implements LimitRule {

    /** Which of the two limits of PD-4 applies. */
    public enum Measure {
        /** A duration from the discovery (R 4.3: one hour). */
        DURATION,
        /** Working days after the day of the discovery (A1: one working day). */
        WORKING_DAYS
    }

    /** Checks the parameters; see {@link BadParameter}. */
    public CompromiseReportRule {
        BadParameter.text("reference", reference);
        BadParameter.required("enforcement", enforcement);
        BadParameter.required("measure", measure);
        BadParameter.positive("within", within);
        BadParameter.within("workingDays", workingDays, 1, ParameterBounds.MAX_DAYS);
    }

    /** Returns the last instant the report is on time. */
    public Instant closesAt(Instant discoveredAt, SchoolCalendar calendar) {
        return switch (measure) {
            case DURATION -> discoveredAt.plus(within);
            case WORKING_DAYS -> {
                LocalDate day = discoveredAt.atZone(calendar.zone()).toLocalDate();
                yield calendar.endOfDay(calendar.workingDayAfter(day, workingDays));
            }
        };
    }
}
