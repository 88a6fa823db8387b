package org.schooljournal.core.retention;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolPart;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.SchoolId;

/**
 * What retention records in the school's log, through the same path as every command: what an
 * archive file holds and what was purged (ARC-1…ARC-3). Only the engine's {@link Retention} facet
 * makes these, for the administration.
 */
sealed interface RetentionCommand extends SchoolCommand permits RetentionCommand.Record {

    /** Returns the part with its events and its one command, which needs the administration (ACC-4). */
    static SchoolPart<ArchiveRecords> part() {
        return SchoolPart.of("archive", ArchiveRecords.empty(), RetentionEvent.FAMILY)
                .commands(RetentionCommand.class)
                .command(Record.class, Permission.ADMINISTER_JOURNALS, Record::decide)
                .build();
    }

    /**
     * Records what the facet did outside the log (an archive file, a purge).
     *
     * @param schoolId the school
     * @param events the events, decided on the school's current state
     */
    record Record(@SchoolId String schoolId, Function<SchoolState, List<SchoolEvent>> events) implements RetentionCommand {

        /** Checks the parts are given. */
        public Record {
            Objects.requireNonNull(schoolId, "schoolId");
            Objects.requireNonNull(events, "events");
        }

        List<SchoolEvent> decide(SchoolState state, CommandContext context) {
            return events.apply(state);
        }
    }
}
