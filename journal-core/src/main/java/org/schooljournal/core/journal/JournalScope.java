package org.schooljournal.core.journal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.schooljournal.core.access.JournalParties;
import org.schooljournal.core.forecast.RoundingRule;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.StudyGroup;
import org.schooljournal.core.programme.TimetableEntry;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.roster.StudentOrder;
import org.schooljournal.core.school.SchoolClass;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.rules.calendar.EducationLevel;
import org.schooljournal.rules.calendar.LessonTime;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.rules.calendar.StudyPeriod;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.programme.Programme;

/**
 * What a journal covers in its school: its classes (the class, or a group's base classes, whose
 * bells it follows), its students on a date, its lessons (the timetable's entries of its subject,
 * moved by reschedules, LES-1, LES-5), its teacher (the teaching load, YR-7) and its study periods.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JournalScope {

    private final SchoolState school;
    private final JournalKey key;
    private final List<String> classCodes;
    private final int grade;
    private final Optional<StudyGroup> group;
    private final Optional<Supplier<SchoolCalendar>> calendar;

    private JournalScope(SchoolState school, JournalKey key, List<String> classCodes, int grade,
            Optional<StudyGroup> group, Optional<Supplier<SchoolCalendar>> calendar) {
        this.school = school;
        this.key = key;
        this.classCodes = classCodes;
        this.grade = grade;
        this.group = group;
        this.calendar = calendar;
    }

    /**
     * Returns the scope of a journal for a command, with the calendar of the school's rules, which
     * the engine keeps for the school's state instead of building it again.
     *
     * @throws NotFoundException if the holder is neither a class nor a group, or the subject is unknown
     */
    static JournalScope of(JournalContext context, JournalKey key, Object command) {
        return of(context.school(), key, command, Optional.of(() -> context.rules().calendar()));
    }

    /**
     * Returns the scope of a journal.
     *
     * @param command the command or query asking, named in errors
     * @throws NotFoundException if the holder is neither a class nor a group, or the subject is unknown
     */
    public static JournalScope of(SchoolState school, JournalKey key, Object command) {
        return of(school, key, command, Optional.empty());
    }

    private static JournalScope of(SchoolState school, JournalKey key, Object command,
            Optional<Supplier<SchoolCalendar>> calendar) {
        if (Programme.of(school).subject(key.subjectCode()).isEmpty()) {
            throw NotFoundException.of(command, "journal", key, "has no subject " + key.subjectCode()
                    + " in school " + school.schoolId());
        }
        Optional<SchoolClass> schoolClass = school.structure().schoolClass(key.holderCode());
        if (schoolClass.isPresent()) {
            return new JournalScope(school, key, List.of(key.holderCode()), schoolClass.get().grade(), Optional.empty(),
                    calendar);
        }
        StudyGroup group = Programme.of(school).group(key.holderCode()).orElseThrow(() -> NotFoundException.of(command,
                "journal", key, "names neither a class nor a study group of school " + school.schoolId()));
        return new JournalScope(school, key, group.baseClassCodes(), group.grade(), Optional.of(group), calendar);
    }

    /** Returns the journal. */
    public JournalKey key() {
        return key;
    }

    /**
     * Returns the rounding rule of the school's forecasts (MRK-11): the school's own setting, or
     * the default from .50.
     */
    RoundingRule forecastRounding() {
        return school.settings().forecastRoundingOrDefault();
    }

    /** Returns whom the rights to the journal depend on: its teacher, substitutes and classes (ACC-2, ACC-3, LES-5). */
    public JournalParties parties(JournalState journal) {
        return new JournalParties(key.toString(), teacher(), Set.copyOf(journal.substitutions().values()), classCodes);
    }

    /** Returns the class, or the group's base classes. */
    public List<String> classCodes() {
        return classCodes;
    }

    /** Returns the teacher of the journal's subject in its class or group (YR-7), if assigned. */
    public Optional<String> teacher() {
        return Programme.of(school).teacherOf(key.holderCode(), key.subjectCode());
    }

    /**
     * Returns the journal's students on a date, in alphabetical order (ROS-3): the class's; a
     * group's one student on an individual curriculum; the students of a group's base classes for
     * other groups (group membership is not kept yet).
     */
    public List<Student> students(LocalDate date) {
        if (group.isPresent() && group.get().studentId().isPresent()) {
            return Roster.of(school).student(group.get().studentId().get()).stream().toList();
        }
        Map<String, Student> students = new LinkedHashMap<>();
        for (String classCode : classCodes) {
            Roster.of(school).studentsIn(classCode, date).forEach(s -> students.put(s.personId(), s));
        }
        return StudentOrder.sort(students.values());
    }

    /**
     * Returns whether the student belongs to the journal on the date: is in one of its classes
     * that day, or is the one student of its individual-curriculum group. Cheaper than
     * {@link #students}: no list, no sorting.
     */
    public boolean hasStudent(String studentId, LocalDate date) {
        if (group.isPresent() && group.get().studentId().isPresent()) {
            return group.get().studentId().get().equals(studentId);
        }
        return Roster.of(school).classOf(studentId, date).filter(classCodes::contains).isPresent();
    }

    /** Returns the school's calendar. */
    public SchoolCalendar calendar(Object command) {
        if (calendar.isPresent()) {
            return calendar.get().get();
        }
        return school.structure().calendar(school.profile().orElseThrow().zone()).orElseThrow(() ->
                InvalidCommandException.of(command, "schoolId", school.schoolId(), "has no academic year set (YR-1)"));
    }

    /**
     * Returns the time of a lesson of the journal: a timetable entry of its subject in that slot
     * on that weekday not moved away, or a lesson moved there (LES-5), on a school day.
     *
     * @throws InvalidCommandException naming the lesson if the journal has no such lesson
     */
    public LessonTime lesson(JournalState journal, LessonRef lesson, Object command) {
        boolean movedHere = journal.reschedules().containsValue(lesson);
        boolean movedAway = journal.reschedules().containsKey(lesson);
        Optional<TimetableEntry> entry = Programme.of(school).timetableEntry(key.holderCode(),
                lesson.date().getDayOfWeek(), lesson.slot());
        boolean timetabled = entry.filter(e -> e.subjectCode().equals(key.subjectCode())).isPresent();
        if (movedAway || !(timetabled || movedHere)) {
            throw InvalidCommandException.of(command, "lesson", lesson, "is no lesson of journal " + key
                    + (movedAway ? ": it was moved to " + journal.reschedules().get(lesson)
                            : ": the timetable has no " + key.subjectCode() + " in that slot on "
                                    + lesson.date().getDayOfWeek()));
        }
        try {
            return calendar(command).lesson(classCodes.get(0), lesson.date(), lesson.slot());
        } catch (IllegalArgumentException e) {
            throw InvalidCommandException.of(command, "lesson", lesson, e.getMessage());
        }
    }

    /**
     * Returns the journal's lessons from one date to another, both included, in order: the
     * timetable's lessons of its subject on its school days, moved by reschedules (LES-5).
     */
    public List<LessonRef> lessons(JournalState journal, LocalDate from, LocalDate to, SchoolCalendar calendar) {
        java.util.TreeSet<LessonRef> lessons = new java.util.TreeSet<>();
        List<TimetableEntry> subjectEntries = Programme.of(school).timetableOf(key.holderCode()).stream()
                .filter(entry -> entry.subjectCode().equals(key.subjectCode())).toList();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (!calendar.isSchoolDay(classCodes.get(0), date)) {
                continue;
            }
            for (TimetableEntry entry : subjectEntries) {
                if (entry.day() == date.getDayOfWeek()) {
                    lessons.add(new LessonRef(date, entry.slot()));
                }
            }
        }
        lessons.removeAll(journal.reschedules().keySet());
        journal.reschedules().values().stream().filter(l -> !l.date().isBefore(from) && !l.date().isAfter(to))
                .forEach(lessons::add);
        return List.copyOf(lessons);
    }

    /**
     * Returns the end of the class's timetabled lessons that day (LES-4): the last lesson of the
     * timetable of the journal's class and of the groups drawn from it, or of this journal's
     * lessons moved to that day; empty when it has none.
     */
    public Optional<LocalTime> endOfTimetabledLessons(JournalState journal, LocalDate date, SchoolCalendar calendar) {
        String classCode = classCodes.get(0);
        java.util.Set<String> holders = new java.util.HashSet<>();
        holders.add(classCode);
        Programme.of(school).groups().values().stream().filter(g -> g.drawsFrom(classCode))
                .forEach(g -> holders.add(g.code()));
        java.util.stream.IntStream slots = java.util.stream.IntStream.concat(
                Programme.of(school).timetable().stream()
                        .filter(e -> holders.contains(e.holderCode()) && e.day() == date.getDayOfWeek()
                                && e.kind() == ActivityKind.LESSON)
                        .mapToInt(TimetableEntry::slot),
                journal.reschedules().values().stream().filter(l -> l.date().equals(date)).mapToInt(LessonRef::slot));
        return slots.boxed().flatMap(slot -> calendar.classSchedule(classCode).bells()
                        .slot(date.getDayOfWeek(), slot).stream())
                .map(org.schooljournal.rules.calendar.LessonSlot::end)
                .max(LocalTime::compareTo);
    }

    /** Returns the weekly hours of the journal's subject in the curriculum of its class or group (YR-6), if set. */
    public Optional<java.math.BigDecimal> weeklyHours() {
        return Programme.of(school).curriculum(key.holderCode())
                .flatMap(c -> Optional.ofNullable(c.weeklyHours().get(key.subjectCode())));
    }

    /** Returns the hours of the calendar-thematic plan of the journal (LES-2), if set. */
    public java.util.OptionalInt plannedHours() {
        return Programme.of(school).thematicPlan(key.holderCode(), key.subjectCode())
                .map(plan -> java.util.OptionalInt.of(plan.topics().stream().mapToInt(t -> t.hours()).sum()))
                .orElse(java.util.OptionalInt.empty());
    }

    /** Returns the study periods of the journal's grade, in order of their first day. */
    public List<StudyPeriod> periods() {
        EducationLevel level = EducationLevel.ofGrade(grade);
        return school.structure().studyPeriods().stream().filter(p -> p.appliesTo(level))
                .sorted(Comparator.comparing(StudyPeriod::firstDay)).toList();
    }

    /** Returns the non-year period the date lies in, if any (a quarter, trimester or semester). */
    public Optional<StudyPeriod> periodOf(LocalDate date) {
        return periods().stream().filter(p -> p.kind() != PeriodKind.YEAR)
                .filter(p -> p.contains(date)).findFirst();
    }

    /** Returns the study period, such as the first quarter, if the journal's grade has it. */
    public Optional<StudyPeriod> period(PeriodRef period) {
        return periods().stream().filter(p -> PeriodRef.of(p).equals(period)).findFirst();
    }
}
