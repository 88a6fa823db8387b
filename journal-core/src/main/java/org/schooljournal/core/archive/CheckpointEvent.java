package org.schooljournal.core.archive;

import org.schooljournal.core.log.EventFamily;
import org.schooljournal.core.school.SchoolEvent;

/**
 * An event of the school's checkpoints (ARC-4, ARC-6). Each type's stored name is explicit and
 * never changes with its class (DESIGN.md, principle 10; docs/event-log.md).
 */
sealed interface CheckpointEvent extends SchoolEvent permits HeadsCheckpointed {

    /** The stored types, and how each changes the part. */
    EventFamily<Checkpoints, CheckpointEvent> FAMILY = EventFamily.<Checkpoints, CheckpointEvent>of(CheckpointEvent.class)
            .type("HeadsCheckpointed", HeadsCheckpointed.class, HeadsCheckpointed::applyTo)
            .build();
}
