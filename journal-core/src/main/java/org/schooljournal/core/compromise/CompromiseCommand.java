package org.schooljournal.core.compromise;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolPart;
import org.schooljournal.core.school.SchoolState;

/**
 * A command to the compromise records in the school's stream (PD-4): reporting a compromise (the
 * person, the administration or the system administrator), restoring the account, and the
 * drawing up of the act, which only the {@link Compromises} facet makes, for those who handle
 * reports.
 */
sealed interface CompromiseCommand extends SchoolCommand
        permits ReportCompromise, RestoreAccount, CompromiseCommand.DrawUp {

    /** Returns the part with its events and its commands, each with the right it needs (PD-4). */
    static SchoolPart<CompromiseRecords> part() {
        return SchoolPart.of("compromises", CompromiseRecords.empty(), CompromiseEvent.FAMILY)
                .commands(CompromiseCommand.class)
                .commandCheckingAccess(ReportCompromise.class, ReportCompromise::decide)
                .command(RestoreAccount.class, Permission.HANDLE_COMPROMISE, RestoreAccount::decide)
                .command(DrawUp.class, Permission.HANDLE_COMPROMISE, DrawUp::decide)
                .build();
    }

    /**
     * Records the drawing up of an act: the operations the facet found in the log, decided on the
     * school's current records so that none is listed twice.
     *
     * @param schoolId the school
     * @param events the events, decided on the school's state and the command's context
     */
    record DrawUp(String schoolId, BiFunction<SchoolState, CommandContext, List<SchoolEvent>> events)
            implements CompromiseCommand {

        /** Checks the parts are given. */
        public DrawUp {
            Objects.requireNonNull(schoolId, "schoolId");
            Objects.requireNonNull(events, "events");
        }

        List<SchoolEvent> decide(SchoolState state, CommandContext context) {
            return events.apply(state, context);
        }
    }
}
