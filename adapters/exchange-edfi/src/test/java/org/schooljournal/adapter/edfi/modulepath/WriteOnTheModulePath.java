package org.schooljournal.adapter.edfi.modulepath;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schooljournal.adapter.edfi.ApiBodies;
import org.schooljournal.adapter.edfi.AttendanceCategory;
import org.schooljournal.adapter.edfi.GradeEarned;
import org.schooljournal.adapter.edfi.GradingPeriod;
import org.schooljournal.adapter.edfi.InterchangeWriter;
import org.schooljournal.adapter.edfi.Section;
import org.schooljournal.adapter.edfi.SectionAttendanceEvent;
import org.schooljournal.adapter.edfi.SectionGrade;
import org.schooljournal.core.journal.AbsenceCode;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.rules.calendar.PeriodKind;

/**
 * A host that writes Ed-Fi files, run by {@code ModulePathTest} from the class path while
 * exchange-edfi, journal-core and Jackson are modules on the module path: the grade's description
 * comes from the module's bundle, the XML from the JDK's StAX, the body from Jackson. Its package
 * is not the module's: a class path class in the module's package would be hidden by the module.
 */
public final class WriteOnTheModulePath {

    private WriteOnTheModulePath() {
    }

    /**
     * Writes an attendance and a grade interchange and a grade's body (UTF-8), and prints the writer's module.
     *
     * @param args the folder to write into
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Section section = new Section(255901107L, 2026, "2026/2027", "rus", "5А-rus");
        SectionAttendanceEvent absence = new SectionAttendanceEvent("s-ivanov", section, LocalDate.of(2026, 10, 12),
                AttendanceCategory.of(AbsenceCode.ILLNESS), Optional.of("Болезнь"), Optional.empty());
        SectionGrade grade = new SectionGrade("s-ivanov", section, LocalDate.of(2026, 9, 1),
                new GradingPeriod(255901107L, 2026, PeriodRef.of(PeriodKind.QUARTER, 1)), GradeEarned.of("осв"));
        try (OutputStream out = Files.newOutputStream(folder.resolve("attendance.xml"))) {
            InterchangeWriter.attendance(List.of(absence), out);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve("grades.xml"))) {
            InterchangeWriter.grades(List.of(grade), out);
        }
        Files.writeString(folder.resolve("grade.json"), ApiBodies.grade(grade));
        System.out.println("module: " + InterchangeWriter.class.getModule().getName());
    }
}
