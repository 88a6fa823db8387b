package org.schooljournal.core.compromise;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import org.schooljournal.core.school.SchoolState;

/**
 * Which operations are invalid (PD-4, R 4.4): those of an account whose compromise was reported,
 * from the instant the head and support were informed until the account was restored. Journal
 * pages, diaries, summary sheets and reports leave them out; the log keeps them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Invalidation {

    private static final Invalidation NONE = new Invalidation(Map.of());

    private final Map<String, List<Compromise>> byPerson;

    private Invalidation(Map<String, List<Compromise>> byPerson) {
        this.byPerson = byPerson;
    }

    /** Returns the invalidation of a school with no compromise report: nothing is invalid. */
    public static Invalidation none() {
        return NONE;
    }

    /** Returns which operations of the school are invalid. */
    public static Invalidation of(SchoolState school) {
        return CompromiseRecords.of(school).invalidation();
    }

    static Invalidation of(List<Compromise> reports) {
        if (reports.isEmpty()) {
            return NONE;
        }
        Map<String, List<Compromise>> byPerson = new LinkedHashMap<>();
        reports.forEach(report -> byPerson.computeIfAbsent(report.personId(), p -> new ArrayList<>()).add(report));
        byPerson.replaceAll((person, list) -> List.copyOf(list));
        return new Invalidation(Map.copyOf(byPerson));
    }

    /** Returns whether nothing is invalid, so that a read can skip every check. */
    public boolean isEmpty() {
        return byPerson.isEmpty();
    }

    /** Returns whether an operation of that author at that instant is invalid. */
    public boolean invalid(String author, Instant at) {
        return invalidating(author, at).isPresent();
    }

    /** Returns the compromise that makes an operation of that author at that instant invalid, if one does. */
    public Optional<Compromise> invalidating(String author, Instant at) {
        List<Compromise> reports = byPerson.get(author);
        if (reports == null) {
            return Optional.empty();
        }
        return reports.stream().filter(report -> report.invalidates(author, at)).findFirst();
    }

    @Override
    public String toString() {
        return "Invalidation" + byPerson.keySet();
    }
}
