package org.schooljournal.core.archive;

import java.util.Objects;

/**
 * The integrity of a school's log checked against a signed checkpoint (ACC-8, ARC-4, ARC-6): the
 * {@link IntegrityReport} of the walk — every chain, every head the log recorded, and every head
 * of the signed manifest — with the checkpoint and who signed it, so that the result can say
 * "verified up to the checkpoint signed by Петрова Мария Ивановна".
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param report the integrity report, compared with the signed checkpoint's heads
 * @param witness the signed checkpoint it was compared with
 */
public record SignedIntegrityReport(IntegrityReport report, SignedCheckpoint witness) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the report and the checkpoint are of different schools
     */
    public SignedIntegrityReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(witness, "witness");
        if (!report.schoolId().equals(witness.checkpoint().schoolId())) {
            throw new IllegalArgumentException("the report of school " + report.schoolId()
                    + " was not compared with a checkpoint of school " + witness.checkpoint().schoolId());
        }
    }

    /** Returns the overall verdict, the report's: every chain verified and every head compared holds. */
    public boolean verified() {
        return report.verified();
    }

    /**
     * Returns the result in one English sentence: "verified up to the checkpoint … signed by …",
     * or what does not hold against it, then the report's own sentence.
     */
    public String describe() {
        return (verified() ? "verified up to " : "does not verify against ") + witness.describe() + ": "
                + report.describe();
    }
}
