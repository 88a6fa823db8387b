package org.schooljournal.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.DiaryRights;
import org.schooljournal.core.access.JournalRights;
import org.schooljournal.core.access.SchoolRights;
import org.schooljournal.core.diary.DiaryStates;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalScope;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.JournalStates;
import org.schooljournal.core.journal.Journals;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.printout.Printouts;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.school.SchoolClass;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.SchoolStates;
import org.schooljournal.core.validation.Dates;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * The reports facet of the engine: the administration's and the homeroom teacher's read models
 * over a school's journals, each a fold of journals and the school's state, read when asked, with
 * its access rule from {@link org.schooljournal.core.access}: the summary sheet (MRK-12), the
 * missed lessons (ATT-3), a journal's lesson statistics (MRK-14) and the set-up report (YR-11).
 * Each leaves out the values a compromised account entered after the head and support were
 * informed (PD-4).
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.reports()}.
 */
public final class Reports {

    private final Log log;
    private final SchoolStates schools;
    private final JournalStates journals;
    private final DiaryStates diaries;

    /** Creates the facet. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Reports(Log log, SchoolStates schools, JournalStates journals, DiaryStates diaries) {
        this.log = Objects.requireNonNull(log, "log");
        this.schools = Objects.requireNonNull(schools, "schools");
        this.journals = Objects.requireNonNull(journals, "journals");
        this.diaries = Objects.requireNonNull(diaries, "diaries");
    }

    /**
     * Returns the summary sheet of a class (MRK-12): every student's period and year marks in
     * every subject, read from the journals as they are now.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the administration nor the class's
     *     homeroom teacher (ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the class does not exist
     */
    public SummarySheet summarySheet(Actor reader, String schoolId, String classCode) {
        return summarySheet(reader, schoolId, classCode, log.now());
    }

