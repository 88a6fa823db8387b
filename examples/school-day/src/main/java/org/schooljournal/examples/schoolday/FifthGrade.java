package org.schooljournal.examples.schoolday;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.core.programme.ActivityKind;
import org.schooljournal.core.programme.AddStudyGroup;
import org.schooljournal.core.programme.AddTimetableEntry;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.CurriculumProfile;
import org.schooljournal.core.programme.GroupKind;
import org.schooljournal.core.programme.ScheduleControlWork;
import org.schooljournal.core.programme.SetCurriculumHours;
import org.schooljournal.core.programme.SetThematicPlan;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.programme.Programme;

/**
 * The programme of grade 5 as far as the deputy head has got on 3 September (YR-5…YR-10): the
 * curriculum of 5А, 5Б and 5В; 5А complete — its 26 students learn English in two halves, it has
 * a thematic plan of every subject, a week's timetable and a control work in mathematics on the
 * last day of the first quarter; 5Б and 5В have their teachers but no plans or timetable yet, and
 * 5В has no English teacher: the post is vacant.
 */
final class FifthGrade {

    static final String CLASS = "5А";
    static final String ENGLISH_1 = "5А-англ-1";
    static final String ENGLISH_2 = "5А-англ-2";
    static final LocalDate CONTROL_WORK = LocalDate.of(2025, 10, 24);

    /** The weekly hours of grade 5, 25 a week. */
    private static final Map<String, Integer> HOURS = hours();

    /** 5А's week: the subjects of lessons 1, 2, 3… of each day. */
    private static final Map<DayOfWeek, List<String>> WEEK = new EnumMap<>(Map.of(
            MONDAY, List.of(Subjects.RUSSIAN, Subjects.MATHS, Subjects.ENGLISH, Subjects.HISTORY, Subjects.PE),
            TUESDAY, List.of(Subjects.MATHS, Subjects.RUSSIAN, Subjects.LITERATURE, Subjects.BIOLOGY, Subjects.LABOUR),
            WEDNESDAY, List.of(Subjects.RUSSIAN, Subjects.MATHS, Subjects.GEOGRAPHY, Subjects.ENGLISH, Subjects.YUGRA),
            THURSDAY, List.of(Subjects.MATHS, Subjects.RUSSIAN, Subjects.LITERATURE, Subjects.LABOUR),
            FRIDAY, List.of(Subjects.HISTORY, Subjects.MATHS, Subjects.RUSSIAN, Subjects.ENGLISH, Subjects.LITERATURE,
                    Subjects.PE)));

    /** Where 5А learns each subject; English in two rooms, one for each half. */
    private static final Map<String, String> ROOMS = Map.of(
            Subjects.RUSSIAN, Rooms.RUSSIAN, Subjects.LITERATURE, Rooms.RUSSIAN, Subjects.MATHS, Rooms.MATHS,
            Subjects.HISTORY, Rooms.HISTORY, Subjects.YUGRA, Rooms.GEOGRAPHY, Subjects.GEOGRAPHY, Rooms.GEOGRAPHY,
            Subjects.BIOLOGY, Rooms.BIOLOGY, Subjects.LABOUR, Rooms.WORKSHOP, Subjects.PE, Rooms.GYM);

    private final YugraSchool school;
    private final Staff staff;

    private FifthGrade(YugraSchool school, Staff staff) {
        this.school = school;
        this.staff = staff;
    }

    /** Sets the programme of grade 5 up, as the deputy head. */
    static void setUp(YugraSchool school, Staff staff) {
        FifthGrade grade = new FifthGrade(school, staff);
        for (String classCode : List.of("5А", "5Б", "5В")) {
            grade.curriculum(classCode);
        }
        grade.fifthA();
        grade.load("5Б", 4, 0, 1, 1);
        grade.teach("5Б", Subjects.ENGLISH, staff.teacher(Subjects.ENGLISH, 3));
        grade.load("5В", 5, 4, 1, 1);
    }

    /**
     * Returns whether the programme of grade 5 is set up as {@link #setUp} leaves it, which ends
     * the school's set-up: 5В has its teacher of «Югроведение», the last command's effect.
     */
    static boolean isSetUp(SchoolState state) {
        return Programme.of(state).teacherOf("5В", Subjects.YUGRA).isPresent();
    }

