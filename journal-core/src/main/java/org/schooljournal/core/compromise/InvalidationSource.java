package org.schooljournal.core.compromise;

import java.util.List;
import java.util.Objects;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * A kind of stream whose operations a compromise invalidates (PD-4), as the act reads and
 * corrects them: the journals' and the students' diaries'. Implemented by the facet of that kind
 * of stream and registered with the engine's {@link Compromises}; the engine's own wiring, never
 * handed to a vendor. The school's own stream is the facet's.
 */
public interface InvalidationSource {

    /** Returns whether the stream is of this kind. */
    boolean owns(String schoolId, String stream);

    /** Returns what an operation of the stream did, in Russian, as the act lists it. */
    Description describe(SchoolState school, String stream, EventEnvelope envelope);

    /**
     * Withdraws the guardians' notifications the invalid operations of the compromise queued in
     * this kind's outboxes and that were not sent yet, so that they never are. Called when the
     * compromise is reported and again when its act is drawn up, before {@link #correct}.
     */
    default void withdraw(SchoolState school, Compromise compromise) {
    }

    /**
     * Queues a correction notice to each guardian already told of an invalid operation of the
     * compromise, once per report; returns the streams it queued in, for the dispatch.
     *
     * @param actor who draws up the act
     */
    default List<String> correct(SchoolState school, Compromise compromise, Actor actor) {
        return List.of();
    }

    /**
     * What an operation did, as the act lists it.
     *
     * @param text what it did, in Russian
     * @param leftOut whether every read leaves it out by itself; otherwise the administration
     *     reverses it by a command of its own
     */
    record Description(String text, boolean leftOut) {

        /** Checks the text is given. */
        public Description {
            Objects.requireNonNull(text, "text");
        }
    }
}
