package org.schooljournal.core.journal;

import java.util.Optional;
import org.schooljournal.core.access.Administration;
import org.schooljournal.core.access.JournalParties;
import org.schooljournal.core.access.JournalRights;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * Passes a journal command through the access rules of
 * {@link org.schooljournal.core.access.JournalRights} (ACC-2, ACC-4, LES-5, MRK-10), then the lock
 * of a period whose final marks are set (MRK-9): the subject teacher can no longer change it; only
 * the administration corrects it, with a reason. Locks are never soft (DESIGN.md, principle 4).
 */
final class JournalGate {

    private JournalGate() {
    }

    /**
     * Checks the actor may record in the journal, in that lesson if the entry belongs to one, and
     * the lesson's or the named period is open.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor may not
     * @throws JournalException LOCKED if the period is closed (MRK-9)
     */
    static void requireRecord(JournalContext context, JournalScope scope, JournalState journal,
            Optional<LessonRef> lesson, Optional<PeriodRef> period, Object command) {
        JournalRights.requireRecord(context.actor(), context.school(), scope.parties(journal),
                lesson.map(l -> new JournalParties.Lesson(l.toString(), journal.substituteOf(l))), name(command));
        requireOpen(scope, journal, lesson, period, command);
    }

    /**
     * Checks the actor may correct the entry (MRK-10), and, unless they are the administration,
     * that its period is open (MRK-9).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor may not
     * @throws JournalException LOCKED if its period is closed and the actor is no administrator
     */
    static void requireCorrect(JournalContext context, JournalScope scope, JournalState journal, JournalEntry entry,
            Object command) {
        JournalRights.requireCorrect(context.actor(), context.school(), scope.parties(journal),
                entry.lesson().map(l -> new JournalParties.Lesson(l.toString(), journal.substituteOf(l))),
                name(command));
        if (!Administration.includes(context.actor(), context.school())) {
            requireOpen(scope, journal, entry.lesson(), entry.period().map(PeriodRef::parse), command);
        }
    }

    /**
     * Checks the actor belongs to the administration (ACC-4).
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if not
     */
    static void requireAdministration(JournalContext context, JournalKey key, Object command) {
        JournalRights.requireAdministration(context.actor(), context.school(), key.toString(), name(command));
    }

    private static void requireOpen(JournalScope scope, JournalState journal, Optional<LessonRef> lesson,
            Optional<PeriodRef> period, Object command) {
        Optional<PeriodRef> closed = period.or(() -> lesson.flatMap(l -> scope.periodOf(l.date())).map(PeriodRef::of))
                .filter(journal::closed);
        if (closed.isPresent()) {
            throw new JournalException(ErrorCode.LOCKED, name(command) + ": " + closed.get() + " of journal "
                    + scope.key() + " is closed by its final marks (MRK-9); only the administration may correct it,"
                    + " with a reason");
        }
    }

    private static String name(Object command) {
        return command.getClass().getSimpleName();
    }
}
