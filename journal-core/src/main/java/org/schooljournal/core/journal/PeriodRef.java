package org.schooljournal.core.journal;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * A study period of the school's year, named by its kind and number (YR-1): the period a period
 * mark (MRK-7), a deferral (MRK-8) or the lock (MRK-9) is for. Written {@code QUARTER-1},
 * {@code YEAR-1}, as events store it; {@link #toString()} gives that text and {@link #parse}
 * reads it back.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind the kind of period
 * @param number the period's number within the year, from 1 to {@link PeriodKind#perYear()}
 */
public record PeriodRef(PeriodKind kind, int number) {

    private static final Pattern TEXT = Pattern.compile("([A-Z]+)-([1-9][0-9]{0,8})");

    /**
     * Checks the number fits the kind.
     *
     * @throws IllegalArgumentException if the number is not within 1 and the kind's count in a year
     */
    public PeriodRef {
        Objects.requireNonNull(kind, "kind");
        if (number < 1 || number > kind.perYear()) {
            throw new IllegalArgumentException("number of a " + kind + " must be within 1–" + kind.perYear()
                    + ", was " + number);
        }
    }

    /**
     * Returns the period of that kind and number, such as the first quarter.
     *
     * @throws IllegalArgumentException if the number does not fit the kind
     */
    public static PeriodRef of(PeriodKind kind, int number) {
        return new PeriodRef(kind, number);
    }

    /** Returns the reference to a study period of the school's calendar. */
    public static PeriodRef of(StudyPeriod period) {
        Objects.requireNonNull(period, "period");
        return new PeriodRef(period.kind(), period.number());
    }

    /**
     * Reads a period as {@link #toString()} writes it, such as {@code QUARTER-1}.
     *
     * @throws IllegalArgumentException if the text is not a kind, a hyphen and a number fitting the kind
     */
    public static PeriodRef parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("period must be written KIND-NUMBER, such as QUARTER-1, was «" + text
                    + "»");
        }
        PeriodKind kind;
        try {
            kind = PeriodKind.valueOf(matcher.group(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("period kind must be one of " + Arrays.toString(PeriodKind.values())
                    + ", was «" + text + "»", e);
        }
        return new PeriodRef(kind, Integer.parseInt(matcher.group(2)));
    }

    /** Returns the period as events store it, such as {@code QUARTER-1}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return kind + "-" + number;
    }
}
