package org.schooljournal.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.rules.ruleset.RuleId;

/**
 * Something the regulation puts a time limit on, with the context the limit is computed from: an
 * absence, a mark, the topic or the homework of a lesson, a work's marks, period marks, published
 * results, a report, a print or a disposal. Each kind names the rule that governs it. What belongs
 * to a lesson opens at the lesson's start: who was absent and what marks were earned cannot be
 * known before; a topic or homework planned ahead opens as early as the rule set allows.
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
public sealed interface Entry {

    /** Returns the rule that sets this entry's time limit. */
    RuleId rule();

    /** ATT-2: an absence («н», «б», «ну») of a lesson. */
    record Attendance(LessonTime lesson) implements Entry {
        /** Checks the lesson is given. */
        public Attendance {
            Objects.requireNonNull(lesson, "lesson");
        }

        @Override
        public RuleId rule() {
            return RuleId.ATT_2;
        }
    }

    /** MRK-2: the current marks of a lesson. */
    record LessonMarks(LessonTime lesson) implements Entry {
        /** Checks the lesson is given. */
        public LessonMarks {
            Objects.requireNonNull(lesson, "lesson");
        }

        @Override
        public RuleId rule() {
            return RuleId.MRK_2;
        }
    }

    /**
     * LES-2: the topic of a lesson, entered from its start; a topic of the calendar-thematic plan
     * ({@code planned}) may be entered ahead as far as the rule set allows.
     */
    record Topic(LessonTime lesson, boolean planned) implements Entry {
        /** Checks the lesson is given. */
        public Topic {
            Objects.requireNonNull(lesson, "lesson");
        }

        @Override
        public RuleId rule() {
            return RuleId.LES_2;
        }
    }

    /**
     * LES-4: the homework of a lesson, with the end of the class's timetabled lessons that day
     * when the caller knows the timetable; without it, the end of the class's bell schedule that
     * day counts.
     */
    record Homework(LessonTime lesson, Optional<LocalTime> timetabledEnd) implements Entry {
        /** Checks both are given. */
        public Homework {
            Objects.requireNonNull(lesson, "lesson");
            Objects.requireNonNull(timetabledEnd, "timetabledEnd");
        }

        /** Returns the homework of a lesson whose class's timetable is not known. */
        public Homework(LessonTime lesson) {
            this(lesson, Optional.empty());
        }

        @Override
        public RuleId rule() {
            return RuleId.LES_4;
        }
    }

    /**
     * MRK-3: the marks of a control work (внутришкольный контроль) a class wrote that day, with the
     * start of the lesson it was written in when it is known.
     */
    record ControlWorkMarks(String classCode, LocalDate workDate, Optional<LocalTime> workStart) implements Entry {
        /** Checks the parts are given. */
        public ControlWorkMarks {
            Objects.requireNonNull(classCode, "classCode");
            Objects.requireNonNull(workDate, "workDate");
            Objects.requireNonNull(workStart, "workStart");
        }

        /** Returns the marks of a control work whose start is not known: its day opens them. */
        public ControlWorkMarks(String classCode, LocalDate workDate) {
            this(classCode, workDate, Optional.empty());
        }

        /** Returns the marks of a control work written in that lesson. */
        public static ControlWorkMarks of(LessonTime work) {
            return new ControlWorkMarks(work.classCode(), work.date(), Optional.of(work.start()));
        }

        @Override
        public RuleId rule() {
            return RuleId.MRK_3;
        }
    }

    /**
     * MRK-4: the marks of a written work (an essay included) a class wrote that day, with the start
     * of the lesson it was written in when it is known.
     */
    record WrittenWorkMarks(String classCode, LocalDate workDate, Optional<LocalTime> workStart) implements Entry {
        /** Checks the parts are given. */
        public WrittenWorkMarks {
            Objects.requireNonNull(classCode, "classCode");
            Objects.requireNonNull(workDate, "workDate");
            Objects.requireNonNull(workStart, "workStart");
        }

        /** Returns the marks of a written work whose start is not known: its day opens them. */
        public WrittenWorkMarks(String classCode, LocalDate workDate) {
            this(classCode, workDate, Optional.empty());
        }

        /** Returns the marks of a written work written in that lesson. */
        public static WrittenWorkMarks of(LessonTime work) {
            return new WrittenWorkMarks(work.classCode(), work.date(), Optional.of(work.start()));
        }

        @Override
        public RuleId rule() {
            return RuleId.MRK_4;
        }
    }

    /**
     * MRK-7: the period marks of a subject, with the subject's last lesson in the period when it
     * is known.
     */
    record PeriodMarks(StudyPeriod period, Optional<LessonTime> lastLesson) implements Entry {
        /**
         * Checks both are given and the last lesson lies in the period.
         *
         * @throws IllegalArgumentException if the last lesson is outside the period
         */
        public PeriodMarks {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(lastLesson, "lastLesson");
            lastLesson.ifPresent(lesson -> {
                if (!period.contains(lesson.date())) {
                    throw new IllegalArgumentException("lastLesson on " + lesson.date() + " is outside "
                            + period.kind() + " " + period.number() + " (" + period.firstDay() + "–"
                            + period.lastDay() + ")");
                }
            });
        }

        /** Returns the period marks of a subject whose last lesson is not known. */
        public PeriodMarks(StudyPeriod period) {
            this(period, Optional.empty());
        }

        @Override
        public RuleId rule() {
            return RuleId.MRK_7;
        }
    }

    /** MRK-13: publishing final assessment or examination results obtained at that instant. */
    record FinalResults(Instant obtainedAt) implements Entry {
        /** Checks the instant is given. */
        public FinalResults {
            Objects.requireNonNull(obtainedAt, "obtainedAt");
        }

        @Override
        public RuleId rule() {
            return RuleId.MRK_13;
        }
    }

    /** PD-4: reporting a breach of an account's confidentiality discovered at that instant. */
    record CompromiseReport(Instant discoveredAt) implements Entry {
        /** Checks the instant is given. */
        public CompromiseReport {
            Objects.requireNonNull(discoveredAt, "discoveredAt");
        }

        @Override
        public RuleId rule() {
            return RuleId.PD_4;
        }
    }

    /** YR-11: completing the set-up of an academic year (YR-1…YR-10). */
    record YearSetup(AcademicYear year) implements Entry {
        /** Checks the year is given. */
        public YearSetup {
            Objects.requireNonNull(year, "year");
        }

        @Override
        public RuleId rule() {
            return RuleId.YR_11;
        }
    }

    /** ARC-1: printing, binding and sealing the journals of an academic year. */
    record JournalPrint(AcademicYear year) implements Entry {
        /** Checks the year is given. */
        public JournalPrint {
            Objects.requireNonNull(year, "year");
        }

        @Override
        public RuleId rule() {
            return RuleId.ARC_1;
        }
    }

    /** ARC-2: printing, binding and sealing the summary sheets of an academic year. */
    record SummarySheetPrint(AcademicYear year) implements Entry {
        /** Checks the year is given. */
        public SummarySheetPrint {
            Objects.requireNonNull(year, "year");
        }

        @Override
        public RuleId rule() {
            return RuleId.ARC_2;
        }
    }

    /** ARC-1: disposing of a journal whose accounting was closed that day, after its retention. */
    record JournalDisposal(LocalDate closedOn) implements Entry {
        /** Checks the date is given. */
        public JournalDisposal {
            Objects.requireNonNull(closedOn, "closedOn");
        }

        @Override
        public RuleId rule() {
            return RuleId.ARC_1;
        }
    }

    /** ARC-2: disposing of a summary sheet closed that day, after its retention. */
    record SummarySheetDisposal(LocalDate closedOn) implements Entry {
        /** Checks the date is given. */
        public SummarySheetDisposal {
            Objects.requireNonNull(closedOn, "closedOn");
        }

        @Override
        public RuleId rule() {
            return RuleId.ARC_2;
        }
    }
}
