package org.schooljournal.core.diary;

import java.time.Instant;
import java.util.Objects;
import org.schooljournal.core.log.FoldedStreams;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.log.SchoolStreams;

/**
 * The students' diary streams' states, for the engine's facets: it checks no reader's right
 * (PD-2), so the engine never hands it to a vendor — the diaries facet and the reports (REP-7)
 * read a diary's state through it after checking their reader.
 *
 * <p>This class is thread-safe.
 */
public final class DiaryStates {

    private final FoldedStreams<DiaryState, DiaryEvent> streams;

    /** Creates the states over the engine's log. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public DiaryStates(Log log) {
        this.streams = Objects.requireNonNull(log, "log").streams(DiaryEvent.class,
                (state, event) -> DiaryEvent.FAMILY.apply(state, event));
    }

    /** Returns what a student's diary stream holds now; no reader is checked. */
    public DiaryState state(String schoolId, String studentId) {
        return streams.load(SchoolStreams.diary(schoolId, studentId), DiaryState.empty(studentId)).state();
    }

    /**
     * Returns what a student's diary stream held at an instant: what was recorded at or before it,
     * nothing after (the reports' "as of", REP-7); no reader is checked.
     */
    public DiaryState state(String schoolId, String studentId, Instant asOf) {
        return streams.asOf(SchoolStreams.diary(schoolId, studentId), DiaryState.empty(studentId), asOf);
    }

    FoldedStreams<DiaryState, DiaryEvent> streams() {
        return streams;
    }
}
