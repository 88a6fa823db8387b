package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.util.Set;
import java.util.TreeSet;
import org.schooljournal.core.archive.AnchorBreak;
import org.schooljournal.core.archive.IntegrityReport;
import org.schooljournal.core.archive.StreamIntegrity;
import org.schooljournal.core.archive.ChainReport;

/**
 * Prints a school's {@link IntegrityReport} (ARC-4, ARC-6) as its administrator reads it: a line
 * per chain of records — the school's own, then each class journal's — with its count and the
 * hash of its last record, which vouches for every record of the chain before it when nothing is
 * broken; for a broken chain, the first record that does not verify; for a chain deleted, cut
 * short or rewritten after a checkpoint of the log, that checkpoint; then the totals and the
 * verdict.
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
        out.println(russian.text("verify.title", report.schoolId(), report.streams().size()));
        out.println(russian.text("verify.database", storage));
        for (StreamIntegrity stream : report.streams()) {
            stream.firstBreak().ifPresentOrElse(broken -> printBroken(stream, broken),
                    () -> out.println(russian.text("verify.stream", stream.streamId(), stream.checked(),
                            stream.headSequence(), stream.headHash())));
        }
        for (AnchorBreak broken : report.anchorBreaks()) {
            out.println(russian.text("verify.anchor", broken.streamId(), broken.anchor().sequence(),
                    broken.anchor().recordedAt(), broken.recorded().count(), broken.storedCount(), broken.kind().ordinal()));
        }
        if (report.verified()) {
            out.println(russian.text("verify.intact", report.checked(), report.envelopeCount(),
                    report.streams().size()));
            out.println(russian.text("verify.keepHead"));
        } else {
            Set<String> broken = new TreeSet<>();
            report.broken().forEach(stream -> broken.add(stream.streamId()));
            report.anchorBreaks().forEach(anchor -> broken.add(anchor.streamId()));
            long deleted = report.anchorBreaks().stream().filter(b -> b.kind() == AnchorBreak.Kind.DELETED).count();
            out.println(russian.text("verify.brokenTotal", broken.size(), report.streams().size() + deleted,
                    report.checked(), report.envelopeCount()));
        }
    }

    private void printBroken(StreamIntegrity stream, ChainReport.Break broken) {
        out.println(russian.text("verify.broken", stream.streamId(), broken.sequence(), broken.position(),
                broken.eventId()));
        out.println(russian.text("verify.reason", broken.reason()));
        out.println(russian.text("verify.checked", stream.checked(), stream.headSequence(), stream.headHash()));
    }
}
