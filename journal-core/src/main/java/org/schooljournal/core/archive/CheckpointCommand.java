package org.schooljournal.core.archive;

import java.util.List;
import java.util.Objects;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolPart;
import org.schooljournal.core.school.SchoolState;

/**
 * What the archive records in the school's log, through the same path as every command: a
 * checkpoint of the heads a verified walk found. Only the engine's {@link Archive} facet makes it,
 * after the walk; it needs no right, since it records what is, and changes nothing else.
 */
sealed interface CheckpointCommand extends SchoolCommand permits CheckpointCommand.Record {

    /** Returns the part with its events and its one command. */
    static SchoolPart<Checkpoints> part() {
        return SchoolPart.of("checkpoints", Checkpoints.empty(), CheckpointEvent.FAMILY)
                .commands(CheckpointCommand.class)
                .commandCheckingAccess(Record.class, Record::decide)
                .build();
    }

    /**
     * Records a checkpoint.
     *
     * @param schoolId the school
     * @param heads the heads of its other streams, verified
     */
    record Record(String schoolId, List<StreamHead> heads) implements CheckpointCommand {

        /** Checks the parts are given. */
        public Record {
            Objects.requireNonNull(schoolId, "schoolId");
            heads = List.copyOf(heads);
        }

        List<SchoolEvent> decide(SchoolState state, CommandContext context) {
            return List.of(new HeadsCheckpointed(heads));
        }
    }
}
