package org.schooljournal.examples.schoolday;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import org.schooljournal.adapter.pdf.AttendanceReportPdf;
import org.schooljournal.adapter.pdf.ClassJournal;
import org.schooljournal.adapter.pdf.ClassJournalPdf;
import org.schooljournal.adapter.pdf.JournalControlPdf;
import org.schooljournal.adapter.pdf.SchoolHeader;
import org.schooljournal.adapter.pdf.SuccessRatePdf;
import org.schooljournal.adapter.pdf.SummarySheetPdf;
import org.schooljournal.adapter.xlsx.AttendanceForm;
import org.schooljournal.adapter.xlsx.InformingForm;
import org.schooljournal.adapter.xlsx.JournalControlForm;
import org.schooljournal.adapter.xlsx.SuccessReportForm;
import org.schooljournal.adapter.xlsx.SummarySheetForm;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.reports.AttendanceReport;
import org.schooljournal.core.reports.InformingReport;
import org.schooljournal.core.reports.JournalControl;
import org.schooljournal.core.reports.ResultCounting;
import org.schooljournal.core.reports.SuccessReport;
import org.schooljournal.core.reports.SummarySheet;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.school.SchoolState;

/**
 * Writes the fortnight's printed forms to files, as the deputy head would print them on the
 * afternoon of Friday 24 October 2025: 5А's journal of the fortnight (ARC-1's form), the class's
 * summary sheet (REP-8) and its missed lessons (ATT-3) as PDF/A-2b and as workbooks, the school's
 * success rate of the first quarter (REP-1) and the control of its journals over the fortnight
 * (REP-5) as PDF/A-2b and workbooks; then says where they are. The files are written anew on each run.
 */
final class FormsPrintout {

    private final YugraSchool school;
    private final RussianText russian;
    private final PrintStream out;

    FormsPrintout(YugraSchool school, RussianText russian, PrintStream out) {
        this.school = school;
        this.russian = russian;
        this.out = out;
    }

    /** Writes the forms into the folder, made if missing, read at 16:00 of the fortnight's last day. */
    void print(Path folder) {
        Instant before = school.clock().instant();
        Instant printedAt = school.calendar().instant(MathsFortnight.LAST_DAY, LocalTime.of(16, 0));
        school.clock().set(printedAt);
        try {
            write(folder, printedAt);
        } finally {
            school.clock().set(before);
        }
    }

    private void write(Path folder, Instant printedAt) {
        Actor deputy = Actor.of(YugraSchool.DEPUTY_HEAD);
        SchoolState state = school.state();
        SchoolHeader header = SchoolHeader.of(state, printedAt);
        String classCode = MathsFortnight.CLASS;
        ClassJournal journal = ClassJournal.read(school.engine(), deputy, YugraSchool.ID, classCode,
                MathsFortnight.FIRST_DAY, MathsFortnight.LAST_DAY);
        SummarySheet sheet = school.engine().reports().summarySheet(deputy, YugraSchool.ID, classCode);
        AttendanceReport attendance = school.engine().reports().attendance(deputy, YugraSchool.ID, classCode,
                MathsFortnight.FIRST_DAY, MathsFortnight.LAST_DAY);
        out.println(russian.text("printouts.title", folder));
        file(folder, "журнал-5А-13-24.10.2025.pdf", "printouts.journal",
                stream -> ClassJournalPdf.write(journal, header, stream));
        file(folder, "сводная-ведомость-5А.pdf", "printouts.sheet", stream -> SummarySheetPdf.write(sheet, header, stream));
        file(folder, "сводная-ведомость-5А.xlsx", "printouts.sheetBook",
                stream -> new SummarySheetForm(Programme.of(state)::subjectName).write(sheet, stream));
        file(folder, "пропуски-5А-13-24.10.2025.pdf", "printouts.attendance",
                stream -> AttendanceReportPdf.write(attendance, header, stream));
        file(folder, "пропуски-5А-13-24.10.2025.xlsx", "printouts.attendanceBook",
                stream -> new AttendanceForm().write(attendance, stream));
        SuccessReport success = school.engine().reports().success(deputy, YugraSchool.ID, MathsFortnight.QUARTER,
                ResultCounting.DEFAULT, printedAt);
        file(folder, "успеваемость-1-четверть.pdf", "printouts.success",
                stream -> SuccessRatePdf.write(success, header, stream));
        file(folder, "успеваемость-1-четверть.xlsx", "printouts.successBook",
                stream -> new SuccessReportForm().write(success, stream));
        JournalControl control = school.engine().reports().control(deputy, YugraSchool.ID, MathsFortnight.FIRST_DAY,
                MathsFortnight.LAST_DAY, printedAt, JournalControl.DEFAULT_MINIMUM_MARKS);
        Programme programme = Programme.of(state);
        file(folder, "контроль-журналов-13-24.10.2025.pdf", "printouts.control",
                stream -> JournalControlPdf.write(control, header, Roster.of(state), stream));
        file(folder, "контроль-журналов-13-24.10.2025.xlsx", "printouts.controlBook",
                stream -> new JournalControlForm(school.calendar().zone(), programme::subjectName,
                        state.structure()::staffName).write(control, stream));
        InformingReport informing = school.engine().reports().informing(deputy, YugraSchool.ID, classCode,
                MathsFortnight.FIRST_DAY, MathsFortnight.LAST_DAY, printedAt);
        file(folder, "информирование-5А-13-24.10.2025.xlsx", "printouts.informingBook",
                stream -> new InformingForm(school.calendar().zone()).write(informing, stream));
    }

    /** Writes a form to a stream. */
    private interface Form {
        void write(OutputStream stream) throws IOException;
    }

    private void file(Path folder, String name, String what, Form form) {
        try {
            Files.createDirectories(folder);
            try (OutputStream stream = Files.newOutputStream(folder.resolve(name))) {
                form.write(stream);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(name), e);
        }
        out.println(russian.text("printouts.file", name, russian.text(what)));
    }
}
