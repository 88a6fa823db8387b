package org.schooljournal.core.compromise;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.pcollections.PVector;
import org.pcollections.TreePVector;
import org.schooljournal.core.access.AccountBlocks;
import org.schooljournal.core.school.SchoolPart;
import org.schooljournal.core.school.SchoolState;

/**
 * The compromise reports of a school and their acts (PD-4), kept in the school's own stream: whose
 * account is blocked when ({@link AccountBlocks}, which the access rules read), and which
 * operations are invalid ({@link #invalidation()}, which every read leaves out).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reports the reports, by number from 1, in order
 */
public record CompromiseRecords(List<Compromise> reports) implements AccountBlocks {

    /** The compromise records as a part of a school's state, for the engine; opaque. */
    public static final SchoolPart<CompromiseRecords> PART = CompromiseCommand.part();

    /** Takes the list as a persistent one. */
    public CompromiseRecords {
        reports = reports instanceof PVector<Compromise> vector ? vector : TreePVector.from(reports);
    }

    /** Returns the records of a school with no report. */
    public static CompromiseRecords empty() {
        return new CompromiseRecords(TreePVector.empty());
    }

    /** Returns the compromise records of the school. */
    public static CompromiseRecords of(SchoolState school) {
        return school.part(PART);
    }

    /** Returns the report of that number, if there is one. */
    public Optional<Compromise> report(int number) {
        return number >= 1 && number <= reports.size() ? Optional.of(reports.get(number - 1)) : Optional.empty();
    }

    /** Returns the latest report of the person's account, if any. */
    public Optional<Compromise> latestOf(String personId) {
        for (int i = reports.size() - 1; i >= 0; i--) {
            if (reports.get(i).personId().equals(personId)) {
                return Optional.of(reports.get(i));
            }
        }
        return Optional.empty();
    }

    /** Returns the number the next report gets. */
    public int nextNumber() {
        return reports.size() + 1;
    }

    /** Returns which operations are invalid (PD-4). */
    public Invalidation invalidation() {
        return Invalidation.of(reports);
    }

    /** PD-4: returns the block of the person's account at that instant, if blocked. */
    @Override
    public Optional<Block> blockOf(String personId, Instant at) {
        return reports.stream().filter(report -> report.invalidates(personId, at)).findFirst()
                .map(report -> new Block(personId, report.number(), report.informedAt()));
    }

    CompromiseRecords with(Compromise report) {
        return new CompromiseRecords(((PVector<Compromise>) reports).plus(report));
    }

    /** Returns the records with a report changed; unchanged if the log names no such report. */
    CompromiseRecords withReport(int number, UnaryOperator<Compromise> change) {
        return report(number).map(report -> new CompromiseRecords(
                ((PVector<Compromise>) reports).with(number - 1, change.apply(report)))).orElse(this);
    }
}