    private void fifthA() {
        execute(new AddStudyGroup(YugraSchool.ID, ENGLISH_1, GroupKind.HALF_CLASS, List.of(CLASS), 5, ""));
        execute(new AddStudyGroup(YugraSchool.ID, ENGLISH_2, GroupKind.HALF_CLASS, List.of(CLASS), 5, ""));
        load(CLASS, 0, 0, 0, 0);
        teach(ENGLISH_1, Subjects.ENGLISH, staff.teacher(Subjects.ENGLISH, 1));
        teach(ENGLISH_2, Subjects.ENGLISH, staff.teacher(Subjects.ENGLISH, 2));
        HOURS.keySet().stream().filter(subject -> !subject.equals(Subjects.ENGLISH)).forEach(subject ->
                execute(new SetThematicPlan(YugraSchool.ID, CLASS, subject, FifthGradePlans.TOPICS.get(subject))));
        for (String group : List.of(ENGLISH_1, ENGLISH_2)) {
            execute(new SetThematicPlan(YugraSchool.ID, group, Subjects.ENGLISH,
                    FifthGradePlans.TOPICS.get(Subjects.ENGLISH)));
        }
        WEEK.forEach((day, subjects) -> {
            for (int slot = 1; slot <= subjects.size(); slot++) {
                lesson(day, slot, subjects.get(slot - 1));
            }
        });
        execute(new ScheduleControlWork(YugraSchool.ID, CLASS, Subjects.MATHS, CONTROL_WORK, "контрольная работа"));
    }

    private void lesson(DayOfWeek day, int slot, String subject) {
        if (subject.equals(Subjects.ENGLISH)) {
            entry(ENGLISH_1, day, slot, subject, Rooms.ENGLISH_1);
            entry(ENGLISH_2, day, slot, subject, Rooms.ENGLISH_2);
        } else {
            entry(CLASS, day, slot, subject, ROOMS.get(subject));
        }
    }

    private void entry(String holder, DayOfWeek day, int slot, String subject, String room) {
        String teacher = Programme.of(school.state()).teacherOf(holder, subject).orElseThrow();
        execute(new AddTimetableEntry(YugraSchool.ID, holder, day, slot, ActivityKind.LESSON, subject, teacher, room));
    }

    private void curriculum(String classCode) {
        Map<String, BigDecimal> weekly = new LinkedHashMap<>();
        HOURS.forEach((subject, hours) -> weekly.put(subject, BigDecimal.valueOf(hours)));
        execute(new SetCurriculumHours(YugraSchool.ID, classCode, CurriculumProfile.UNIVERSAL, weekly));
    }

    /**
     * Gives the class its teachers, each by its number among the teachers of its speciality: the
     * Russian teacher teaches literature too, and a geography teacher «Югроведение»; history,
     * geography and biology have one teacher for all of grade 5.
     */
    private void load(String classCode, int russian, int maths, int labourAndPe, int yugra) {
        String russianTeacher = staff.teacher(Subjects.RUSSIAN, russian);
        teach(classCode, Subjects.RUSSIAN, russianTeacher);
        teach(classCode, Subjects.LITERATURE, russianTeacher);
        teach(classCode, Subjects.MATHS, staff.teacher(Subjects.MATHS, maths));
        teach(classCode, Subjects.HISTORY, staff.teacher(Subjects.HISTORY, 0));
        teach(classCode, Subjects.GEOGRAPHY, staff.teacher(Subjects.GEOGRAPHY, 0));
        teach(classCode, Subjects.BIOLOGY, staff.teacher(Subjects.BIOLOGY, 0));
        teach(classCode, Subjects.LABOUR, staff.teacher(Subjects.LABOUR, labourAndPe));
        teach(classCode, Subjects.PE, staff.teacher(Subjects.PE, labourAndPe));
        teach(classCode, Subjects.YUGRA, staff.teacher(Subjects.GEOGRAPHY, yugra));
    }

    private void teach(String holder, String subject, String teacher) {
        execute(new AssignTeachingLoad(YugraSchool.ID, teacher, subject, holder));
    }

    private void execute(SchoolCommand command) {
        school.execute(YugraSchool.DEPUTY_HEAD, command);
    }

    private static Map<String, Integer> hours() {
        Map<String, Integer> hours = new LinkedHashMap<>();
        hours.put(Subjects.RUSSIAN, 5);
        hours.put(Subjects.LITERATURE, 3);
        hours.put(Subjects.ENGLISH, 3);
        hours.put(Subjects.MATHS, 5);
        hours.put(Subjects.HISTORY, 2);
        hours.put(Subjects.GEOGRAPHY, 1);
        hours.put(Subjects.BIOLOGY, 1);
        hours.put(Subjects.LABOUR, 2);
        hours.put(Subjects.PE, 2);
        hours.put(Subjects.YUGRA, 1);
        return hours;
    }
}
