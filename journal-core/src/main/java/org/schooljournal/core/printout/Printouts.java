package org.schooljournal.core.printout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.school.SchoolPart;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.Entry;
import org.schooljournal.rules.SchoolRules;
import org.schooljournal.rules.calendar.AcademicYear;

/**
 * The printouts a school recorded for its paper archive (ARC-1, ARC-2): which year's journals or
 * summary sheets, which files with their SHA-256, when, and whether by 30 June. Part of the
 * school's state; the control of the journals shows them (REP-5).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param printouts the printouts, oldest first
 */
public record Printouts(List<PrintoutRecorded> printouts) {

    /** Copies the list. */
    public Printouts {
        printouts = List.copyOf(printouts);
    }

    /** Returns the printouts of a school that printed nothing. */
    public static Printouts empty() {
        return new Printouts(List.of());
    }

    /** Returns the first printout of a form for an academic year, if one was recorded. */
    public Optional<PrintoutRecorded> first(PrintedForm form, int academicYear) {
        return printouts.stream().filter(p -> p.form() == form && p.academicYear() == academicYear).findFirst();
    }

    /**
     * Returns where the academic year's printouts of both forms stand, due as the school's rules
     * say (ARC-1, ARC-2); none without an academic year.
     */
    public static List<PrintoutDue> due(SchoolState school, SchoolRules rules) {
        Optional<AcademicYear> year = school.structure().academicYear();
        if (year.isEmpty()) {
            return List.of();
        }
        Printouts printouts = of(school);
        List<PrintoutDue> due = new ArrayList<>();
        for (PrintedForm form : PrintedForm.values()) {
            Entry entry = form == PrintedForm.CLASS_JOURNALS ? new Entry.JournalPrint(year.get())
                    : new Entry.SummarySheetPrint(year.get());
            rules.limit(entry).effectiveClose().ifPresent(close -> due.add(new PrintoutDue(form,
                    year.get().startYear(), close, printouts.first(form, year.get().startYear()))));
        }
        return due;
    }

    /** Returns these printouts with one more. */
    Printouts with(PrintoutRecorded printout) {
        List<PrintoutRecorded> more = new ArrayList<>(printouts);
        more.add(printout);
        return new Printouts(more);
    }

    /** Returns the printouts of the school. */
    public static Printouts of(SchoolState school) {
        return school.part(PART);
    }

    /** The printouts as a part of a school's state, for the engine; opaque. */
    public static final SchoolPart<Printouts> PART = SchoolPart.of("printouts", empty(), PrintoutEvent.FAMILY)
            .commands(PrintoutCommand.class)
            .command(RecordPrintout.class, Permission.ADMINISTER_JOURNALS, RecordPrintout::decide)
            .build();
}
