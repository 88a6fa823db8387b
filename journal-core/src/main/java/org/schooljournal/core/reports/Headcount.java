package org.schooljournal.core.reports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.school.SchoolState;

/**
 * How many students a journal has on a date, as {@link JournalScope#students} lists them, for a
 * report over many journals (REP-5's pupil-lessons): the school's class sizes are counted once per
 * date, from one pass over the roster, and shared by every journal of the report — not a sorted
 * class list per journal and date (a year's control of a 1 000-student school asked 34 200 of them).
 *
 * <p>Not thread-safe: one per report.
 */
final class Headcount {

    private final SchoolState school;
    private final Roster roster;
    private final Map<LocalDate, Map<String, Integer>> classSizes = new HashMap<>();

    Headcount(SchoolState school) {
        this.school = Objects.requireNonNull(school, "school");
        this.roster = Roster.of(school);
    }

    /**
     * Returns the number of the journal's students on the date: a group on an individual
     * curriculum has its one student; a class, or another group, the students of its classes then.
     */
    int of(JournalScope scope, LocalDate date) {
        boolean individual = Programme.of(school).group(scope.key().holderCode())
                .flatMap(group -> group.studentId()).isPresent();
        if (individual) {
            return scope.students(date).size();
        }
        Map<String, Integer> sizes = classSizes.computeIfAbsent(date, this::count);
        int students = 0;
        for (String classCode : scope.classCodes()) {
            students += sizes.getOrDefault(classCode, 0);
        }
        return students;
    }

    private Map<String, Integer> count(LocalDate date) {
        Map<String, Integer> sizes = new HashMap<>();
        for (String studentId : roster.students().keySet()) {
            roster.classOf(studentId, date).ifPresent(classCode -> sizes.merge(classCode, 1, Integer::sum));
        }
        return sizes;
    }
}
