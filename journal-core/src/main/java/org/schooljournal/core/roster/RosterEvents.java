package org.schooljournal.core.roster;

import java.util.List;
import org.schooljournal.core.school.SchoolEvent;

/** The event types of the roster, for the codec. */
public final class RosterEvents {

    /** Every event type of this package. */
    public static final List<Class<? extends SchoolEvent>> TYPES = List.of();

    private RosterEvents() {
    }
}
