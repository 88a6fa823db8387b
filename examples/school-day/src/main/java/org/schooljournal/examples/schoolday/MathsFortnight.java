package org.schooljournal.examples.schoolday;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.AssignHomework;
import org.schooljournal.core.journal.CorrectEntry;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.Journal;
import org.schooljournal.core.journal.JournalCommand;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalPage;
import org.schooljournal.core.journal.LessonKind;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.RecordAbsence;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.RecordTopic;
import org.schooljournal.core.journal.SetPeriodMark;
import org.schooljournal.core.journal.SpecialMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.programme.ControlWork;
import org.schooljournal.core.programme.ScheduleControlWork;
import org.schooljournal.core.programme.ThematicPlan;
import org.schooljournal.core.programme.TimetableEntry;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.core.programme.Programme;

/**
 * The last fortnight of the first quarter in 5А's mathematics journal, Monday 13 to Friday
 * 24 October 2025, kept through the engine as the school's people would keep it, on the example's
 * clock moved from entry to entry; a seeded {@link Random} draws who is absent, who is asked and
 * what they get, so every run keeps the same fortnight:
 * <ul>
 *   <li>on Tuesday 7 October the deputy head puts a control work on the 14th on the control-work
 *       schedule (YR-10);</li>
 *   <li>at each lesson the teacher the teaching load names (YR-7) records the topic — the plan's
 *       topic of that hour ({@link PlanPosition}, LES-2) — and the absences, mostly within ATT-2's
 *       20 minutes, at some lessons later, so recorded late; gives a few students marks for oral
 *       answers, class work or homework, four to seven a lesson, the least asked first (MRK-2); and sets homework, during
 *       the lesson or after 5А's lessons, within LES-4's 1.5 hours but once in the evening, late;</li>
 *   <li>one student is ill until Tuesday 21 October; another's «н» of the 13th becomes «б» on the
 *       15th, when the guardian brings a certificate (MRK-10);</li>
 *   <li>the control work of the 14th is marked on Saturday the 18th, its fourth day, so late
 *       (MRK-3), for every student present, with weight 2;</li>
 *   <li>on Friday 24 October, after the start of the quarter's last lesson (MRK-7), every student
 *       gets the quarter mark the forecast predicts (MRK-11), and the ill student, who missed most of
 *       the fortnight, «н/а»; the last mark closes the quarter (MRK-9).</li>
 * </ul>
 *
 * <p>The control work of the 24th, on the schedule since September, is written but not marked: its
 * marks would be due within 3 days (MRK-3), but the quarter's marks are due the same day and close
 * the quarter (MRK-7, MRK-9), after which its teacher may not record in it — the regulation's limits
 * collide for a control work on a period's last day, and the school would schedule it earlier.
 *
 * <p>The fortnight is kept once: a journal that has entries, from an earlier run on the same
 * database, is left as it is, so a second run appends nothing and prints the same. A fortnight cut
 * short by the end of a run is not completed either: it is printed as far as it got, with the
 * quarter still open.
 *
 * <p>Not thread-safe.
 */
final class MathsFortnight {

