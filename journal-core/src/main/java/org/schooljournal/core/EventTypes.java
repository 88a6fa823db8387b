package org.schooljournal.core;

import java.util.ArrayList;
import java.util.List;
import org.schooljournal.core.diary.DiaryEvents;
import org.schooljournal.core.journal.JournalEvents;
import org.schooljournal.core.notification.ContactEvents;
import org.schooljournal.core.programme.ProgrammeEvents;
import org.schooljournal.core.retention.RetentionEvents;
import org.schooljournal.core.roster.RosterEvents;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolEvents;

/** Every event type of the domain, for the engine's codec. */
final class EventTypes {

    static final List<Class<?>> ALL = all();

    private EventTypes() {
    }

    private static List<Class<?>> all() {
        List<Class<?>> types = new ArrayList<>(SchoolEvents.TYPES);
        types.addAll(ProgrammeEvents.TYPES);
        types.addAll(RosterEvents.TYPES);
        types.addAll(JournalEvents.TYPES);
        types.addAll(RetentionEvents.TYPES);
        types.addAll(ContactEvents.TYPES);
        types.addAll(DiaryEvents.TYPES);
        return List.copyOf(types);
    }
}
