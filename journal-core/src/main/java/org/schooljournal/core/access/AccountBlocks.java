package org.schooljournal.core.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the access rules read of a school's compromise reports (PD-4): whose account is blocked
 * at an instant — from the moment the head and support were informed of its compromise until the
 * administration restores it. The school's state is one; the compromise records are one.
 */
@FunctionalInterface
public interface AccountBlocks {

    /** Returns the block of the person's account at that instant, if it is blocked then. */
    Optional<Block> blockOf(String personId, Instant at);

    /** Returns whether the person's account is blocked at that instant (PD-4). */
    default boolean blocked(String personId, Instant at) {
        return blockOf(personId, at).isPresent();
    }

    /**
     * The block of an account (PD-4).
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param personId whose account
     * @param report the number of the compromise report that blocked it (the act's number)
     * @param since when the head and support were informed: every operation from then on is invalid
     */
    record Block(String personId, int report, Instant since) {

        /** Checks the parts are given. */
        public Block {
            Objects.requireNonNull(personId, "personId");
            Objects.requireNonNull(since, "since");
        }
    }
}
