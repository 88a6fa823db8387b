package org.schooljournal.core.journal;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.schooljournal.rules.calendar.PeriodKind;

/**
 * The generators of the journal's values for the property-based tests, in one place: study
 * periods, their kinds, and numbers of periods valid or not (YR-1); an entry's history of
 * values by two authors, and the interval a compromise makes invalid (PD-4); and hostile input —
 * texts with line breaks, NUL, lone surrogates, combining marks, bidirectional controls, slashes,
 * 200 and more characters, as well as the fixture's own identifiers; dates and instants from
 * {@code MIN} to {@code MAX} — for the properties that prove nothing a command lets in breaks a
 * read (DESIGN.md, principle 9).
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

    /** Pieces of hostile text, joined by {@link #texts()}. */
    private static final List<String> PIECES = List.of("", " ", "\n", "\r\n", "\t", "\u0000", "\u001B[31m",
            "\uD800", "\uDC00", "\uD83D\uDE00", "е\u0308", "\u0301", "\u00A0", "\u2028", "\u202E", "\u200B",
            "\uFEFF", "\uFFFF", "/", "%", "%2F", "..", "-", "'", "\"", "<b>", "@", "|", ":", "Иванов", "Ивaнов",
            "Пётр", "a", "Z", "5", "5А", "5A", "math", "201", "s-ivanov", "s-alekseeva", "t-math", "g-ivanova",
            "Ёлкин", "ё", "\u0130", "ß");

    /**
     * Returns texts of every kind: any characters (lone surrogates included), hostile pieces
     * joined, the fixture's own identifiers and names, and long runs of 60 to 300 characters.
     */
    static Gen<String> texts() {
        Gen<String> any = strings().allPossible().ofLengthBetween(0, 24);
        Gen<String> pieces = lists().of(arbitrary().pick(PIECES)).ofSizeBetween(1, 6).map(parts -> String.join("", parts));
        Gen<String> fixture = arbitrary().pick(List.of("s-ivanov", "s-alekseeva", "s-yolkin", "g-ivanova", "t-math",
                "5А", "math", "201", "Иванов", "Анна", "контрольная работа", "ivanova@example.ru"));
        Gen<String> long_ = integers().between(60, 300).zip(arbitrary().pick(PIECES), (n, piece) ->
                ("x" + piece).repeat(n).substring(0, n));
        return Generate.frequency(Pair.of(3, any), Pair.of(4, pieces), Pair.of(3, fixture), Pair.of(1, long_));
    }

    /** Returns dates from {@code LocalDate.MIN} to {@code MAX}, with the fixture's quarter and the bounds of {@code Dates} often. */
    static Gen<LocalDate> anyDates() {
        Gen<LocalDate> any = longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map((Long day) -> LocalDate.ofEpochDay(day));
        Gen<LocalDate> quarter = integers().between(-30, 80).map((Integer days) -> JournalSchool.QUARTER_1.firstDay().plusDays(days));
        Gen<LocalDate> edges = arbitrary().pick(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1899, 12, 31),
                LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31), LocalDate.of(2200, 1, 1), LocalDate.EPOCH));
        return Generate.frequency(Pair.of(2, any), Pair.of(3, quarter), Pair.of(1, edges));
    }

    /** Returns instants from {@code Instant.MIN} to {@code MAX}, with instants of the fixture's quarter often. */
    static Gen<Instant> anyInstants() {
        Gen<Instant> any = longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()).map((Long second) -> Instant.ofEpochSecond(second));
        Gen<Instant> quarter = anyDates().zip(integers().between(0, 86_399),
                (date, second) -> date.atStartOfDay(JournalSchool.ZONE).plusSeconds(second).toInstant());
        Gen<Instant> edges = arbitrary().pick(List.of(Instant.MIN, Instant.MAX, Instant.EPOCH));
        return Generate.frequency(Pair.of(1, any), Pair.of(3, quarter), Pair.of(1, edges));
    }

    /** Returns whether a period of that kind has that number: 1 to the count of the kind in a year. */
    static boolean fits(PeriodKind kind, int number) {
        return number >= 1 && number <= kind.perYear();
    }

    /** Where the generated histories start: Monday 12 October 2026, 8:40 in Yugra. */
    static final Instant HISTORY_START = Instant.parse("2026-10-12T03:40:00Z");

    /** The authors of the generated histories: the first one's account is the one compromised. */
    static final List<String> AUTHORS = List.of("t-1", "t-2");

    /**
     * Returns histories of an entry's values (MRK-10): one to six revisions, each by one of
     * {@link #AUTHORS}, a value «2»…«5» (a later one may remove the entry), minutes apart from
     * {@link #HISTORY_START}, oldest first, some at the same minute.
     */
    static Gen<List<Revision>> histories() {
        Gen<Pair<Integer, Pair<Integer, Integer>>> step = integers().between(0, 1)
                .zip(integers().between(0, 30).zip(integers().between(1, 5), Pair::of), Pair::of);
        return lists().of(step).ofSizeBetween(1, 6).map(steps -> {
            List<Revision> revisions = new ArrayList<>();
            Instant at = HISTORY_START;
            for (Pair<Integer, Pair<Integer, Integer>> s : steps) {
                at = at.plus(Duration.ofMinutes(s._2._1));
                String value = s._2._2 == 1 && !revisions.isEmpty() ? "" : String.valueOf(Math.max(2, s._2._2));
                revisions.add(new Revision(value, AUTHORS.get(s._1), at, revisions.isEmpty() ? Optional.empty()
                        : Optional.of("исправление"), Optional.empty()));
            }
            return revisions;
        });
    }

    /**
     * Returns the intervals a compromise of the first author's account makes invalid (PD-4): the
     * head and support informed 0 to 200 minutes after {@link #HISTORY_START}, the account
     * restored, or not, 0 to 100 minutes after that.
     */
    static Gen<Pair<Instant, Optional<Instant>>> invalidIntervals() {
        return integers().between(0, 200).zip(booleans().all().zip(integers().between(0, 100), Pair::of),
                (informed, restored) -> {
                    Instant from = HISTORY_START.plus(Duration.ofMinutes(informed));
                    return Pair.of(from, restored._1 ? Optional.of(from.plus(Duration.ofMinutes(restored._2)))
                            : Optional.<Instant>empty());
                });
    }
}
