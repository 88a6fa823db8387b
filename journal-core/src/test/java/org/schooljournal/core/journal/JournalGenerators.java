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
import java.util.Map;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.ruleset.RuleId;

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

    /** The lessons of the generated folds: two days of two slots each. */
    static final List<LessonRef> FOLD_LESSONS = List.of(new LessonRef(LocalDate.of(2026, 10, 12), 1),
            new LessonRef(LocalDate.of(2026, 10, 12), 2), new LessonRef(LocalDate.of(2026, 10, 13), 1),
            new LessonRef(LocalDate.of(2026, 10, 13), 2));
    /** The students of the generated folds. */
    static final List<String> FOLD_STUDENTS = List.of("s-1", "s-2", "s-3");

    /**
     * Returns the events of a journal's entries, as a log written by the engine or by hand may hold
     * them (issue 13, the entries' index): entries recorded — mostly under the next number, some
     * under a number already taken (by hand), of every kind, on one of {@link #FOLD_LESSONS} or
     * none, for one of {@link #FOLD_STUDENTS} or none, on time, late, or excused by a failure —,
     * corrections (some removing the entry, some of an entry never recorded) and judgements again
     * of a recorded entry. A number of 0 stands for the journal's next one.
     */
    static Gen<JournalEvent> entryEvents() {
        Gen<Optional<LessonRef>> lessons = Generate.frequency(Pair.of(5, arbitrary().pick(FOLD_LESSONS).map(Optional::of)),
                Pair.of(1, Generate.constant(Optional.<LessonRef>empty())));
        Gen<Optional<String>> students = Generate.frequency(Pair.of(4, arbitrary().pick(FOLD_STUDENTS).map(Optional::of)),
                Pair.of(1, Generate.constant(Optional.<String>empty())));
        Gen<Optional<EntryTiming>> timings = integers().between(0, 3).map(JournalGenerators::timing);
        Gen<Integer> numbers = Generate.frequency(Pair.of(6, Generate.constant(0)), Pair.of(1, integers().between(1, 12)));
        Gen<Instant> instants = integers().between(0, 300).map(minutes -> HISTORY_START.plus(Duration.ofMinutes(minutes)));
        Gen<Map.Entry<String, String>> details = arbitrary().pick(List.of(Map.entry("work", "ORAL"),
                Map.entry("work", "TEST"), Map.entry("exam", "ОГЭ"), Map.entry("kind", "LESSON")));
        Gen<JournalEvent> recorded = numbers.zip(arbitrary().enumValues(EntryKind.class), lessons, students, Keys::new)
                .zip(timings, instants, details, arbitrary().pick(AUTHORS), (keys, timing, at, detail, author) ->
                        new EntryRecorded(keys.number(), keys.kind(), keys.lesson(), keys.student(),
                                keys.kind() == EntryKind.PERIOD_MARK ? Optional.of("QUARTER-1") : Optional.empty(),
                                Map.of(detail.getKey(), detail.getValue()), "4", author, at, timing));
        Gen<JournalEvent> corrected = integers().between(1, 14).zip(arbitrary().pick(List.of("", "5", "3")), instants,
                arbitrary().pick(AUTHORS), (number, value, at, author) -> new EntryCorrected(number, value, author, at,
                        "исправление"));
        Gen<JournalEvent> rejudged = integers().between(1, 12).zip(integers().between(0, 3),
                (number, timing) -> new EntryRejudged(number, timing(Math.max(1, timing)).orElseThrow(), HISTORY_START,
                        HISTORY_START.plus(Duration.ofHours(1))));
        return Generate.frequency(Pair.of(6, recorded), Pair.of(3, corrected), Pair.of(1, rejudged));
    }

    /** What a generated entry is kept under: its number (0: the next), kind, lesson and student. */
    private record Keys(int number, EntryKind kind, Optional<LessonRef> lesson, Optional<String> student) {
    }

    /** Returns no timing (0), a timing on time (1), late (2), or on time by a failure's grace (3). */
    private static Optional<EntryTiming> timing(int kind) {
        if (kind == 0) {
            return Optional.empty();
        }
        boolean late = kind == 2;
        return Optional.of(new EntryTiming(RuleId.MRK_2, Optional.empty(), Optional.of(HISTORY_START),
                late ? Timeliness.LATE : Timeliness.ON_TIME, late ? Duration.ofHours(2) : Duration.ZERO, kind == 3));
    }
}
