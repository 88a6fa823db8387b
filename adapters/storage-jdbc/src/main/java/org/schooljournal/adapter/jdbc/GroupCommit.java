package org.schooljournal.adapter.jdbc;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Predicate;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * Group commit: the appends that callers make at about the same time share one transaction and
 * one commit, and so one flush of the database's log to disk — the cost that bounds a durable
 * store's rate of commits.
 *
 * <p>One writer thread per store takes the waiting appends from a queue: all that are waiting,
 * up to {@value #MAX_APPENDS} appends and {@value #MAX_EVENTS} events, and at most one per stream
 * (a second append to a stream waits for the next transaction, so that a race on one stream
 * never spoils the transaction of the others). It never waits for more to come: a lone append
 * goes at once, and appends that arrive during a commit make up the next transaction. A
 * transaction of several appends that the database refuses (a conflict, a repeat, an event id
 * stored before) or fails for good is rolled back as a whole, and each of its appends is then
 * made on its own, which answers each caller with its own outcome. A transient failure (a
 * deadlock, a serialization failure) repeats the transaction. Each caller waits until its append
 * is committed or refused; nothing is acknowledged before its commit.
 *
 * <p>This class is thread-safe.
 */
final class GroupCommit {

    /** The most appends in one transaction. */
    static final int MAX_APPENDS = 256;

    /** The most events in one transaction, unless one append alone has more. */
    static final int MAX_EVENTS = 4_096;

    /** How many times a transaction meets a transient failure before its appends are made one by one. */
    private static final int MAX_ATTEMPTS = 5;

    private static final AtomicInteger WRITERS = new AtomicInteger();

    /** Stores appends in one transaction, as {@link AppendTransaction#run} does. */
    interface Transaction {
        Optional<List<List<EventEnvelope>>> run(List<Append> appends) throws SQLException;
    }

    private final Transaction together;
    private final Function<Append, List<EventEnvelope>> alone;
    private final Predicate<SQLException> isTransient;
    private final String description;
    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final ReadWriteLock closing = new ReentrantReadWriteLock();
    private final Thread writer;
    private boolean closed;

    /**
     * Starts the writer.
     *
     * @param together stores several appends in one transaction
     * @param alone makes one append on its own and answers it: its envelopes, or the exception
     * @param isTransient whether a failure of {@code together} is worth another attempt
     * @param description the store, for messages
     */
    GroupCommit(Transaction together, Function<Append, List<EventEnvelope>> alone, Predicate<SQLException> isTransient,
            String description) {
        this.together = together;
        this.alone = alone;
        this.isTransient = isTransient;
        this.description = description;
        this.writer = new Thread(this::write, "school-journal-appends-" + WRITERS.incrementAndGet());
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Makes the append with whatever others are waiting, and returns when it is committed.
     *
     * @return the stored envelopes
     * @throws IllegalStateException if the store is closed
     * @throws RuntimeException whatever the append alone would throw: a conflict, a bad event, a
     *     storage failure
     */
    List<EventEnvelope> append(Append append) {
        Waiting waiting = new Waiting(append, new CompletableFuture<>());
        closing.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException(description + " is closed");
            }
            queue.add(waiting);
        } finally {
            closing.readLock().unlock();
        }
        try {
            return waiting.outcome().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Takes no more appends, lets the writer finish those it has, and waits for it. */
    void close() {
        closing.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(Waiting.LAST);
        } finally {
            closing.writeLock().unlock();
        }
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The writer: takes the waiting appends, commits them together, answers each, until closed. */
    private void write() {
        Deque<Waiting> deferred = new ArrayDeque<>();
        boolean last = false;
        while (!last || !deferred.isEmpty()) {
            List<Waiting> candidates = new ArrayList<>(deferred);
            deferred.clear();
            if (!last) {
                if (candidates.isEmpty()) {
                    candidates.add(takeUninterruptibly());
                }
                queue.drainTo(candidates, MAX_APPENDS);
                last = candidates.remove(Waiting.LAST);
            }
            List<Waiting> batch = new ArrayList<>();
            Set<String> streams = new HashSet<>();
            int events = 0;
            for (Waiting waiting : candidates) {
                int size = waiting.append().events().size();
                boolean fits = batch.isEmpty() || batch.size() < MAX_APPENDS && events + size <= MAX_EVENTS;
                if (fits && streams.add(waiting.append().streamId())) {
                    batch.add(waiting);
                    events += size;
                } else {
                    deferred.add(waiting);
                }
            }
            if (!batch.isEmpty()) {
                commit(batch);
            }
        }
    }

    private Waiting takeUninterruptibly() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // Only close() stops the writer, by the LAST marker, so that no waiting append is left unanswered.
            }
        }
    }

    /** Commits the batch together, or, if that fails for good, each of its appends alone. */
    private void commit(List<Waiting> batch) {
        if (batch.size() > 1 && commitTogether(batch)) {
            return;
        }
        for (Waiting waiting : batch) {
            try {
                waiting.outcome().complete(alone.apply(waiting.append()));
            } catch (RuntimeException | Error e) {
                waiting.outcome().completeExceptionally(e);
            }
        }
    }

    /** Returns whether the batch was committed in one transaction, and then answers its callers. */
    private boolean commitTogether(List<Waiting> batch) {
        List<Append> appends = batch.stream().map(Waiting::append).toList();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<List<List<EventEnvelope>>> stored;
            try {
                stored = together.run(appends);
            } catch (SQLException e) {
                if (isTransient.test(e)) {
                    continue;
                }
                return false;
            } catch (RuntimeException e) {
                return false;
            }
            if (stored.isEmpty()) {
                return false;
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome().complete(stored.get().get(i));
            }
            return true;
        }
        return false;
    }

    /** An append and the future its caller waits on; {@link #LAST} marks the end of the queue. */
    private record Waiting(Append append, CompletableFuture<List<EventEnvelope>> outcome) {
        static final Waiting LAST = new Waiting(null, null);
    }
}
