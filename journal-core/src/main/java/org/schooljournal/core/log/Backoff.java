package org.schooljournal.core.log;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleSupplier;

/**
 * How the decide-and-append loop waits before deciding again after another engine appended to
 * the same stream: "full jitter" — before attempt <i>n</i> (from 2) a random wait between zero and
 * {@code min(CAP, FIRST × 2^(n−2))} — so that engines that met on a stream spread out instead of
 * meeting again, and it gives up after {@link #MAX_ATTEMPTS} attempts, having waited at most
 * {@link #mostWaited()} (about half of it on average).
 *
 * <p>A wait is measured on the JDK's monotonic nano timer and parked with
 * {@link LockSupport#parkNanos}: it is no time of the record, so not the engine's {@code Clock},
 * which tests hold still and which may jump; parking needs no {@code InterruptedException} inside
 * the loop — an interrupt ends the wait early and stays set for the host to see. Tests give a
 * {@link Pause} that records instead of waiting, and a fixed jitter: they check the schedule and
 * never wait.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Backoff {

    /** How many times a decision is made, the first included, before CONFLICT. */
    public static final int MAX_ATTEMPTS = 12;
    /** The longest first wait, before the second attempt. */
    public static final Duration FIRST = Duration.ofMillis(1);
    /** The longest of any wait. */
    public static final Duration CAP = Duration.ofMillis(100);

    /** Waits, or, in tests, records the wait. */
    @FunctionalInterface
    public interface Pause {

        /** Waits about that many nanoseconds. */
        void pause(long nanos);
    }

    private final Pause pause;
    private final DoubleSupplier jitter;

    /**
     * Creates a backoff.
     *
     * @param pause how a wait is made
     * @param jitter uniform random numbers in [0, 1)
     */
    public Backoff(Pause pause, DoubleSupplier jitter) {
        this.pause = Objects.requireNonNull(pause, "pause");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    /** Returns the backoff of a running engine: parked waits, the thread's random numbers. */
    public static Backoff parked() {
        return new Backoff(Backoff::park, () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * Returns the longest wait before an attempt: zero before the first, then {@link #FIRST}
     * doubling up to {@link #CAP}.
     *
     * @throws IllegalArgumentException if the attempt is not 1 to {@link #MAX_ATTEMPTS}
     */
    public static Duration longestWaitBefore(int attempt) {
        if (attempt < 1 || attempt > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("attempt must be 1 to " + MAX_ATTEMPTS + ", was " + attempt);
        }
        if (attempt == 1) {
            return Duration.ZERO;
        }
        long nanos = FIRST.toNanos() << Math.min(attempt - 2, 30);
        return Duration.ofNanos(Math.min(nanos, CAP.toNanos()));
    }

    /** Returns the most all waits of one command add up to: every wait at its longest. */
    public static Duration mostWaited() {
        Duration total = Duration.ZERO;
        for (int attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
            total = total.plus(longestWaitBefore(attempt));
        }
        return total;
    }

    /** Returns the wait before an attempt: a random share of its longest. */
    public long waitBefore(int attempt) {
        double share = jitter.getAsDouble();
        if (!(share >= 0 && share < 1)) {
            throw new IllegalStateException("jitter must be in [0, 1), was " + share);
        }
        return (long) (longestWaitBefore(attempt).toNanos() * share);
    }

    /** Waits before an attempt. */
    void before(int attempt) {
        long nanos = waitBefore(attempt);
        if (nanos > 0) {
            pause.pause(nanos);
        }
    }

    private static void park(long nanos) {
        long deadline = System.nanoTime() + nanos;
        for (long left = nanos; left > 0 && !Thread.currentThread().isInterrupted(); left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
