package org.schooljournal.adapter.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.printout.PrintedFile;
import org.schooljournal.core.printout.PrintedForm;
import org.schooljournal.core.printout.PrintoutRecorded;
import org.schooljournal.core.printout.Printouts;
import org.schooljournal.core.printout.RecordPrintout;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * The year's printout for the paper archive (ARC-1, ARC-2): every class's journal of the
 * academic year and every class's summary sheet, each a PDF/A-2b file in a folder, then a record
 * in the school's log of each printout — which files, their SHA-256 and sizes — judged against
 * 30 June ({@link RecordPrintout}). A file is never overwritten: a folder already holding one of
 * the names is refused before anything is written; a printout the log refuses (before the year
 * has ended) leaves no file of it behind.
 *
 * <p>This class is thread-safe.
 */
public final class YearPrintout {

    /**
     * What was printed and recorded.
     *
     * @param journals the journals' files, by class in the school's order
     * @param summarySheets the summary sheets' files, by class
     * @param journalsRecord the journals' printout as the log holds it (ARC-1)
     * @param summarySheetsRecord the summary sheets' printout as the log holds it (ARC-2)
     */
    public record Printed(List<Path> journals, List<Path> summarySheets, PrintoutRecorded journalsRecord,
            PrintoutRecorded summarySheetsRecord) {

        /** Copies the lists. */
        public Printed {
            journals = List.copyOf(journals);
            summarySheets = List.copyOf(summarySheets);
            Objects.requireNonNull(journalsRecord, "journalsRecord");
            Objects.requireNonNull(summarySheetsRecord, "summarySheetsRecord");
        }
    }

    private YearPrintout() {
    }

    /**
     * Prints the school's academic year into the folder (made if missing) and records both
     * printouts. The actor must be the administration (ACC-4): it reads every journal and records.
     *
     * @param printedAt the instant printed in each page's header
     * @throws JournalException VALIDATION if the school has no academic year or the folder holds a
     *     file of a name to write; OUT_OF_TIME before the year's last day has passed (no file is
     *     left then)
     * @throws UncheckedIOException if a file cannot be written
     */
    public static Printed print(JournalEngine engine, Actor actor, String schoolId, Path folder, Instant printedAt) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(folder, "folder");
        SchoolState school = engine.schools().state(actor, schoolId);
        AcademicYear year = school.structure().academicYear().orElseThrow(() -> new JournalException(
                ErrorCode.VALIDATION, "YearPrintout: school " + schoolId + " has no academic year set (YR-1)"));
        List<String> classes = List.copyOf(school.structure().classes().keySet());
        String span = year.startYear() + "-" + (year.startYear() + 1);
        List<Path> journals = classes.stream().map(c -> folder.resolve("журнал-" + c + "-" + span + ".pdf")).toList();
        List<Path> sheets = classes.stream().map(c -> folder.resolve("сводная-ведомость-" + c + "-" + span + ".pdf"))
                .toList();
        requireAbsent(journals);
        requireAbsent(sheets);
        SchoolHeader header = SchoolHeader.of(school, printedAt);
        List<PrintedFile> journalFiles = new ArrayList<>();
        List<PrintedFile> sheetFiles = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            ClassJournal journal = ClassJournal.read(engine, actor, schoolId, classes.get(i), year.firstDay(),
                    year.lastDay());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ClassJournalPdf.write(journal, header, out);
            journalFiles.add(write(journals.get(i), out.toByteArray()));
            out = new ByteArrayOutputStream();
            SummarySheetPdf.write(engine.reports().summarySheet(actor, schoolId, classes.get(i)), header, out);
            sheetFiles.add(write(sheets.get(i), out.toByteArray()));
        }
        record(engine, actor, new RecordPrintout(schoolId, PrintedForm.CLASS_JOURNALS, journalFiles), journals, sheets);
        record(engine, actor, new RecordPrintout(schoolId, PrintedForm.SUMMARY_SHEETS, sheetFiles), sheets);
        List<PrintoutRecorded> recorded = Printouts.of(engine.schools().state(actor, schoolId)).printouts();
        return new Printed(journals, sheets, last(recorded, PrintedForm.CLASS_JOURNALS),
                last(recorded, PrintedForm.SUMMARY_SHEETS));
    }

    /** Records a printout; if it is refused, removes the files not recorded, so that it can be made again. */
    @SafeVarargs
    private static void record(JournalEngine engine, Actor actor, RecordPrintout printout, List<Path>... unrecorded) {
        try {
            engine.execute(actor, printout);
        } catch (RuntimeException refused) {
            for (List<Path> files : unrecorded) {
                for (Path file : files) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        refused.addSuppressed(e);
                    }
                }
            }
            throw refused;
        }
    }

    private static void requireAbsent(List<Path> files) {
        for (Path file : files) {
            if (Files.exists(file)) {
                throw new JournalException(ErrorCode.VALIDATION, "YearPrintout: " + file + " exists; a printout"
                        + " never overwrites a file, choose an empty folder");
            }
        }
    }

    private static PrintedFile write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new PrintedFile(file.getFileName().toString(),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("YearPrintout: cannot write " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static PrintoutRecorded last(List<PrintoutRecorded> recorded, PrintedForm form) {
        PrintoutRecorded last = null;
        for (PrintoutRecorded printout : recorded) {
            if (printout.form() == form) {
                last = printout;
            }
        }
        return Objects.requireNonNull(last, "the printout just recorded");
    }
}
