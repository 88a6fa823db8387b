package org.schooljournal.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.roster.StudentOrder;
import org.schooljournal.core.school.SchoolClass;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.calendar.StudyPeriod;

/** The fold of journals into a {@link SuccessReport} (REP-1). */
final class SuccessRates {

    private final SchoolState school;
    private final PeriodRef period;
    private final ResultCounting counting;
    private final Predicate<String> inScope;
    private final Map<String, Student> students = new HashMap<>();
    private final Map<String, String> classOf = new HashMap<>();
    private final Map<String, List<Outcome>> outcomes = new LinkedHashMap<>();
    private final Map<String, Rate> pupilMarks = new HashMap<>();
    private final Map<String, Rate> byJournal = new LinkedHashMap<>();
    private final Map<String, String> journalNames = new HashMap<>();
    private final Map<String, Rate> bySubject = new LinkedHashMap<>();
    private final Map<String, Rate> byTeacher = new LinkedHashMap<>();

    private SuccessRates(SchoolState school, PeriodRef period, ResultCounting counting, Predicate<String> inScope) {
        this.school = school;
        this.period = period;
        this.counting = counting;
        this.inScope = inScope;
    }

    /**
     * Returns the report of the journals' period marks, counting only the pupils of the classes
     * the predicate accepts.
     *
     * @param school the school's state as of the instant
     * @param journals the journals' states as of the instant
     */
    static SuccessReport of(String scope, SchoolState school, Map<JournalKey, JournalState> journals, PeriodRef period,
            ResultCounting counting, Instant asOf, Predicate<String> classesInScope) {
        SuccessRates rates = new SuccessRates(school, period, counting, classesInScope);
        journals.forEach(rates::add);
        return rates.report(scope, asOf);
    }

    private void add(JournalKey key, JournalState journal) {
        JournalScope scope = JournalScope.of(school, key, SuccessReport.class);
        Optional<StudyPeriod> studyPeriod = scope.period(period);
        if (studyPeriod.isEmpty()) {
            return;
        }
        LocalDate lastDay = studyPeriod.get().lastDay();
        Map<String, String> marks = marks(journal);
        journalNames.put(key.toString(), key.holderCode() + " × " + Programme.of(school).subjectName(key.subjectCode()));
        Roster roster = Roster.of(school);
        for (Student student : scope.students(lastDay)) {
            String id = student.personId();
            String classCode = roster.classOf(id, lastDay).orElse("");
            if (!inScope.test(classCode)) {
                continue;
            }
            Outcome outcome = Outcome.of(Optional.ofNullable(marks.get(id)), journal.deferral(id, period).isPresent(),
                    counting);
            Rate one = Rate.of(outcome);
            students.putIfAbsent(id, student);
            classOf.putIfAbsent(id, classCode);
            outcomes.computeIfAbsent(id, k -> new ArrayList<>()).add(outcome);
            pupilMarks.merge(id, one, Rate::plus);
            byJournal.merge(key.toString(), one, Rate::plus);
            bySubject.merge(key.subjectCode(), one, Rate::plus);
            scope.teacher().ifPresent(teacher -> byTeacher.merge(teacher, one, Rate::plus));
        }
    }

    /** Returns the current period marks of the period, by student. */
    private Map<String, String> marks(JournalState journal) {
        Map<String, String> marks = new HashMap<>();
        Optional<String> name = Optional.of(period.toString());
        for (JournalEntry entry : journal.entries(EntryKind.PERIOD_MARK)) {
            if (entry.present() && entry.period().equals(name) && entry.studentId().isPresent()) {
                marks.putIfAbsent(entry.studentId().get(), entry.current().value());
            }
        }
        return marks;
    }

    private SuccessReport report(String scope, Instant asOf) {
        Map<String, SchoolClass> classes = school.structure().classes();
        Map<String, List<Student>> pupilsByClass = new TreeMap<>(
                Comparator.comparingInt((String code) -> rank(classes, code)).thenComparing(Comparator.naturalOrder()));
        students.forEach((id, student) -> pupilsByClass.computeIfAbsent(classOf.get(id), k -> new ArrayList<>())
                .add(student));
        List<SuccessReport.PupilLine> pupils = new ArrayList<>();
        Map<String, Rate> byClass = new LinkedHashMap<>();
        Map<String, Rate> byGrade = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
        Rate total = Rate.NONE;
        for (Map.Entry<String, List<Student>> inClass : pupilsByClass.entrySet()) {
            for (Student student : StudentOrder.sort(inClass.getValue())) {
                Outcome standing = Outcome.standing(outcomes.get(student.personId()));
                Rate one = Rate.of(standing);
                pupils.add(new SuccessReport.PupilLine(inClass.getKey(), student, pupilMarks.get(student.personId()),
                        standing));
                byClass.merge(inClass.getKey(), one, Rate::plus);
                Optional.ofNullable(classes.get(inClass.getKey()))
                        .ifPresent(c -> byGrade.merge(String.valueOf(c.grade()), one, Rate::plus));
                total = total.plus(one);
            }
        }
        Programme programme = Programme.of(school);
        return new SuccessReport(scope, period, asOf, counting, total, pupils, lines(byJournal, journalNames::get),
                lines(byClass, code -> code), lines(byGrade, code -> code),
                lines(bySubject, programme::subjectName), lines(byTeacher, school.structure()::staffName));
    }

    private static int rank(Map<String, SchoolClass> classes, String code) {
        SchoolClass schoolClass = classes.get(code);
        return schoolClass == null ? Integer.MAX_VALUE : schoolClass.grade();
    }

    private static List<SuccessReport.Line> lines(Map<String, Rate> rates,
            UnaryOperator<String> name) {
        return rates.entrySet().stream().map(e -> new SuccessReport.Line(e.getKey(), name.apply(e.getKey()), e.getValue()))
                .toList();
    }
}
