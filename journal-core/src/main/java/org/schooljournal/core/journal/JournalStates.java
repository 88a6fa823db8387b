package org.schooljournal.core.journal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.schooljournal.core.compromise.CompromiseRecords;
import org.schooljournal.core.log.FoldedStreams;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;
import org.schooljournal.core.school.SchoolState;

/**
 * The journals' states as their streams hold them, for the engine's facets and the host's own
 * processes: it checks no reader's right (PD-2), so the engine never hands it to a vendor — the
 * facets read a journal through it after checking their reader (ACC-2, ACC-3), and the host
 * facet ({@code engine.host()}) gives it to the host's own processes.
 *
 * <p>This class is thread-safe.
 */
public final class JournalStates {

    private final Log log;
    private final FoldedStreams<JournalState, JournalEvent> streams;
    private final Map<String, Marked> marked = new ConcurrentHashMap<>();

    /** A journal's state with its invalid values marked, for the state and the records it was made from. */
    private record Marked(JournalState state, CompromiseRecords records, JournalState marked) {
    }

    /** Creates the states over the engine's log. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public JournalStates(Log log) {
        this.log = Objects.requireNonNull(log, "log");
        this.streams = log.streams(JournalEvent.class, (state, event) -> JournalEvent.FAMILY.apply(state, event),
                new JournalSnapshotForm());
    }

    /** Returns a journal's current state; no reader is checked. */
    public JournalState state(String schoolId, JournalKey key) {
        return streams.load(key.stream(schoolId), JournalState.empty(key)).state();
    }

    /**
     * Returns a journal's current state as every read sees it: the values a compromised account
     * entered from the instant the head and support were informed marked invalid, so that they
     * count for nothing (PD-4, {@link JournalState#marked}); no reader is checked. Kept for the
     * state and the school's compromise records it was made from.
     */
    public JournalState markedState(SchoolState school, JournalKey key) {
        String stream = key.stream(school.schoolId());
        return marked(stream, streams.load(stream, JournalState.empty(key)).state(), school);
    }

    /**
     * Returns a journal's state as of an instant as every read then saw it: what was recorded at
     * or before the instant, nothing after, with the values marked invalid that the school's
     * compromise records of then invalidate (PD-4); the reports' "as of" (REP-1…REP-9). No reader
     * is checked.
     *
     * @param school the school's state as of the instant
     */
    public JournalState markedState(SchoolState school, JournalKey key, Instant asOf) {
        if (!asOf.isBefore(log.now())) {
            return markedState(school, key);
        }
        String stream = key.stream(school.schoolId());
        CompromiseRecords records = CompromiseRecords.of(school);
        JournalState state = streams.asOf(stream, JournalState.empty(key), asOf);
        return records.reports().isEmpty() ? state : state.marked(records.invalidation());
    }

    /** Returns the state with its invalid values marked (PD-4), as the school's records have them. */
    JournalState marked(String stream, JournalState state, SchoolState school) {
        CompromiseRecords records = CompromiseRecords.of(school);
        if (records.reports().isEmpty()) {
            return state;
        }
        Marked known = marked.get(stream);
        if (known != null && known.state() == state && known.records() == records) {
            return known.marked();
        }
        JournalState result = state.marked(records.invalidation());
        marked.put(stream, new Marked(state, records, result));
        return result;
    }

    /** Returns the journal's state rebuilt from its stream alone, ignoring what the engine holds; no reader is checked. */
    public JournalState rebuild(String schoolId, JournalKey key) {
        return streams.rebuild(key.stream(schoolId), JournalState.empty(key));
    }

    /** Returns the journals of the school the store holds, in the order of their streams. */
    public List<JournalKey> all(String schoolId) {
        return log.store().streamIds(SchoolStreams.journalPrefix(schoolId)).stream()
                .flatMap(stream -> JournalKey.ofStream(schoolId, stream).stream()).toList();
    }

    /**
     * Returns the current states of the journals of a class or group as every read sees them —
     * invalid values marked (PD-4): the subjects of its timetable and teaching load, in the
     * school's order of subjects; no reader is checked.
     */
    public Map<JournalKey, JournalState> statesOf(SchoolState school, String holderCode) {
        Map<JournalKey, JournalState> states = new LinkedHashMap<>();
        for (JournalKey key : Journals.keysOf(school, holderCode)) {
            states.put(key, markedState(school, key));
        }
        return states;
    }

    /**
     * Returns the states of the journals of a class or group as of an instant ({@link
     * #markedState(SchoolState, JournalKey, Instant)}), in the school's order of subjects; no
     * reader is checked.
     *
     * @param school the school's state as of the instant
     */
    public Map<JournalKey, JournalState> statesOf(SchoolState school, String holderCode, Instant asOf) {
        Map<JournalKey, JournalState> states = new LinkedHashMap<>();
        for (JournalKey key : Journals.keysOf(school, holderCode)) {
            states.put(key, markedState(school, key, asOf));
        }
        return states;
    }

    /** Drops what the engine holds of a journal, after the store purged its stream (ARC-1). */
    public void forget(String schoolId, JournalKey key) {
        streams.forget(key.stream(schoolId));
        marked.remove(key.stream(schoolId));
    }

    /** Returns the journal streams, folded. */
    FoldedStreams<JournalState, JournalEvent> streams() {
        return streams;
    }
}
