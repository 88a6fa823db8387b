package org.schooljournal.core.printout;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.List;
import org.schooljournal.core.journal.EntryTiming;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.TechnicalFailure;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.Verdict;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.SchoolCalendar;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * Records that the school's academic year's journals (ARC-1) or summary sheets (ARC-2) were
 * printed for the paper archive: which files, with their SHA-256, judged against the deadline of
 * 30 June. A printout after it is recorded, late; one before the year's last day has passed is
 * refused. The administration records it (ACC-4).
 *
 * @param schoolId the school
 * @param form what was printed
 * @param files the files printed: names without a folder, unique; SHA-256 as 64 lowercase
 *     hexadecimal digits; sizes above zero; 1 to {@value PrintedFiles#MAX_FILES}
 */
public record RecordPrintout(@NotNull @SchoolId String schoolId, @NotNull PrintedForm form,
        @NotNull List<PrintedFile> files) implements PrintoutCommand {

    /**
     * Decides the event.
     *
     * @throws org.schooljournal.core.validation.InvalidCommandException VALIDATION naming each
     *     file and field that breaks a rule
     * @throws JournalException VALIDATION if the school has no academic year or calendar;
     *     OUT_OF_TIME before the year's last day has passed
     */
    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        PrintedFiles.requireValid(files);
        AcademicYear year = state.structure().academicYear().orElseThrow(() -> new JournalException(
                ErrorCode.VALIDATION, "RecordPrintout: school " + schoolId + " has no academic year set (YR-1)"));
        ZoneId zone = state.profile().orElseThrow().zone();
        SchoolCalendar calendar = state.structure().calendar(zone).orElseThrow(() -> new JournalException(
                ErrorCode.VALIDATION, "RecordPrintout: school " + schoolId + " has no calendar of its year (YR-1)"));
        SchoolRules rules = SchoolRules.of(context.ruleSet(), calendar);
        for (TechnicalFailure failure : state.structure().failures()) {
            rules = rules.withFailure(failure);
        }
        Entry entry = form == PrintedForm.CLASS_JOURNALS ? new Entry.JournalPrint(year) : new Entry.SummarySheetPrint(year);
        Verdict verdict = rules.judge(entry, context.now());
        if (verdict.timeliness() == Timeliness.TOO_EARLY) {
            throw new JournalException(ErrorCode.OUT_OF_TIME, "RecordPrintout: too early, " + verdict.rule().code()
                    + " (" + verdict.reference() + ") opens at " + verdict.limit().opensAtLocal().orElseThrow()
                    + ", when the academic year has ended");
        }
        return List.of(new PrintoutRecorded(form, year.startYear(), files, context.actor().personId(), context.now(),
                EntryTiming.of(verdict)));
    }
}
