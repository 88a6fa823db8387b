package org.schooljournal.core.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.SchoolClass;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.roster.Roster;

/**
 * Remarks and messages to guardians as journal entries (DRY-6): who may write them, whom they are
 * copied to, and the immediate notifications they cause.
 */
final class Correspondence {

    private Correspondence() {
    }

    /** Decides a remark or a message: the journal's teacher writes it to a student of the journal today. */
    static List<JournalEvent> write(JournalContext context, JournalState journal, JournalCommand command,
            EntryKind kind, String studentId, String text, Copies copies) {
        JournalScope scope = JournalScope.of(context, command.journal(), command);
        JournalGate.requireRecord(context, scope, journal, Optional.empty(), Optional.empty(), command);
        SchoolState school = context.school();
        LocalDate today = context.now().atZone(school.profile().orElseThrow().zone()).toLocalDate();
        if (!scope.hasStudent(studentId, today)) {
            throw InvalidCommandException.of(command, "studentId", studentId, "is not a student of journal "
                    + scope.key() + " on " + today);
        }
        Map<String, String> details = new LinkedHashMap<>();
        if (copies.homeroomTeacher()) {
            details.put(Copies.HOMEROOM_DETAIL, Roster.of(school).classOf(studentId, today).flatMap(school.structure()::schoolClass)
                    .map(SchoolClass::homeroomTeacherId).orElseThrow());
        }
        copies.deputyId().ifPresent(deputy -> {
            if (!school.rolesOf(deputy).contains(Role.DEPUTY_HEAD)) {
                throw InvalidCommandException.of(command, "copies.deputyId", deputy, "is not a deputy head of school "
                        + school.schoolId());
            }
            details.put(Copies.DEPUTY_DETAIL, deputy);
        });
        int number = journal.nextNumber();
        List<JournalEvent> events = new ArrayList<>();
        events.add(new EntryRecorded(number, kind, Optional.empty(), Optional.of(studentId), Optional.empty(), details,
                text.strip(), context.actor().personId(), context.now(), Optional.empty()));
        events.addAll(JournalNotices.written(context, journal.key(), studentId, number, kind, text.strip()));
        return events;
    }
}