    static final String CLASS = FifthGrade.CLASS;
    static final JournalKey JOURNAL = new JournalKey(CLASS, Subjects.MATHS);
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 10, 13);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 10, 24);
    static final PeriodRef QUARTER = PeriodRef.of(PeriodKind.QUARTER, 1);
    /** The control work the deputy head adds to the schedule a week before. */
    static final LocalDate CONTROL_WORK = LocalDate.of(2025, 10, 14);
    /** The day the forecast is read, before the quarter marks. */
    static final LocalDate FORECAST_DAY = LocalDate.of(2025, 10, 23);
    /** The line of 5А's list of the student who is ill until {@link #ILL_UNTIL}. */
    static final int ILL_LINE = 8;
    /** The line of 5А's list of the student whose «н» of the first day is corrected to «б». */
    static final int EXCUSED_LINE = 3;
    static final LocalDate ILL_UNTIL = LocalDate.of(2025, 10, 21);
    static final String CERTIFICATE = "справка из поликлиники № 2 от 14.10.2025";

    private static final long SEED = 2510L;
    /** When the deputy head adds the control work: 10:00 of Tuesday 7 October 2025 in Yugra. */
    private static final Instant SCHEDULED_AT = Instant.parse("2025-10-07T05:00:00Z");
    private static final int CONTROL_WORK_WEIGHT = 2;
    private static final double ABSENCE_ODDS = 0.06;
    private static final double LATE_REGISTER_ODDS = 0.15;
    /** The lesson, from 0, whose absences are always recorded late: Wednesday 15 October. */
    private static final int LATE_REGISTER_LESSON = 2;
    /** The lesson, from 0, whose homework is set in the evening, late: Thursday 23 October. */
    private static final int LATE_HOMEWORK_LESSON = 8;

    private final YugraSchool school;
    private final SchoolCalendar calendar;
    private final SchoolRules rules;
    private final String teacher;
    private final Random random = new Random(SEED);
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Integer> levels = new HashMap<>();
    private final Map<String, Integer> marks = new HashMap<>();
    private final Map<String, Integer> missed = new HashMap<>();

    /** Something done at an instant; steps at the same instant keep the order they were planned in. */
    private record Step(Instant at, Runnable action) {
    }

    private MathsFortnight(YugraSchool school) {
        this.school = school;
        this.calendar = school.calendar();
        this.rules = SchoolRules.of(school.engine().schools().ruleSet(), calendar);
        this.teacher = teacherOf(school.state());
    }

    /**
     * Keeps the fortnight, unless the journal has entries already; leaves the clock where it was.
     */
    static void keep(YugraSchool school) {
        if (!journal(school).state().entries().isEmpty()) {
            return;
        }
        Instant before = school.clock().instant();
        try {
            new MathsFortnight(school).plan().run();
        } finally {
            school.clock().set(before);
        }
    }

    /** Returns the mathematics teacher of 5А, whom the teaching load names. */
    static String teacherOf(SchoolState state) {
        return Programme.of(state).teacherOf(CLASS, Subjects.MATHS).orElseThrow();
    }

    /** Returns the journal as its teacher reads it. */
    static Journal journal(YugraSchool school) {
        return school.engine().journals().read(Actor.of(teacherOf(school.state())), YugraSchool.ID, JOURNAL);
    }

    private MathsFortnight plan() {
        steps.add(new Step(SCHEDULED_AT, () -> school.execute(YugraSchool.DEPUTY_HEAD,
                new ScheduleControlWork(YugraSchool.ID, CLASS, Subjects.MATHS, CONTROL_WORK, "контрольная работа"))));
        JournalPage page = journal(school).page(FIRST_DAY, LAST_DAY);
        List<Student> students = page.rows().stream().map(JournalPage.Row::student).toList();
        students.forEach(s -> levels.put(s.personId(), level()));
        List<LessonRef> lessons = page.lessons().stream().map(JournalPage.Lesson::lesson).toList();
        for (int i = 0; i < lessons.size(); i++) {
            lesson(i, lessons.get(i), students);
        }
        periodMarks(students, lessons.size());
        return this;
    }

    private void lesson(int index, LessonRef lesson, List<Student> students) {
        LessonTime time = calendar.lesson(CLASS, lesson.date(), lesson.slot());
        Instant start = calendar.instant(lesson.date(), time.start());
        boolean controlWork = controlWorkDates().contains(lesson.date());
        at(start.plus(minutes(1 + random.nextInt(3))), () -> topic(lesson, controlWork));
        List<Student> present = absences(index, lesson, start, students);
        if (lesson.date().equals(CONTROL_WORK)) {
            controlWorkMarks(lesson, present);
        } else if (!controlWork) {
            lessonMarks(lesson, start, present);
        }
        homework(index, lesson, time);
    }

    private void topic(LessonRef lesson, boolean controlWork) {
        ThematicPlan plan = Programme.of(school.state()).thematicPlan(CLASS, Subjects.MATHS).orElseThrow();
        PlanPosition position = PlanPosition.of(journal(school), plan, SchoolYear.YEAR.firstDay(), lesson).orElseThrow();
        record(new RecordTopic(YugraSchool.ID, JOURNAL, lesson, position.topic(),
                controlWork ? LessonKind.CONTROL_WORK : LessonKind.LESSON));
    }

    /** Plans the lesson's absences; returns who is present. */
    private List<Student> absences(int index, LessonRef lesson, Instant start, List<Student> students) {
        boolean late = index == LATE_REGISTER_LESSON || random.nextDouble() < LATE_REGISTER_ODDS;
        Instant registered = start.plus(minutes(late ? 21 + random.nextInt(25) : 3 + random.nextInt(14)));
        List<Student> present = new ArrayList<>();
        for (int line = 1; line <= students.size(); line++) {
            Student student = students.get(line - 1);
            Optional<AbsenceCode> absence = absence(line, lesson);
            if (absence.isEmpty()) {
                present.add(student);
                continue;
            }
            missed.merge(student.personId(), 1, Integer::sum);
            AbsenceCode code = absence.get();
            Instant when = registered;
            at(when, () -> record(new RecordAbsence(YugraSchool.ID, JOURNAL, lesson, student.personId(), code)));
            registered = registered.plusSeconds(15);
            if (line == EXCUSED_LINE && lesson.date().equals(FIRST_DAY)) {
                at(calendar.instant(FIRST_DAY.plusDays(2), LocalTime.of(16, 20)), () -> excuse(lesson, student));
            }
        }
        return present;
    }

    /** Returns the student's absence from the lesson, if absent: drawn, but fixed for the two students the printout follows. */
    private Optional<AbsenceCode> absence(int line, LessonRef lesson) {
        if (line == ILL_LINE) {
            return lesson.date().isAfter(ILL_UNTIL) ? Optional.empty() : Optional.of(AbsenceCode.ILLNESS);
        }
        if (line == EXCUSED_LINE && lesson.date().equals(FIRST_DAY)) {
            return Optional.of(AbsenceCode.UNEXCUSED);
        }
        if (random.nextDouble() >= ABSENCE_ODDS) {
            return Optional.empty();
        }
        double code = random.nextDouble();
        return Optional.of(code < 0.45 ? AbsenceCode.UNEXCUSED : code < 0.85 ? AbsenceCode.ILLNESS : AbsenceCode.EXCUSED);
    }

    /** The teacher corrects the «н» to «б» when the guardian brings the certificate. */
    private void excuse(LessonRef lesson, Student student) {
        int number = journal(school).state().presentEntry(EntryKind.ATTENDANCE, lesson, Optional.of(student.personId()))
                .orElseThrow().number();
        record(CorrectEntry.absence(YugraSchool.ID, new EntryRef(JOURNAL, number), AbsenceCode.ILLNESS, CERTIFICATE));
    }

    /** Plans marks for four to seven present students, those asked least so far first. */
    private void lessonMarks(LessonRef lesson, Instant start, List<Student> present) {
        List<Student> order = new ArrayList<>(present);
        Collections.shuffle(order, random);
        order.sort(Comparator.comparingInt(s -> marks.getOrDefault(s.personId(), 0)));
        int count = Math.min(order.size(), 4 + random.nextInt(4));
        Instant at = start.plus(minutes(12 + random.nextInt(10)));
        for (Student student : order.subList(0, count)) {
            double kind = random.nextDouble();
            WorkKind work = kind < 0.5 ? WorkKind.ORAL : kind < 0.85 ? WorkKind.CLASSWORK : WorkKind.HOMEWORK;
            Mark mark = mark(student);
            Instant when = at;
            at(when, () -> record(RecordMark.of(YugraSchool.ID, JOURNAL, lesson, student.personId(), mark, work)));
            at = at.plus(minutes(2 + random.nextInt(5)));
        }
    }

    /** Plans the control work's marks, on its fourth day: late by MRK-3. */
    private void controlWorkMarks(LessonRef lesson, List<Student> present) {
        Instant at = calendar.instant(lesson.date().plusDays(4), LocalTime.of(11, 0));
        for (Student student : present) {
            Mark mark = mark(student);
            Instant when = at;
            at(when, () -> record(RecordMark.of(YugraSchool.ID, JOURNAL, lesson, student.personId(), mark,
                    WorkKind.CONTROL_WORK).withWeight(CONTROL_WORK_WEIGHT)));
            at = at.plusSeconds(40);
        }
    }

    /**
     * Plans the homework: during the lesson, or within 1.5 hours after 5А's lessons (LES-4); once
     * in the evening, late.
     */
    private void homework(int index, LessonRef lesson, LessonTime time) {
        Instant lessonEnd = calendar.instant(lesson.date(), time.end());
        Instant due = rules.limit(new Entry.Homework(time)).closesAt().orElseThrow();
        Instant at;
        if (index == LATE_HOMEWORK_LESSON) {
            at = due.plus(Duration.ofHours(4)).plus(minutes(random.nextInt(40)));
        } else if (random.nextDouble() < 0.4) {
            at = lessonEnd.minus(minutes(2 + random.nextInt(4)));
        } else {
            Instant after = endOfLessons(lesson.date());
            Instant until = Collections.min(List.of(due, after.plus(Duration.ofMinutes(90))));
            at = after.plus(minutes(5 + random.nextInt((int) Duration.between(after, until).toMinutes() - 15)));
        }
        int paragraph = 9 + index / 2;
        int exercise = 300 + 7 * index + random.nextInt(3);
        String content = "п. " + paragraph + ", № " + exercise + ", " + (exercise + 2 + random.nextInt(3));
        at(at, () -> record(new AssignHomework(YugraSchool.ID, JOURNAL, lesson, Optional.empty(), content,
                Optional.empty())));
    }

    /**
     * Plans the quarter marks for the afternoon of its last day: the forecast's mark, read then, or
     * «н/а» for a student who missed more than half the fortnight's lessons or has no mark to count.
     */
    private void periodMarks(List<Student> students, int lessons) {
        Instant at = calendar.instant(LAST_DAY, LocalTime.of(15, 30));
        for (Student student : students) {
            boolean missedMost = missed.getOrDefault(student.personId(), 0) * 2 > lessons;
            Instant when = at;
            at(when, () -> {
                String mark = missedMost ? SpecialMark.NOT_ASSESSED.code()
                        : journal(school).forecast(student.personId(), QUARTER).predictedMark().stream()
                                .mapToObj(String::valueOf).findFirst().orElse(SpecialMark.NOT_ASSESSED.code());
                record(new SetPeriodMark(YugraSchool.ID, JOURNAL, QUARTER, student.personId(), Mark.of(mark)));
            });
            at = at.plusSeconds(30);
        }
    }

    private void run() {
        steps.sort(Comparator.comparing(Step::at));
        for (Step step : steps) {
            school.clock().set(step.at());
            step.action().run();
        }
    }

    /**
     * Returns when 5А's last lesson of the day ends by its timetable: LES-4's 1.5 hours run from
     * it. (The engine counts them from the last slot of the class's bell schedule, which is later
     * on days with fewer lessons, so homework set by this instant is on time either way.)
     */
    private Instant endOfLessons(LocalDate date) {
        int last = Programme.of(school.state()).timetableOf(CLASS).stream()
                .filter(e -> e.day() == date.getDayOfWeek()).mapToInt(TimetableEntry::slot).max().orElseThrow();
        return calendar.instant(date, calendar.lesson(CLASS, date, last).end());
    }

    /** Returns the days of mathematics control works of 5А: those on the schedule and the one to be added. */
    private Set<LocalDate> controlWorkDates() {
        Set<LocalDate> dates = new TreeSet<>();
        dates.add(CONTROL_WORK);
        Programme.of(school.state()).controlWorksOf(CLASS).stream()
                .filter(w -> w.subjectCode().equals(Subjects.MATHS)).map(ControlWork::date).forEach(dates::add);
        return dates;
    }

    /** Returns a student's usual mark: 5 for some, 4 for most, 3 for a quarter of them. */
    private int level() {
        double draw = random.nextDouble();
        return draw < 0.3 ? 5 : draw < 0.75 ? 4 : 3;
    }

    /** Returns a mark around the student's usual one, from 2 to 5, and counts it. */
    private Mark mark(Student student) {
        marks.merge(student.personId(), 1, Integer::sum);
        double draw = random.nextDouble();
        int change = draw < 0.15 ? -1 : draw < 0.8 ? 0 : 1;
        return Mark.of(String.valueOf(Math.max(2, Math.min(5, levels.get(student.personId()) + change))));
    }

    private void at(Instant at, Runnable action) {
        steps.add(new Step(at, action));
    }

    private void record(JournalCommand command) {
        school.execute(teacher, command);
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
