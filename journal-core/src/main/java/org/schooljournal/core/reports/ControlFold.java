package org.schooljournal.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.PeriodCompleteness;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.Revision;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.programme.ThematicPlan;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * Folds one journal into its row of the control of the journals (REP-5): a pure function of the
 * journal's state (values of a compromised account marked, PD-4), its scope in the school and the
 * calendar; {@link ControlCounts} says what each count is.
 */
final class ControlFold {

    private final JournalScope scope;
    private final JournalState journal;
    private final SchoolCalendar calendar;
    private final LocalDate from;
    private final LocalDate to;
    private final Instant asOf;
    private final Headcount headcount;

    private int lessonsDue;
    private int lessonsGiven;
    private int lessonsRecordedLater;
    private int lessonsSubstituted;
    private int marks;
    private int marksLate;
    private int marksLateByFailure;
    private long pupilLessons;
    private int pupilPeriods;
    private int lessonsWithAbsences;
    private int absences;
    private int absencesLate;
    private int absencesLateByFailure;
    private int lessonsOnPlan;
    private int homeworkFilled;
    private int homeworkLate;
    private int homeworkLateByFailure;
    private int lateEntries;
    private int lateByFailure;
    private final Set<String> topicsCovered = new HashSet<>();
    private final List<LateEntry> late = new ArrayList<>();
    private final List<FewMarks> fewMarks = new ArrayList<>();
    private final List<LessonRef> notGiven = new ArrayList<>();

    private ControlFold(JournalScope scope, JournalState journal, SchoolCalendar calendar, LocalDate from,
            LocalDate to, Instant asOf, Headcount headcount) {
        this.scope = scope;
        this.journal = journal;
        this.calendar = calendar;
        this.from = from;
        this.to = to;
        this.asOf = asOf;
        this.headcount = headcount;
    }

    /**
     * Returns the journal's row of the control from one date to another, both included, as of an
     * instant.
     *
     * @param headcount the school's class sizes, shared by the report's journals
     */
    static JournalControl.Row of(SchoolState school, JournalScope scope, JournalState journal, SchoolCalendar calendar,
            LocalDate from, LocalDate to, Instant asOf, int minimumMarks, Headcount headcount) {
        ControlFold fold = new ControlFold(scope, journal, calendar, from, to, asOf, headcount);
        fold.lessons();
        fold.entries();
        fold.density(minimumMarks);
        Optional<ThematicPlan> plan = Programme.of(school).thematicPlan(scope.key().holderCode(),
                scope.key().subjectCode());
        ControlCounts counts = new ControlCounts(fold.lessonsDue, fold.lessonsGiven, fold.lessonsRecordedLater,
                fold.lessonsSubstituted, fold.marks, fold.marksLate, fold.marksLateByFailure, fold.pupilLessons,
                fold.pupilPeriods, fold.fewMarks.size(), fold.lessonsWithAbsences, fold.absences, fold.absencesLate,
                fold.absencesLateByFailure, plan.map(ThematicPlan::totalHours).orElse(0),
                plan.map(p -> p.topics().size()).orElse(0), fold.topicsCovered.size(), fold.lessonsOnPlan,
                fold.homeworkFilled, fold.homeworkLate, fold.homeworkLateByFailure, fold.lateEntries,
                fold.lateByFailure);
        return new JournalControl.Row(scope.key(), scope.teacher(), scope.classCodes(), counts, fold.fewMarks,
                fold.late, fold.notGiven);
    }

    /** Counts the due lessons: given, recorded after their day, substituted, with absences and homework. */
    private void lessons() {
        Map<LocalDate, Integer> pupilsOn = new HashMap<>();
        for (LessonRef lesson : scope.lessons(journal, from, to, calendar)) {
            if (!ended(lesson)) {
                continue;
            }
            lessonsDue++;
            if (journal.substituteOf(lesson).isPresent()) {
                lessonsSubstituted++;
            }
            List<JournalEntry> entries = journal.lessonEntries(lesson);
            Optional<JournalEntry> topic = GivenLessons.topic(entries);
            if (topic.isEmpty()) {
                notGiven.add(lesson);
                continue;
            }
            lessonsGiven++;
            Instant recorded = topic.get().revisions().stream().filter(Revision::valid).findFirst()
                    .orElse(topic.get().original()).recordedAt();
            if (recorded.isAfter(calendar.endOfDay(lesson.date()))) {
                lessonsRecordedLater++;
            }
            topic.get().detail("plannedTopic").filter(planned -> !planned.equals("none")).ifPresent(planned -> {
                lessonsOnPlan++;
                topicsCovered.add(planned);
            });
            pupilLessons += pupilsOn.computeIfAbsent(lesson.date(), date -> headcount.of(scope, date));
            if (entries.stream().anyMatch(e -> e.kind() == EntryKind.ATTENDANCE && e.present())) {
                lessonsWithAbsences++;
            }
            if (entries.stream().anyMatch(e -> e.kind() == EntryKind.HOMEWORK && e.present()
                    && e.studentId().isEmpty())) {
                homeworkFilled++;
            }
        }
    }