    /**
     * Returns the summary sheet of a class as of an instant: with the class list of that day
     * within the academic year, and the marks as the journals held them then, what was recorded
     * after it not seen (ARC-2: the sheet archived when the year's accounting closes).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the administration nor the class's
     *     homeroom teacher (ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the class does not exist
     */
    public SummarySheet summarySheet(Actor reader, String schoolId, String classCode, Instant asOf) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, SummarySheet.class);
        SchoolClass schoolClass = classOf(school, classCode, SummarySheet.class);
        JournalRights.requireClassReader(reader, school, classCode, "the summary sheet");
        Dates.requireInstant(SummarySheet.class, "asOf", asOf);
        SchoolState then = then(school, asOf);
        return SummarySheet.of(then, schoolClass, journals.statesOf(then, classCode, asOf), asOf);
    }

    /**
     * Returns the lessons and days the students of a class missed from one date to another, both
     * included: a month, a period, the year (ATT-3).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the administration nor the class's
     *     homeroom teacher (ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the class does not exist,
     *     VALIDATION if the dates are reversed, outside the dates the journal keeps or more than
     *     {@value Dates#MAX_READ_DAYS} days apart ({@link Dates})
     */
    public AttendanceReport attendance(Actor reader, String schoolId, String classCode, LocalDate from, LocalDate to) {
        return attendance(reader, schoolId, classCode, from, to, log.now());
    }

    /**
     * Returns the lessons and days the students of a class missed from one date to another, both
     * included (ATT-3), as the journals held them at an instant: what was recorded after it is not seen.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the administration nor the class's
     *     homeroom teacher (ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the class does not exist,
     *     VALIDATION if the dates or the instant are out of range ({@link Dates})
     */
    public AttendanceReport attendance(Actor reader, String schoolId, String classCode, LocalDate from, LocalDate to,
            Instant asOf) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, AttendanceReport.class);
        classOf(school, classCode, AttendanceReport.class);
        JournalRights.requireClassReader(reader, school, classCode, "the attendance report");
        SchoolState then = asOf(school, from, to, asOf, AttendanceReport.class);
        return AttendanceReport.of(then, classCode, journals.statesOf(then, classCode, asOf),
                schools.rules(then).calendar(), from, to);
    }

    /**
     * Returns how timely the guardians of a class's students were informed (REP-7): every
     * notification queued for them from one date to another, both included, sent or not, and read
     * or not, read from the log as it is now.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the administration nor the class's
     *     homeroom teacher (ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the class does not exist,
     *     VALIDATION if the dates are out of range ({@link Dates})
     */
    public InformingReport informing(Actor reader, String schoolId, String classCode, LocalDate from, LocalDate to) {
        return informing(reader, schoolId, classCode, from, to, log.now());
    }

    /**
     * Returns how timely the guardians of a class's students were informed (REP-7), as the log
     * held it at an instant: a notification sent or read after it is seen pending or unread.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the administration nor the class's
     *     homeroom teacher (ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the class does not exist,
     *     VALIDATION if the dates or the instant are out of range ({@link Dates})
     */
    public InformingReport informing(Actor reader, String schoolId, String classCode, LocalDate from, LocalDate to,
            Instant asOf) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, InformingReport.class);
        classOf(school, classCode, InformingReport.class);
        JournalRights.requireClassReader(reader, school, classCode, "the report of informing guardians");
        SchoolState then = asOf(school, from, to, asOf, InformingReport.class);
        return Informing.of(then, classCode, journals.statesOf(then, classCode, asOf),
                student -> diaries.state(schoolId, student, asOf), from, to, asOf);
    }

    /**
     * Returns the statistics of a journal's lessons given against the timetable and the plan, by
     * kind of lesson, and of its marks (MRK-14), from one date to another, both included.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader may not read the journal (ACC-2, ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school, class, group or
     *     subject does not exist, VALIDATION if the dates are reversed, outside the dates the
     *     journal keeps or more than {@value Dates#MAX_READ_DAYS} days apart ({@link Dates})
     */
    public LessonStatistics statistics(Actor reader, String schoolId, JournalKey key, LocalDate from, LocalDate to) {
        return statistics(reader, schoolId, key, from, to, log.now());
    }

    /**
     * Returns the statistics of a journal's lessons and marks (MRK-14) from one date to another,
     * both included, as the journal held them at an instant: what was recorded after it is not seen.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader may not read the journal (ACC-2, ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school, class, group or
     *     subject does not exist, VALIDATION if the dates or the instant are out of range ({@link Dates})
     */
    public LessonStatistics statistics(Actor reader, String schoolId, JournalKey key, LocalDate from, LocalDate to,
            Instant asOf) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, LessonStatistics.class);
        JournalScope scope = JournalScope.of(school, key, LessonStatistics.class);
        JournalRights.requireRead(reader, school, scope.parties(journals.markedState(school, key)));
        SchoolState then = asOf(school, from, to, asOf, LessonStatistics.class);
        JournalScope thenScope = JournalScope.of(then, key, LessonStatistics.class);
        return LessonStatistics.of(thenScope, journals.markedState(then, key, asOf), schools.rules(then).calendar(),
                from, to);
    }

    /**
     * Returns the report on the school's set-up of its year (YR-11): what is missing, and whether
     * the deadline of the school's effective rule set (the region's YR-11 rule, or the school's own
     * {@code yearSetupDueBefore}) has passed.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is not the administration (ACC-4)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered,
     *     CONFIGURATION if its recorded settings do not fit the region's rule set
     */
    public SetupReport setup(Actor reader, String schoolId) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, SetupReport.class);
        SchoolRights.requireAdministration(reader, school, "read", "the set-up report of school " + schoolId);
        return SetupReport.of(school, schools.ruleSet(school), log.now());
    }

    /**
     * Returns the school's success rate and quality for a period (REP-1) as of an instant: per
     * pupil, journal, class, parallel, subject and teacher, and in total.
     *
     * @param counting how «осв», «н/а», «безотм» and deferred marks count ({@link ResultCounting#DEFAULT})
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is not the administration (ACC-4)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered,
     *     VALIDATION if the instant is out of range ({@link Dates#requireInstant})
     */
    public SuccessReport success(Actor reader, String schoolId, PeriodRef period, ResultCounting counting,
            Instant asOf) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, SuccessReport.class);
        SchoolRights.requireAdministration(reader, school, "read", "the success report of school " + schoolId);
        SchoolState then = asOf(school, period, counting, asOf);
        return SuccessRates.of(schoolId, then, schoolJournals(then, asOf), period, counting, asOf, classCode -> true);
    }

    /**
     * Returns a class's success rate and quality for a period (REP-1) as of an instant: its
     * pupils' marks in the journals of the class and of the groups made from it.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the
     *     administration nor the class's homeroom teacher (ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the class does not
     *     exist, VALIDATION if the instant is out of range
     */
    public SuccessReport success(Actor reader, String schoolId, String classCode, PeriodRef period,
            ResultCounting counting, Instant asOf) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, SuccessReport.class);
        classOf(school, classCode, SuccessReport.class);
        JournalRights.requireClassReader(reader, school, classCode, "the success report");
        SchoolState then = asOf(school, period, counting, asOf);
        return SuccessRates.of(classCode, then, classJournals(then, classCode, asOf), period, counting, asOf,
                classCode::equals);
    }

    /**
     * Returns a journal's success rate and quality for a period (REP-1) as of an instant.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader may not read the journal (ACC-2, ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school, class, group or
     *     subject does not exist, VALIDATION if the instant is out of range
     */
    public SuccessReport success(Actor reader, String schoolId, JournalKey key, PeriodRef period,
            ResultCounting counting, Instant asOf) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, SuccessReport.class);
        JournalScope scope = JournalScope.of(school, key, SuccessReport.class);
        JournalRights.requireRead(reader, school, scope.parties(journals.markedState(school, key)));
        SchoolState then = asOf(school, period, counting, asOf);
        return SuccessRates.of(key.toString(), then, Map.of(key, journals.markedState(then, key, asOf)), period,
                counting, asOf, classCode -> true);
    }

    /**
     * Returns the lessons a class's pupils missed with their topics (REP-3), or their
     * unsatisfactory marks with the topics (REP-4), from one date to another, as of an instant.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the
     *     administration nor the class's homeroom teacher (ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the class does not
     *     exist, VALIDATION if the dates or the instant are out of range ({@link Dates})
     */
    public TopicsReport topics(Actor reader, String schoolId, TopicsReport.Kind kind, String classCode, LocalDate from,
            LocalDate to, Instant asOf) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(kind, "kind");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, TopicsReport.class);
        classOf(school, classCode, TopicsReport.class);
        JournalRights.requireClassReader(reader, school, classCode, "the topics report");
        SchoolState then = asOf(school, from, to, asOf, TopicsReport.class);
        Roster roster = Roster.of(then);
        return Topics.of(kind, classCode, then, classJournals(then, classCode, asOf), from, to, asOf,
                student -> roster.classOf(student, to).or(() -> roster.currentClassOf(student))
                        .filter(classCode::equals).isPresent());
    }

    /**
     * Returns the lessons one pupil missed with their topics (REP-3), or their unsatisfactory marks
     * with the topics (REP-4), from one date to another, as of an instant: for the pupil's
     * guardians (DRY-2), the class's homeroom teacher and the administration.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException unless the reader is one of the
     *     pupil's guardians, the homeroom teacher of the pupil's class or the administration
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the pupil does not
     *     exist, VALIDATION if the dates or the instant are out of range ({@link Dates})
     */
    public TopicsReport pupilTopics(Actor reader, String schoolId, TopicsReport.Kind kind, String studentId,
            LocalDate from, LocalDate to, Instant asOf) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(kind, "kind");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, TopicsReport.class);
        Roster roster = Roster.of(school);
        roster.student(studentId).orElseThrow(() -> NotFoundException.of(TopicsReport.class, "studentId", studentId,
                "is not a student of school " + school.schoolId()));
        String classCode = roster.classOf(studentId, to).or(() -> roster.currentClassOf(studentId)).orElse("—");
        DiaryRights.requireExtractReader(reader, school, roster, studentId, classCode);
        SchoolState then = asOf(school, from, to, asOf, TopicsReport.class);
        return Topics.of(kind, studentId, then, classJournals(then, classCode, asOf), from, to, asOf,
                studentId::equals);
    }

    /**
     * Returns the results of the school's control works from one date to another (REP-2), as of
     * an instant.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is not the administration (ACC-4)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered,
     *     VALIDATION if the dates or the instant are out of range ({@link Dates})
     */
    public ControlWorkReport controlWorks(Actor reader, String schoolId, LocalDate from, LocalDate to, Instant asOf) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, ControlWorkReport.class);
        SchoolRights.requireAdministration(reader, school, "read", "the control works of school " + schoolId);
        SchoolState then = asOf(school, from, to, asOf, ControlWorkReport.class);
        return ControlWorks.of(schoolId, then, schoolJournals(then, asOf), from, to, asOf);
    }

    /**
     * Returns the results of a class's control works, and of the groups made from it, from one
     * date to another (REP-2), as of an instant.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the
     *     administration nor the class's homeroom teacher (ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the class does not
     *     exist, VALIDATION if the dates or the instant are out of range ({@link Dates})
     */
    public ControlWorkReport controlWorks(Actor reader, String schoolId, String classCode, LocalDate from, LocalDate to,
            Instant asOf) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, ControlWorkReport.class);
        classOf(school, classCode, ControlWorkReport.class);
        JournalRights.requireClassReader(reader, school, classCode, "the control works report");
        SchoolState then = asOf(school, from, to, asOf, ControlWorkReport.class);
        return ControlWorks.of(classCode, then, classJournals(then, classCode, asOf), from, to, asOf);
    }

    /**
     * Returns the fulfilment of the school's curricula from one date to another (REP-6), for all
     * profiles, as of an instant.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is not the administration (ACC-4)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered,
     *     VALIDATION if the dates or the instant are out of range ({@link Dates})
     */
    public CurriculumReport curriculum(Actor reader, String schoolId, LocalDate from, LocalDate to, Instant asOf) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, CurriculumReport.class);
        SchoolRights.requireAdministration(reader, school, "read", "the curriculum report of school " + schoolId);
        SchoolState then = asOf(school, from, to, asOf, CurriculumReport.class);
        return CurriculumFulfilment.of(then, schoolJournals(then, asOf), schools.rules(then).calendar(), from, to, asOf);
    }

    /**
     * Returns the analysis of a class's current and final results (REP-9): per period, each
     * pupil's average and standing with its change, each subject's and teacher's results, the
     * class's; as of an instant.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the
     *     administration nor the class's homeroom teacher (ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the class does not
     *     exist, VALIDATION if the instant is out of range ({@link Dates})
     */
    public ResultsAnalysis analysis(Actor reader, String schoolId, String classCode, Instant asOf) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, ResultsAnalysis.class);
        SchoolClass schoolClass = classOf(school, classCode, ResultsAnalysis.class);
        JournalRights.requireClassReader(reader, school, classCode, "the analysis of results");
        Dates.requireInstant(ResultsAnalysis.class, "asOf", asOf);
        SchoolState then = then(school, asOf);
        return Analysis.of(classCode, then, classJournals(then, classCode, asOf), ClassPeriods.of(then, schoolClass),
                asOf);
    }

    /** Returns the journals of a class and of the groups made from it, as of an instant. */
    private Map<JournalKey, JournalState> classJournals(SchoolState then, String classCode, Instant asOf) {
        Map<JournalKey, JournalState> states = new LinkedHashMap<>(journals.statesOf(then, classCode, asOf));
        Programme.of(then).groups().values().stream().filter(g -> g.baseClassCodes().contains(classCode))
                .forEach(group -> states.putAll(journals.statesOf(then, group.code(), asOf)));
        return states;
    }

    /** Checks a report's dates and instant, and returns the school's state as of the instant. */
    private SchoolState asOf(SchoolState school, LocalDate from, LocalDate to, Instant asOf, Class<?> asking) {
        Dates.requireReadRange(asking, from, to);
        Dates.requireInstant(asking, "asOf", asOf);
        return then(school, asOf);
    }

    /** Checks a report's period, counting and instant, and returns the school's state as of the instant. */
    private SchoolState asOf(SchoolState school, PeriodRef period, ResultCounting counting, Instant asOf) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(counting, "counting");
        Dates.requireInstant(SuccessReport.class, "asOf", asOf);
        return then(school, asOf);
    }

    /** Returns the journals of the school's classes, then of its groups, as of an instant. */
    private Map<JournalKey, JournalState> schoolJournals(SchoolState then, Instant asOf) {
        List<String> holders = new ArrayList<>(then.structure().classes().keySet());
        holders.addAll(Programme.of(then).groups().keySet());
        Map<JournalKey, JournalState> states = new LinkedHashMap<>();
        for (String holder : holders) {
            states.putAll(journals.statesOf(then, holder, asOf));
        }
        return states;
    }

    /**
     * Returns the control of the completeness and timeliness of all the school's journals (REP-5,
     * A2-head 14) from one date to another, both included, as the journals stood at an instant:
     * what was recorded after it is left out, so that a report of last March reads the same next
     * year; an instant after now reads the journals as they are now.
     *
     * @param minimumMarks the fewest current marks a student should have in a period before the
     *     period mark, 1 to {@value JournalControl#MAX_MINIMUM_MARKS}
     *     ({@value JournalControl#DEFAULT_MINIMUM_MARKS} by the schools' common practice)
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is not the administration (ACC-4)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered,
     *     VALIDATION if the dates are reversed, out of range or more than {@value Dates#MAX_READ_DAYS}
     *     days apart, the instant is out of range, or the minimum is out of its bounds
     */
    public JournalControl control(Actor reader, String schoolId, LocalDate from, LocalDate to, Instant asOf,
            int minimumMarks) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, JournalControl.class);
        SchoolRights.requireAdministration(reader, school, "read", "the control of the journals of school " + schoolId);
        Instant at = requireControl(from, to, asOf, minimumMarks);
        SchoolState then = then(school, at);
        return control(then, schoolJournals(then, at), from, to, at, minimumMarks);
    }

    /**
     * Returns the control of the journals of a class (REP-5): its own and those of the groups made
     * from it, from one date to another, both included, as of an instant ({@link #control}).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the
     *     administration nor the class's homeroom teacher (ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school or the class does not
     *     exist, VALIDATION as {@link #control}
     */
    public JournalControl classControl(Actor reader, String schoolId, String classCode, LocalDate from, LocalDate to,
            Instant asOf, int minimumMarks) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, JournalControl.class);
        classOf(school, classCode, JournalControl.class);
        JournalRights.requireClassReader(reader, school, classCode, "the control of the journals");
        Instant at = requireControl(from, to, asOf, minimumMarks);
        SchoolState then = then(school, at);
        return control(then, classJournals(then, classCode, at), from, to, at, minimumMarks);
    }

    /**
     * Returns the control of one journal (REP-5) from one date to another, both included, as of an
     * instant ({@link #control}).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader may not read the
     *     journal: neither its teacher, a substitute in it, a homeroom teacher of its classes nor
     *     the administration (ACC-2, ACC-3)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school, class, group or
     *     subject does not exist, VALIDATION as {@link #control}
     */
    public JournalControl journalControl(Actor reader, String schoolId, JournalKey key, LocalDate from, LocalDate to,
            Instant asOf, int minimumMarks) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(key, "key");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, JournalControl.class);
        JournalScope scope = JournalScope.of(school, key, JournalControl.class);
        JournalRights.requireRead(reader, school, scope.parties(journals.markedState(school, key)));
        Instant at = requireControl(from, to, asOf, minimumMarks);
        SchoolState then = then(school, at);
        return control(then, Map.of(key, journals.markedState(then, key, at)), from, to, at, minimumMarks);
    }

    /**
     * Returns the control of a teacher's journals (REP-5) — those of the subjects the teaching load
     * gives them (YR-7) — from one date to another, both included, as of an instant ({@link
     * #control}). The administration reads any teacher's; a subject teacher their own.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the reader is neither the
     *     administration (ACC-4) nor the teacher reading their own journals (ACC-2)
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered or the
     *     teacher is not on its staff, VALIDATION as {@link #control}
     */
    public JournalControl teacherControl(Actor reader, String schoolId, String teacherId, LocalDate from,
            LocalDate to, Instant asOf, int minimumMarks) {
        Objects.requireNonNull(reader, "reader");
        SchoolState school = schools.registeredFor(reader, "read", schoolId, JournalControl.class);
        if (teacherId == null || !school.structure().staff().containsKey(teacherId)) {
            throw NotFoundException.of(JournalControl.class, "teacherId", teacherId,
                    "is not on the staff of school " + schoolId);
        }
        if (teacherId.equals(reader.personId())) {
            teachersJournals(school, teacherId).forEach(key -> JournalRights.requireRead(reader, school,
                    JournalScope.of(school, key, JournalControl.class).parties(journals.markedState(school, key))));
        } else {
            SchoolRights.requireAdministration(reader, school, "read", "the control of the journals of teacher "
                    + teacherId + " of school " + schoolId);
        }
        Instant at = requireControl(from, to, asOf, minimumMarks);
        SchoolState then = then(school, at);
        Map<JournalKey, JournalState> states = new LinkedHashMap<>();
        teachersJournals(then, teacherId).forEach(key -> states.put(key, journals.markedState(then, key, at)));
        return control(then, states, from, to, at, minimumMarks);
    }

    /** Returns the journals whose subject the teaching load gives the teacher (YR-7), in the school's order. */
    private static List<JournalKey> teachersJournals(SchoolState school, String teacherId) {
        List<String> holders = new ArrayList<>(school.structure().classes().keySet());
        holders.addAll(Programme.of(school).groups().keySet());
        List<JournalKey> keys = new ArrayList<>();
        holders.forEach(holder -> Journals.keysOf(school, holder).stream()
                .filter(key -> Programme.of(school).teacherOf(key.holderCode(), key.subjectCode())
                        .filter(teacherId::equals).isPresent())
                .forEach(keys::add));
        return keys;
    }

    /** Checks the control's dates, instant and minimum, and returns the instant to read as of: now at the latest. */
    private Instant requireControl(LocalDate from, LocalDate to, Instant asOf, int minimumMarks) {
        Dates.requireReadRange(JournalControl.class, from, to);
        Dates.requireInstant(JournalControl.class, "asOf", asOf);
        if (minimumMarks < 1 || minimumMarks > JournalControl.MAX_MINIMUM_MARKS) {
            throw new InvalidCommandException(JournalControl.class.getSimpleName(), List.of(
                    new InvalidCommandException.Violation("minimumMarks", String.valueOf(minimumMarks),
                            "must be from 1 to " + JournalControl.MAX_MINIMUM_MARKS + " marks in a period")));
        }
        Instant now = log.now();
        return asOf.isAfter(now) ? now : asOf;
    }

    /** Folds the journals' states as of the instant into the control. */
    private JournalControl control(SchoolState then, Map<JournalKey, JournalState> states, LocalDate from,
            LocalDate to, Instant at, int minimumMarks) {
        SchoolCalendar calendar = schools.rules(then).calendar();
        Headcount headcount = new Headcount(then);
        List<JournalControl.Row> rows = new ArrayList<>();
        states.forEach((key, state) -> rows.add(ControlFold.of(then, JournalScope.of(then, key, JournalControl.class),
                state, calendar, from, to, at, minimumMarks, headcount)));
        return JournalControl.of(from, to, at, minimumMarks, rows, Printouts.due(then, schools.rules(then)));
    }

    /**
     * Returns the school's state as of an instant.
     *
     * @throws NotFoundException if the school was not registered then
     */
    private SchoolState then(SchoolState school, Instant asOf) {
        SchoolState then = schools.asOf(school, asOf);
        if (!then.registered()) {
            throw NotFoundException.of(Reports.class, "asOf", asOf, "is before school " + school.schoolId()
                    + " was registered");
        }
        return then;
    }

    private static SchoolClass classOf(SchoolState school, String classCode, Class<?> asking) {
        return school.structure().schoolClass(classCode).orElseThrow(() -> NotFoundException.of(asking, "classCode",
                classCode, "is not a class of school " + school.schoolId()));
    }
}
