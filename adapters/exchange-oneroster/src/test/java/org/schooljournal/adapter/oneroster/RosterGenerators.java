package org.schooljournal.adapter.oneroster;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.programme.AddStudyGroup;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.GroupKind;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.LinkGuardian;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.roster.TransferStudent;
import org.schooljournal.core.roster.WithdrawStudent;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.StudyPeriod;

/** The generators of schools' rosters, as the head's commands, and of marks: the module's one home for them. */
final class RosterGenerators {

    private static final String ID = RosterSchool.ID;
    private static final List<String> SURNAMES = List.of("Иванов", "Ёлкина", "Петров-Водкин", "Смирнова", "Д'Артаньян",
            "Кузнецов", "Салтыков-Щедрин", "Ли");
    private static final List<String> NAMES = List.of("Анна", "Пётр", "Ёжик", "Мария Луиза", "Глеб", "Юлия");
    private static final List<String> PATRONYMICS = List.of("", "Сергеевич", "Ивановна", "Оглы");
    private static final List<String> CLASSES = List.of("5А", "6Б", "11В");
    private static final List<String> SUBJECTS = List.of("math", "rus", "hist.2");
    private static final List<String> TITLES = List.of("Математика, алгебра", "Русский язык «\"книжный\"»",
            "История; \"новая\", 'старая'");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);

    private RosterGenerators() {
    }

    /**
     * Returns the head's commands that set up a school: the year with a first study period of a
     * random kind, up to three classes with their homeroom teachers, up to three subjects (titles
     * with commas and quotes) each taught in every class, perhaps a half-class group, an elective
     * across two classes and a pupil's individual curriculum, each with a journal, and up to ten pupils — names with ё,
     * hyphens, apostrophes and spaces — some moved to another class, some withdrawn, some with a
     * guardian, some guardians of two pupils.
     */
    static Gen<List<SchoolCommand>> schools() {
        return in -> {
            List<SchoolCommand> commands = new ArrayList<>();
            commands.add(new SetAcademicYear(ID, new AcademicYear(2026, FIRST_DAY, LocalDate.of(2027, 5, 31))));
            PeriodKind kind = PeriodKind.values()[pick(in, 0, 2)];
            commands.add(new AddStudyPeriod(ID, StudyPeriod.of(kind, 1, FIRST_DAY, LocalDate.of(2026, 10, 30))));
            int classes = pick(in, 1, CLASSES.size());
            int staff = classes + 1;
            for (int t = 0; t < staff; t++) {
                commands.add(new HireStaff(ID, "t-" + t, name(in, SURNAMES), name(in, NAMES), name(in, PATRONYMICS)));
            }
            for (int c = 0; c < classes; c++) {
                String code = CLASSES.get(c);
                commands.add(new OpenClass(ID, code, Integer.parseInt(code.substring(0, code.length() - 1)), "t-" + c));
            }
            int subjects = pick(in, 0, SUBJECTS.size());
            for (int s = 0; s < subjects; s++) {
                commands.add(new AddSubject(ID, SUBJECTS.get(s), TITLES.get(s),
                        SubjectComponent.values()[pick(in, 0, 1)]));
                for (int c = 0; c < classes; c++) {
                    commands.add(new AssignTeachingLoad(ID, "t-" + pick(in, 0, staff - 1), SUBJECTS.get(s),
                            CLASSES.get(c)));
                }
            }
            if (subjects > 0 && pick(in, 0, 1) == 1) {
                String half = CLASSES.get(0) + "-англ-1";
                commands.add(new AddStudyGroup(ID, half, GroupKind.HALF_CLASS, List.of(CLASSES.get(0)), 5, ""));
                commands.add(new AssignTeachingLoad(ID, "t-" + pick(in, 0, staff - 1), SUBJECTS.get(0), half));
            }
            if (subjects > 0 && classes > 1 && pick(in, 0, 1) == 1) {
                commands.add(new AddStudyGroup(ID, "поток.6-11", GroupKind.ELECTIVE, List.of(CLASSES.get(1),
                        CLASSES.get(0)), 6, ""));
                commands.add(new AssignTeachingLoad(ID, "t-0", SUBJECTS.get(subjects - 1), "поток.6-11"));
            }
            int pupils = pick(in, 0, 10);
            for (int p = 0; p < pupils; p++) {
                String id = "s-" + p;
                int home = pick(in, 0, classes - 1);
                LocalDate arrival = FIRST_DAY.plusDays(pick(in, 0, 20));
                commands.add(new EnrolStudent(ID, id, name(in, SURNAMES), name(in, NAMES), name(in, PATRONYMICS),
                        LocalDate.of(2012, 1, 1).plusDays(pick(in, 0, 2000)), CLASSES.get(home), arrival));
                int movement = pick(in, 0, 2);
                LocalDate moved = arrival.plusDays(pick(in, 1, 60));
                if (movement == 1 && classes > 1) {
                    commands.add(new TransferStudent(ID, id, CLASSES.get((home + 1) % classes), moved));
                } else if (movement == 2) {
                    commands.add(new WithdrawStudent(ID, id, moved, "Переезд, «по семейным» обстоятельствам"));
                }
                int guardian = pick(in, 0, 2);
                if (guardian > 0) {
                    commands.add(new RegisterGuardian(ID, "g-" + p, name(in, SURNAMES), name(in, NAMES),
                            name(in, PATRONYMICS), id));
                }
                if (guardian == 2 && p > 0) {
                    commands.add(new LinkGuardian(ID, "g-" + p, "s-" + (p - 1)));
                }
            }
            if (pupils > 0 && subjects > 0 && pick(in, 0, 1) == 1) {
                commands.add(new AddStudyGroup(ID, "иуп-s-0", GroupKind.INDIVIDUAL, List.of(CLASSES.get(0)), 5, "s-0"));
                commands.add(new AssignTeachingLoad(ID, "t-1", SUBJECTS.get(0), "иуп-s-0"));
            }
            return commands;
        };
    }

    /**
     * A current mark to record in 5А's mathematics ({@link RosterSchool#withLessons()}): the pupil,
     * the Monday lesson, the kind of work, the mark, and whether it is entered during the lesson or
     * the next day at 10:00.
     */
    record PlannedMark(String studentId, LocalDate lesson, WorkKind work, int value, boolean nextDay) {

        /** Returns when the mark is entered. */
        LocalDateTime entered() {
            return nextDay ? lesson.plusDays(1).atTime(10, 0) : lesson.atTime(8, 50);
        }
    }

    /**
     * Returns up to one mark for each of two pupils at each of the seven Monday mathematics lessons
     * of 5А in the first quarter (7 September to 19 October), of a random kind of work and value,
     * entered during the lesson or the next day; ordered by when they are entered.
     */
    static Gen<List<PlannedMark>> marks() {
        return in -> {
            List<PlannedMark> marks = new ArrayList<>();
            for (int week = 0; week < 7; week++) {
                LocalDate monday = LocalDate.of(2026, 9, 7).plusWeeks(week);
                for (String student : List.of("s-alekseeva", "s-ivanov")) {
                    if (pick(in, 0, 2) == 0) {
                        marks.add(new PlannedMark(student, monday, WorkKind.values()[pick(in, 0, WorkKind.values().length - 1)],
                                pick(in, 1, 5), pick(in, 0, 1) == 1));
                    }
                }
            }
            marks.sort(Comparator.comparing(PlannedMark::entered));
            return marks;
        };
    }

    private static int pick(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static String name(RandomnessSource in, List<String> names) {
        return names.get(pick(in, 0, names.size() - 1));
    }
}
