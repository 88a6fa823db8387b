package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import org.schooljournal.core.archive.IntegrityReport;
import org.schooljournal.core.log.ChainReport;

/**
 * Prints a school's {@link IntegrityReport} (ARC-4, ARC-6) as its administrator reads it: how many
 * records were checked, the first that does not verify, if any, and the head of the log, whose
 * hash vouches for every record before it when nothing is broken.
 */
final class IntegrityPrintout {

    private final RussianText russian;
    private final PrintStream out;

    IntegrityPrintout(RussianText russian, PrintStream out) {
        this.russian = russian;
        this.out = out;
    }

    /** Prints the report of the school's log kept in the storage. */
    void print(IntegrityReport report, JournalStorage storage) {
        out.println(russian.text("verify.title", report.schoolId(), report.streamId()));
        out.println(russian.text("verify.database", storage));
        report.firstBreak().ifPresentOrElse(this::printBreak,
                () -> out.println(russian.text("verify.intact", report.checked(), report.headSequence())));
        if (report.verified()) {
            out.println(russian.text("verify.head", report.headSequence(), report.headHash()));
            out.println(russian.text("verify.keepHead"));
        } else {
            out.println(russian.text("verify.checked", report.checked(), report.headSequence()));
            out.println(russian.text("verify.head.unverified", report.headSequence(), report.headHash()));
        }
    }

    private void printBreak(ChainReport.Break broken) {
        out.println(russian.text("verify.broken", broken.sequence(), broken.globalPosition(), broken.eventId()));
        out.println(russian.text("verify.reason", broken.reason()));
    }
}
