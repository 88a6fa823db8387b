package org.schooljournal.core.journal;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.schooljournal.rules.calendar.PeriodKind;

/**
 * The generators of the journal's values for the property-based tests, in one place: study
 * periods, their kinds, and numbers of periods valid or not (YR-1).
 *
 * <p>Built from QuickTheories' {@code SourceDSL} and combined with {@code zip}, {@code map} and
 * {@code flatMap}. Every generator is stateless.
 */
final class JournalGenerators {

    private JournalGenerators() {
    }

    /** Returns every kind of study period. */
    static Gen<PeriodKind> periodKinds() {
        return arbitrary().enumValues(PeriodKind.class);
    }

    /** Returns the study periods of every kind: a kind, and a number from 1 to the count of the kind in a year. */
    static Gen<PeriodRef> periods() {
        return periodKinds().flatMap(kind -> integers().between(1, kind.perYear()).map(n -> PeriodRef.of(kind, n)));
    }

    /**
     * Returns numbers of study periods, valid for a kind or not: mostly from -1 to 6, around the
     * boundaries 1 and 1 to 4 periods a year, sometimes any int.
     */
    static Gen<Integer> periodNumbers() {
        return Generate.frequency(Pair.of(4, integers().between(-1, 6)), Pair.of(1, integers().all()));
    }

    /** Returns whether a period of that kind has that number: 1 to the count of the kind in a year. */
    static boolean fits(PeriodKind kind, int number) {
        return number >= 1 && number <= kind.perYear();
    }
}
