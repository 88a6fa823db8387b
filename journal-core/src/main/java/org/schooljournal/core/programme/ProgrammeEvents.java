package org.schooljournal.core.programme;

import java.util.List;
import org.schooljournal.core.school.SchoolEvent;

/** The event types of the programme, for the codec. */
public final class ProgrammeEvents {

    /** Every event type of this package. */
    public static final List<Class<? extends SchoolEvent>> TYPES = List.of();

    private ProgrammeEvents() {
    }
}
