package org.schooljournal.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.programme.ControlWork;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.school.SchoolState;

/** The fold of the control-work schedule and the journals into a {@link ControlWorkReport} (REP-2). */
final class ControlWorks {

    private static final List<String> ORDER = List.of("5", "4", "3", "2", "1", "зач", "незач");

    private ControlWorks() {
    }

    /**
     * Returns the results of the works of the journals given, from one date to another.
     *
     * @param school the school's state as of the instant
     * @param journals the journals' states as of the instant
     */
    static ControlWorkReport of(String scope, SchoolState school, Map<JournalKey, JournalState> journals,
            LocalDate from, LocalDate to, Instant asOf) {
        Programme programme = Programme.of(school);
        List<ControlWorkReport.Work> works = new ArrayList<>();
        journals.forEach((key, journal) -> {
            for (ControlWork work : programme.controlWorksOf(key.holderCode())) {
                if (work.subjectCode().equals(key.subjectCode()) && !work.date().isBefore(from)
                        && !work.date().isAfter(to)) {
                    works.add(work(school, programme, key, journal, work));
                }
            }
        });
        works.sort(Comparator.comparing(ControlWorkReport.Work::date).thenComparing(ControlWorkReport.Work::holderCode)
                .thenComparing(ControlWorkReport.Work::subjectCode));
        return new ControlWorkReport(scope, from, to, asOf, works);
    }

    private static ControlWorkReport.Work work(SchoolState school, Programme programme, JournalKey key,
            JournalState journal, ControlWork work) {
        JournalScope scope = JournalScope.of(school, key, ControlWorkReport.class);
        Set<String> pupils = new HashSet<>();
        scope.students(work.date()).forEach(s -> pupils.add(s.personId()));
        Map<String, String> marks = new LinkedHashMap<>();
        Set<String> absent = new HashSet<>();
        for (JournalEntry entry : journal.entries(e -> e.present() && e.studentId().filter(pupils::contains).isPresent()
                && e.lesson().filter(l -> l.date().equals(work.date())).isPresent())) {
            if (entry.kind() == EntryKind.MARK && entry.detail("work").equals(Optional.of(WorkKind.CONTROL_WORK.name()))) {
                marks.putIfAbsent(entry.studentId().get(), entry.current().value());
            } else if (entry.kind() == EntryKind.ATTENDANCE) {
                absent.add(entry.studentId().get());
            }
        }
        Map<String, Integer> byValue = new LinkedHashMap<>();
        ORDER.forEach(value -> marks.values().stream().filter(value::equals)
                .forEach(m -> byValue.merge(m, 1, Integer::sum)));
        Rate rate = Rate.NONE;
        for (String pupil : pupils) {
            String mark = marks.get(pupil);
            Outcome outcome = mark != null ? Outcome.of(Optional.of(mark), false, ResultCounting.DEFAULT)
                    : absent.contains(pupil) ? Outcome.LEFT_OUT : Outcome.UNMARKED;
            rate = rate.plus(Rate.of(outcome));
        }
        String teacher = scope.teacher().map(school.structure()::staffName).orElse("");
        return new ControlWorkReport.Work(key.holderCode(), key.subjectCode(), programme.subjectName(key.subjectCode()),
                work.date(), work.form(), teacher, pupils.size(), byValue, rate);
    }
}
