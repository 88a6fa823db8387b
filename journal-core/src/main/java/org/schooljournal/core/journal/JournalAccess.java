package org.schooljournal.core.journal;

import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.Actor;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.access.Permission;
import org.schooljournal.core.access.Role;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * Who may read, record and correct in a journal (ACC-2, ACC-3, LES-5, MRK-9, MRK-10). Never soft
 * (DESIGN.md, principle 4): a denial changes nothing and says why.
 *
 * <ul>
 *   <li>Record: the subject teacher the teaching load names for the journal (ACC-2); a substitute
 *       only in the lessons they substituted (LES-5). Never in a closed period (MRK-9).</li>
 *   <li>Correct: the same people, their entries' periods still open; the administration (head,
 *       deputy) any entry, a closed period's too, always with a reason (MRK-10).</li>
 *   <li>Read: the administration every journal; the subject teacher and the journal's substitutes
 *       theirs; a homeroom teacher every journal of their class, without writing (ACC-3).</li>
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class JournalAccess {

    private JournalAccess() {
    }

    /**
     * Checks the actor may record in the journal, in that lesson if the entry belongs to one.
     *
     * @throws AccessDeniedException if not
     * @throws JournalException LOCKED if the lesson's period is closed (MRK-9)
     */
    static void requireRecord(JournalContext context, JournalScope scope, JournalState journal,
            Optional<LessonRef> lesson, Optional<String> period, Object command) {
        Actor actor = context.actor();
        boolean teacher = teaches(actor, context.school(), scope);
        boolean substitute = lesson.flatMap(journal::substituteOf).filter(actor.personId()::equals).isPresent();
        if (!(teacher || substitute)) {
            throw new AccessDeniedException(actor, name(command), Permission.RECORD_IN_JOURNAL,
                    "in journal " + scope.key() + " of school " + context.school().schoolId() + " (its teacher is "
                            + scope.teacher().orElse("not assigned") + lesson.map(l -> ", and " + l + " has "
                                    + journal.substituteOf(l).map(s -> "the substitute " + s).orElse("no substitute"))
                                    .orElse("") + ")");
        }
        requireOpen(scope, journal, lesson, period, command);
    }

    /**
     * Checks the actor may correct the entry.
     *
     * @throws AccessDeniedException if not
     * @throws JournalException LOCKED if its period is closed and the actor is no administrator
     */
    static void requireCorrect(JournalContext context, JournalScope scope, JournalState journal, JournalEntry entry,
            Object command) {
        if (administers(context.actor(), context.school())) {
            return;
        }
        requireRecord(context, scope, journal, entry.lesson(), entry.period(), command);
    }

    /**
     * Checks the actor belongs to the administration.
     *
     * @throws AccessDeniedException if not
     */
    static void requireAdministration(JournalContext context, JournalKey key, Object command) {
        if (!administers(context.actor(), context.school())) {
            throw new AccessDeniedException(context.actor(), name(command), Permission.ADMINISTER_JOURNALS,
                    "in journal " + key + " of school " + context.school().schoolId());
        }
    }

    /**
     * Checks the reader may read a report of a whole class: the summary sheet (MRK-12), its
     * absences (ATT-3). The administration and the class's homeroom teacher may.
     *
     * @throws AccessDeniedException if not
     */
    public static void requireClassReader(Actor reader, SchoolState school, String classCode, String report) {
        if (!(administers(reader, school) || homeroomTeacher(reader, school, classCode))) {
            throw new AccessDeniedException(reader, "read", Permission.READ_JOURNAL, report + " of class " + classCode
                    + " of school " + school.schoolId() + " (the administration and the class's homeroom teacher"
                    + " read it)");
        }
    }

    /**
     * Checks the actor may read the journal.
     *
     * @throws AccessDeniedException if not
     */
    public static void requireRead(Actor actor, SchoolState school, JournalScope scope, JournalState journal) {
        if (!mayRead(actor, school, scope, journal)) {
            throw new AccessDeniedException(actor, "read", Permission.READ_JOURNAL,
                    "journal " + scope.key() + " of school " + school.schoolId()
                            + " (neither its teacher, a substitute in it, a homeroom teacher of "
                            + scope.classCodes() + ", nor the administration)");
        }
    }

    /** Returns whether the actor may read the journal. */
    public static boolean mayRead(Actor actor, SchoolState school, JournalScope scope, JournalState journal) {
        Set<Role> roles = school.rolesOf(actor.personId());
        return administers(actor, school)
                || teaches(actor, school, scope)
                || roles.contains(Role.SUBJECT_TEACHER) && journal.substitutions().containsValue(actor.personId())
                || scope.classCodes().stream().anyMatch(code -> homeroomTeacher(actor, school, code));
    }

    /** Returns whether the actor is the homeroom teacher of the class (ACC-3). */
    private static boolean homeroomTeacher(Actor actor, SchoolState school, String classCode) {
        return school.rolesOf(actor.personId()).contains(Role.HOMEROOM_TEACHER)
                && school.structure().schoolClass(classCode)
                        .filter(c -> c.homeroomTeacherId().equals(actor.personId())).isPresent();
    }

    private static void requireOpen(JournalScope scope, JournalState journal, Optional<LessonRef> lesson,
            Optional<String> period, Object command) {
        Optional<String> closed = period.or(() -> lesson.flatMap(l -> scope.periodOf(l.date()).map(JournalScope::nameOf)))
                .filter(journal::closed);
        if (closed.isPresent()) {
            throw new JournalException(ErrorCode.LOCKED, name(command) + ": " + closed.get() + " of journal "
                    + scope.key() + " is closed by its final marks (MRK-9); only the administration may correct it,"
                    + " with a reason");
        }
    }

    private static boolean teaches(Actor actor, SchoolState school, JournalScope scope) {
        return school.rolesOf(actor.personId()).contains(Role.SUBJECT_TEACHER)
                && scope.teacher().filter(actor.personId()::equals).isPresent();
    }

    /** Returns whether the actor belongs to the administration (head, deputy). */
    public static boolean administers(Actor actor, SchoolState school) {
        return school.rolesOf(actor.personId()).stream().anyMatch(Permission.ADMINISTER_JOURNALS::heldBy);
    }

    private static String name(Object command) {
        return command.getClass().getSimpleName();
    }
}
