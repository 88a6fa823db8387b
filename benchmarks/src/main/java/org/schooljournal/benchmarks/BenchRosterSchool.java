package org.schooljournal.benchmarks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.schooljournal.adapter.memory.InMemoryEventStore;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.LinkGuardian;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.AssignRole;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.RegisterSchool;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * The roster of a 1 000-pupil school, set up through the engine's commands on an in-memory store:
 * the school {@code OneRosterBenchmark} exports, and an empty school of the same id it imports
 * into. The same shape as adapters/exchange-oneroster's {@code LargeSchoolTest}: 44 classes (grades
 * 1–11, А–Г), {@value #STAFF} staff, {@value #SUBJECTS} subjects taught in every class, the four
 * quarters of 2026/27, {@value #PUPILS} pupils spread over the classes, a guardian per pupil and
 * every other guardian of two pupils (3 285 commands).
 *
 * <p>Not thread-safe.
 */
final class BenchRosterSchool {

    static final String SCHOOL = "86-2000";
    static final int PUPILS = 1_000;
    static final int STAFF = 60;
    static final int SUBJECTS = 15;
    static final Actor ADMIN = Actor.of("admin-01");
    static final Actor HEAD = Actor.of("head-01");

    private static final List<String> LETTERS = List.of("А", "Б", "В", "Г");

    final BenchJournals.SettableClock clock = new BenchJournals.SettableClock(
            BenchJournals.at(LocalDate.of(2026, 8, 24), LocalTime.of(10, 0)));
    final InMemoryEventStore store = new InMemoryEventStore();
    final JournalEngine engine = JournalEngine.builder().eventStore(store).clock(clock).build();
    private int commands;

    private BenchRosterSchool() {
    }

    /** Returns the school registered with its head and nothing else: what an import fills. */
    static BenchRosterSchool empty() {
        BenchRosterSchool school = new BenchRosterSchool();
        school.engine.execute(ADMIN, new RegisterSchool(SCHOOL, "МБОУ «Средняя общеобразовательная школа № 9»",
                BenchJournals.ZONE));
        school.engine.execute(ADMIN, new AssignRole(SCHOOL, HEAD.personId(), Role.HEAD));
        school.commands = 2;
        return school;
    }

    /** Returns the school with its whole roster. */
    static BenchRosterSchool full() {
        BenchRosterSchool school = empty();
        school.run(new SetAcademicYear(SCHOOL,
                new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 26))));
        for (StudyPeriod quarter : BenchYear.QUARTERS) {
            school.run(new AddStudyPeriod(SCHOOL, quarter));
        }
        for (int t = 0; t < STAFF; t++) {
            school.run(new HireStaff(SCHOOL, "t-" + t, "Учителева", "Мария", "Ивановна"));
        }
        for (int s = 0; s < SUBJECTS; s++) {
            school.run(new AddSubject(SCHOOL, "subj-" + s, "Предмет " + s, SubjectComponent.FEDERAL));
        }
        int classes = 0;
        for (int grade = 1; grade <= 11; grade++) {
            for (String letter : LETTERS) {
                String code = grade + letter;
                school.run(new OpenClass(SCHOOL, code, grade, "t-" + classes));
                for (int s = 0; s < SUBJECTS; s++) {
                    school.run(new AssignTeachingLoad(SCHOOL, "t-" + ((classes + s) % STAFF), "subj-" + s, code));
                }
                classes++;
            }
        }
        for (int p = 0; p < PUPILS; p++) {
            int grade = 1 + p % 11;
            String code = grade + LETTERS.get(p / 11 % 4);
            school.run(new EnrolStudent(SCHOOL, "s-" + p, "Ученик", "Пётр", "", LocalDate.of(2019 - grade, 3, 1), code,
                    BenchYear.QUARTERS.get(0).firstDay()));
            school.run(new RegisterGuardian(SCHOOL, "g-" + p, "Родитель", "Анна", "", "s-" + p));
            if (p % 2 == 1) {
                school.run(new LinkGuardian(SCHOOL, "g-" + p, "s-" + (p - 1)));
            }
        }
        return school;
    }

    /** Returns how many commands the set-up executed. */
    int commands() {
        return commands;
    }

    private void run(SchoolCommand command) {
        engine.execute(HEAD, command);
        commands++;
    }
}
