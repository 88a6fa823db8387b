package org.schooljournal.core.reports;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The counts of the control of the journals (REP-5, A2-head 14) over some dates, in its eight
 * directions, for a journal or summed over a teacher's, a class's or the school's journals. Every
 * count is of what the journals held at the report's instant, values of a compromised account left
 * out (PD-4); late entries are counted apart from those a declared technical failure caused
 * (ARC-7).
 *
 * <ol>
 *   <li><b>Lessons recorded on time</b> (LES-2): {@code lessonsDue} — the timetable's lessons of
 *       the dates that had ended by the report's instant; {@code lessonsGiven} — those with a
 *       topic; {@code lessonsRecordedLater} — those whose topic was entered after the lesson's day
 *       had ended. The regulation sets no deadline for a topic (journal-rules' {@code TopicRule});
 *       the lesson's day is the measure here, not a rule.</li>
 *   <li><b>Marks on time</b> (MRK-2…4): {@code marks} — the present current marks of the dates'
 *       lessons; {@code marksLate}, {@code marksLateByFailure} — those entered late.</li>
 *   <li><b>Density of marks</b> («наполняемость отметок»): {@code pupilLessons} — each given
 *       lesson counted once per student of the journal that day, so that {@link
 *       #marksPerPupilLesson()} is marks per student per lesson; {@code pupilPeriods} — the
 *       students counted in the study periods that end within the dates, {@code pupilsWithFewMarks}
 *       those with fewer current marks in the period than the report's minimum.</li>
 *   <li><b>Attendance recorded</b> (ATT-1, ATT-2): {@code lessonsWithAbsences}, {@code absences},
 *       {@code absencesLate}, {@code absencesLateByFailure}. A roll call with everyone present
 *       records nothing (ATT-1), so a given lesson without absences may be one nobody missed.</li>
 *   <li><b>Programme covered</b> (YR-8, LES-2): {@code plannedHours} and {@code plannedTopics} of the
 *       calendar-thematic plans (КТП); {@code lessonsOnPlan} — the given lessons whose topic is
 *       one of the plan's; {@code plannedTopicsCovered} — the plan's topics given at least once.</li>
 *   <li><b>Homework filled</b> (LES-3, LES-4): {@code homeworkFilled} — given lessons with homework
 *       for the whole class; {@code homeworkLate}, {@code homeworkLateByFailure}.</li>
 *   <li><b>Homework volume fit for the age</b>: neither the regulation nor the rule sets give a
 *       norm of volume, and homework carries no measure of it (LES-3: its content and manner), so
 *       nothing is counted; the deputy reads the homework itself.</li>
 *   <li><b>Substituted and missed lessons</b> (LES-5): {@code lessonsSubstituted} — due lessons with
 *       a substitute; {@link #lessonsNotGiven()} — due lessons without a topic: not given, or
 *       given and not recorded.</li>
 * </ol>
 * {@code lateEntries} and {@code lateByFailure} count every late entry of the dates, of any kind.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param lessonsDue the timetable's lessons of the dates that had ended
 * @param lessonsGiven the due lessons with a topic
 * @param lessonsRecordedLater the given lessons whose topic was entered after the lesson's day
 * @param lessonsSubstituted the due lessons with a substitute
 * @param marks the present current marks of the dates' lessons
 * @param marksLate the marks entered late by their author
 * @param marksLateByFailure the marks late because of a declared technical failure
 * @param pupilLessons the students of the journal summed over the given lessons
 * @param pupilPeriods the students counted in the periods that end within the dates
 * @param pupilsWithFewMarks those of them with fewer marks in the period than the minimum
 * @param lessonsWithAbsences the given lessons with at least one absence
 * @param absences the present absences of the dates' lessons
 * @param absencesLate the absences entered late by their author
 * @param absencesLateByFailure the absences late because of a declared technical failure
 * @param plannedHours the hours of the journals' calendar-thematic plans
 * @param plannedTopics the topics of those plans
 * @param plannedTopicsCovered the plans' topics given at least once within the dates
 * @param lessonsOnPlan the given lessons whose topic is one of the plan's
 * @param homeworkFilled the given lessons with homework for the whole class
 * @param homeworkLate the homework entered late by its author
 * @param homeworkLateByFailure the homework late because of a declared technical failure
 * @param lateEntries the entries of any kind entered late by their author
 * @param lateByFailure the entries of any kind late because of a declared technical failure
 */
public record ControlCounts(
        int lessonsDue, int lessonsGiven, int lessonsRecordedLater, int lessonsSubstituted,
        int marks, int marksLate, int marksLateByFailure,
        long pupilLessons, int pupilPeriods, int pupilsWithFewMarks,
        int lessonsWithAbsences, int absences, int absencesLate, int absencesLateByFailure,
        int plannedHours, int plannedTopics, int plannedTopicsCovered, int lessonsOnPlan,
        int homeworkFilled, int homeworkLate, int homeworkLateByFailure,
        int lateEntries, int lateByFailure) {

    /** Nothing counted. */
    public static final ControlCounts NONE = new ControlCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0);

    /** Returns these counts and the other's, summed. */
    public ControlCounts plus(ControlCounts other) {
        return new ControlCounts(lessonsDue + other.lessonsDue, lessonsGiven + other.lessonsGiven,
                lessonsRecordedLater + other.lessonsRecordedLater, lessonsSubstituted + other.lessonsSubstituted,
                marks + other.marks, marksLate + other.marksLate, marksLateByFailure + other.marksLateByFailure,
                pupilLessons + other.pupilLessons, pupilPeriods + other.pupilPeriods,
                pupilsWithFewMarks + other.pupilsWithFewMarks, lessonsWithAbsences + other.lessonsWithAbsences,
                absences + other.absences, absencesLate + other.absencesLate,
                absencesLateByFailure + other.absencesLateByFailure, plannedHours + other.plannedHours,
                plannedTopics + other.plannedTopics, plannedTopicsCovered + other.plannedTopicsCovered,
                lessonsOnPlan + other.lessonsOnPlan, homeworkFilled + other.homeworkFilled,
                homeworkLate + other.homeworkLate, homeworkLateByFailure + other.homeworkLateByFailure,
                lateEntries + other.lateEntries, lateByFailure + other.lateByFailure);
    }

    /** Returns the due lessons without a topic: not given, or given and not recorded. */
    public int lessonsNotGiven() {
        return lessonsDue - lessonsGiven;
    }

    /** Returns the share of due lessons given, in percent with one decimal; empty with no lesson due. */
    public Optional<BigDecimal> givenPercent() {
        return Percent.of(lessonsGiven, lessonsDue);
    }

    /** Returns the marks per student per given lesson, with two decimals; empty with no lesson given. */
    public Optional<BigDecimal> marksPerPupilLesson() {
        return Percent.ratio(marks, pupilLessons);
    }

    /** Returns the share of given lessons with homework, in percent with one decimal; empty with none given. */
    public Optional<BigDecimal> homeworkPercent() {
        return Percent.of(homeworkFilled, lessonsGiven);
    }

    /** Returns the share of the plans' topics given, in percent with one decimal; empty without a plan. */
    public Optional<BigDecimal> plannedTopicsPercent() {
        return Percent.of(plannedTopicsCovered, plannedTopics);
    }
}
