package org.schooljournal.core;

import java.util.List;
import java.util.Objects;
import org.schooljournal.core.feed.FeedCursor;
import org.schooljournal.core.feed.FeedPage;
import org.schooljournal.core.feed.FeedPages;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.JournalStates;
import org.schooljournal.core.notification.Dispatch;
import org.schooljournal.core.notification.DispatchReport;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.school.SchoolStates;
import org.schooljournal.spi.notify.Notifier;

/**
 * The host facet of the engine: what the host's own processes do with no person behind them — a
 * scheduler dispatching the notifications, a job reading a school's state to feed another system,
 * a check rebuilding states from the log. No method takes an actor or checks one, and each
 * returns or sends every student's and guardian's personal data (PD-2): a host never exposes them
 * to a person without checking that person's right, which the other facets do (a school's whole
 * state to the administration, {@code schools().state(reader, id)}; a journal to its readers,
 * {@code journals().read(reader, …)}). The archive facet ({@code engine.archive()}) is a host
 * facet too.
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.host()}.
 */
public final class Host {

    private final SchoolStates schools;
    private final JournalStates journals;
    private final Dispatch dispatch;
    private final Notifier notifier;
    private final FeedPages feed;

    Host(SchoolStates schools, JournalStates journals, Dispatch dispatch, Notifier notifier, FeedPages feed) {
        this.schools = Objects.requireNonNull(schools, "schools");
        this.journals = Objects.requireNonNull(journals, "journals");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.feed = Objects.requireNonNull(feed, "feed");
    }

    /** For the host's own processes: returns a school's current state, with every event stored so far applied. */
    public SchoolState school(String schoolId) {
        return schools.state(schoolId);
    }

    /** For the host's own processes: returns a school's state rebuilt from its stream alone, ignoring what the engine holds. */
    public SchoolState rebuildSchool(String schoolId) {
        return schools.rebuild(schoolId);
    }

    /** For the host's own processes: returns a journal's current state. */
    public JournalState journal(String schoolId, JournalKey key) {
        Objects.requireNonNull(key, "key");
        return journals.state(schoolId, key);
    }

    /** For the host's own processes: returns the journals of the school the store holds, in the order of their streams. */
    public List<JournalKey> journals(String schoolId) {
        return journals.all(schoolId);
    }

    /** For the host's own processes: returns a journal's state rebuilt from its stream alone, ignoring what the engine holds. */
    public JournalState rebuildJournal(String schoolId, JournalKey key) {
        Objects.requireNonNull(key, "key");
        return journals.rebuild(schoolId, key);
    }

    /**
     * For the host's own processes (a scheduler every few seconds): sends the school's due
     * notifications through the engine's channel; see {@link #dispatch(String, Notifier)}.
     *
     * @return what was sent, deferred and given up
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     */
    public DispatchReport dispatch(String schoolId) {
        return dispatch(schoolId, notifier);
    }

    /**
     * For the host's own processes: sends the school's due notifications through a channel. It
     * first queues the digests due to guardians with a daily or weekly schedule (NTF-3) in their
     * children's diary streams, then claims, tries once and records each pending item of every
     * outbox, the journals' (ATT-5, DRY-6) and the diaries', whose time has come. An item whose
     * guardian may no longer be e-mailed at its address (consent withdrawn, address changed or
     * switched off: NTF-1, NTF-2, NTF-5) fails for good without being sent. A retry waits 1
     * minute, doubling to at most an hour; after 12 attempts the item fails for good. Every engine
     * over one store may dispatch: an item is claimed before it is sent, so no two send it; a
     * crash between sending and recording sends it again with the same idempotency key, which
     * the channel passes on (an e-mail's Message-ID). A dispatch reads the streams with pending
     * items that this engine knows of, and every {@code dispatchRescan} of the engine's builder
     * all of the school's outbox streams (docs/notify.md).
     *
     * @return what was sent, deferred and given up
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     */
    public DispatchReport dispatch(String schoolId, Notifier channel) {
        return dispatch.run(schoolId, channel);
    }

    /**
     * For the host's own processes (a regional diary system the host feeds, EXC-2): returns the
     * next page of the school's whole event feed, every student's items, from a cursor
     * ({@link FeedPages#all}; docs/exchange.md). A student or a guardian reads their part with
     * {@code engine.feed().read(reader, …)}.
     *
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     * @throws IllegalArgumentException if {@code maxEvents} is not within 1 and {@value FeedPages#MAX_EVENTS}
     */
    public FeedPage feed(String schoolId, FeedCursor after, int maxEvents) {
        return feed.all(schoolId, after, maxEvents);
    }
}
