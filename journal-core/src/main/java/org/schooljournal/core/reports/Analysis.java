package org.schooljournal.core.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.schooljournal.core.forecast.Weight;
import org.schooljournal.core.forecast.WeightedAverage;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.GradingSystem;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.calendar.StudyPeriod;

/** The fold of a class's journals into its {@link ResultsAnalysis} (REP-9), period by period. */
final class Analysis {

    private static final BigDecimal STEP = new BigDecimal("0.1");

    /** A rate and a standing. */
    private record Rated(Rate rate, Outcome standing) {
    }

    private Analysis() {
    }

    /**
     * Returns the analysis.
     *
     * @param school the school's state as of the instant
     * @param journals the class's journals as of the instant
     * @param periods the periods of the class's grade, in order
     */
    static ResultsAnalysis of(String classCode, SchoolState school, Map<JournalKey, JournalState> journals,
            List<StudyPeriod> periods, Instant asOf) {
        List<SuccessReport> reports = new ArrayList<>();
        List<Map<String, WeightedAverage>> byPupil = new ArrayList<>();
        List<Map<String, WeightedAverage>> bySubject = new ArrayList<>();
        List<Map<String, WeightedAverage>> byTeacher = new ArrayList<>();
        for (StudyPeriod period : periods) {
            PeriodRef ref = PeriodRef.of(period);
            reports.add(SuccessRates.of(classCode, school, journals, ref, ResultCounting.DEFAULT, asOf,
                    classCode::equals));
            Map<String, WeightedAverage> pupils = new HashMap<>();
            Map<String, WeightedAverage> subjects = new HashMap<>();
            Map<String, WeightedAverage> teachers = new HashMap<>();
            journals.forEach((key, journal) -> {
                if (journal.grading() != GradingSystem.FIVE_POINT) {
                    return;
                }
                Optional<String> teacher = JournalScope.of(school, key, ResultsAnalysis.class).teacher();
                for (JournalEntry mark : journal.entries(EntryKind.MARK)) {
                    if (!mark.present() || mark.lesson().filter(l -> period.contains(l.date())).isEmpty()
                            || journal.exclusions().containsKey(mark.number())) {
                        continue;
                    }
                    int value = Integer.parseInt(mark.current().value());
                    Weight weight = Weight.parse(mark.detail("weight").orElse("1"));
                    BiFunction<String, WeightedAverage, WeightedAverage> add = (k, average) -> average == null
                            ? new WeightedAverage(weight.value().multiply(BigDecimal.valueOf(value)), weight.value())
                            : average.with(value, weight, 1);
                    pupils.compute(mark.studentId().orElseThrow(), add);
                    subjects.compute(key.subjectCode(), add);
                    teacher.ifPresent(t -> teachers.compute(t, add));
                }
            });
            byPupil.add(pupils);
            bySubject.add(subjects);
            byTeacher.add(teachers);
        }
        List<ResultsAnalysis.Pupil> pupils = new ArrayList<>();
        if (!reports.isEmpty()) {
            for (SuccessReport.PupilLine line : reports.get(reports.size() - 1).pupils()) {
                String id = line.student().personId();
                List<ResultsAnalysis.Result> results = results(periods, i -> byPupil.get(i).get(id),
                        i -> reports.get(i).pupils().stream().filter(p -> p.student().personId().equals(id)).findFirst()
                                .map(p -> new Rated(p.marks(), p.standing())));
                pupils.add(new ResultsAnalysis.Pupil(pupils.size() + 1, line.student(), results));
            }
        }
        return new ResultsAnalysis(classCode, asOf, periods.stream().map(p -> PeriodRef.of(p).toString()).toList(),
                reports.stream().map(SuccessReport::total).toList(), pupils,
                lines(periods, reports, bySubject, SuccessReport::subjects),
                lines(periods, reports, byTeacher, SuccessReport::teachers));
    }

    private static List<ResultsAnalysis.Line> lines(List<StudyPeriod> periods, List<SuccessReport> reports,
            List<Map<String, WeightedAverage>> sums,
            Function<SuccessReport, List<SuccessReport.Line>> lines) {
        Map<String, String> names = new LinkedHashMap<>();
        reports.forEach(report -> lines.apply(report).forEach(line -> names.putIfAbsent(line.code(), line.name())));
        List<ResultsAnalysis.Line> result = new ArrayList<>();
        names.forEach((code, name) -> result.add(new ResultsAnalysis.Line(code, name, results(periods,
                i -> sums.get(i).get(code), i -> lines.apply(reports.get(i)).stream().filter(l -> l.code().equals(code))
                        .findFirst().map(l -> new Rated(l.rate(), Outcome.UNMARKED))))));
        return result;
    }

    /**
     * Returns one result per period from its sum of marks and its rate and standing; the change
     * compares the average with the one of the period of the same kind before (a quarter with the
     * quarter before; the year with none).
     */
    private static List<ResultsAnalysis.Result> results(List<StudyPeriod> periods, Function<Integer, WeightedAverage> sums,
            Function<Integer, Optional<Rated>> rated) {
        List<ResultsAnalysis.Result> results = new ArrayList<>();
        Map<Object, Optional<BigDecimal>> before = new HashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            Optional<BigDecimal> average = Optional.ofNullable(sums.apply(i)).map(WeightedAverage::display);
            Optional<Rated> rate = rated.apply(i);
            Object kind = periods.get(i).kind();
            results.add(new ResultsAnalysis.Result(average, rate.map(Rated::rate).orElse(Rate.NONE),
                    rate.map(Rated::standing).orElse(Outcome.UNMARKED),
                    change(before.getOrDefault(kind, Optional.empty()), average)));
            before.put(kind, average);
        }
        return results;
    }

    private static ResultsAnalysis.Change change(Optional<BigDecimal> before, Optional<BigDecimal> now) {
        if (before.isEmpty() || now.isEmpty()) {
            return ResultsAnalysis.Change.NONE;
        }
        BigDecimal delta = now.get().subtract(before.get());
        if (delta.compareTo(STEP) >= 0) {
            return ResultsAnalysis.Change.UP;
        }
        return delta.compareTo(STEP.negate()) <= 0 ? ResultsAnalysis.Change.DOWN : ResultsAnalysis.Change.SAME;
    }
}