    /** Whether the lesson had ended by the report's instant. */
    private boolean ended(LessonRef lesson) {
        Instant end;
        try {
            end = calendar.instant(lesson.date(),
                    calendar.lesson(scope.classCodes().get(0), lesson.date(), lesson.slot()).end());
        } catch (IllegalArgumentException outsideTheBells) {
            end = calendar.endOfDay(lesson.date());
        }
        return !end.isAfter(asOf);
    }

    /** Counts the dates' present marks and absences, and every late entry of the dates, apart by cause. */
    private void entries() {
        ZoneId zone = calendar.zone();
        for (JournalEntry entry : journal.entries(e -> within(e, zone))) {
            if (entry.present() && entry.kind() == EntryKind.MARK) {
                marks++;
            }
            if (entry.present() && entry.kind() == EntryKind.ATTENDANCE) {
                absences++;
            }
            Optional<LateEntry> lateEntry = LateEntry.of(journal.key(), entry);
            if (lateEntry.isEmpty()) {
                continue;
            }
            late.add(lateEntry.get());
            boolean byFailure = lateEntry.get().causedByFailure();
            if (byFailure) {
                lateByFailure++;
            } else {
                lateEntries++;
            }
            switch (entry.kind()) {
                case MARK -> {
                    marksLate += byFailure ? 0 : 1;
                    marksLateByFailure += byFailure ? 1 : 0;
                }
                case ATTENDANCE -> {
                    absencesLate += byFailure ? 0 : 1;
                    absencesLateByFailure += byFailure ? 1 : 0;
                }
                case HOMEWORK -> {
                    homeworkLate += byFailure ? 0 : 1;
                    homeworkLateByFailure += byFailure ? 1 : 0;
                }
                default -> {
                    // counted among all late entries only
                }
            }
        }
    }

    /** Whether an entry belongs to the dates: its lesson's date, or for one without a lesson the day it was made. */
    private boolean within(JournalEntry entry, ZoneId zone) {
        LocalDate date = entry.lesson().map(LessonRef::date)
                .orElseGet(() -> LocalDate.ofInstant(entry.original().recordedAt(), zone));
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Lists the students with fewer marks than the minimum in each period that ends within the dates. */
    private void density(int minimumMarks) {
        List<StudyPeriod> periods = scope.periods().stream().filter(p -> p.kind() != PeriodKind.YEAR
                && !p.lastDay().isBefore(from) && !p.lastDay().isAfter(to)).toList();
        if (periods.isEmpty()) {
            return;
        }
        Map<StudyPeriod, Map<String, Integer>> marksIn = new HashMap<>();
        for (JournalEntry mark : journal.entries(EntryKind.MARK)) {
            if (!mark.present() || mark.lesson().isEmpty() || mark.studentId().isEmpty()) {
                continue;
            }
            LocalDate date = mark.lesson().get().date();
            periods.stream().filter(p -> p.contains(date)).forEach(p -> marksIn.computeIfAbsent(p, q -> new HashMap<>())
                    .merge(mark.studentId().orElseThrow(), 1, Integer::sum));
        }
        for (StudyPeriod period : periods) {
            PeriodRef ref = PeriodRef.of(period);
            Map<String, Integer> byStudent = marksIn.getOrDefault(period, Map.of());
            for (Student student : scope.students(period.lastDay())) {
                pupilPeriods++;
                int count = byStudent.getOrDefault(student.personId(), 0);
                if (count < minimumMarks) {
                    fewMarks.add(new FewMarks(journal.key(), student.personId(), ref.toString(), count,
                            PeriodCompleteness.periodMark(journal, ref, student.personId())
                                    .map(mark -> mark.current().value())));
                }
            }
        }
    }
}
