package org.schooljournal.core.access;

import java.util.Optional;

/**
 * Who may read, record and correct in a journal (ACC-2, ACC-3, ACC-4, LES-5, MRK-10). Never soft
 * (DESIGN.md, principle 4): a denial changes nothing and says why. Whether a period is locked by
 * its final marks (MRK-9) is the journal's own rule; the administration's right to correct a
 * locked period is {@link Administration#includes}.
 *
 * <ul>
 *   <li>Record (ACC-2, LES-5): the subject teacher the teaching load names for the journal; a
 *       substitute only in the lessons they substituted; both only while they hold the subject
 *       teacher's role.</li>
 *   <li>Correct (MRK-10): the same people; the administration any entry.</li>
 *   <li>Administer (ACC-4): substitutions, reschedules, grading systems — the administration.
 *       A period mark's deferral (MRK-8) is the subject teacher's, as a period mark is.</li>
 *   <li>Read (ACC-2, ACC-3): the administration every journal; the subject teacher and the
 *       journal's substitutes theirs; a homeroom teacher every journal of their class, without
 *       writing. A report of a whole class (the summary sheet MRK-12, its absences ATT-3): the
 *       administration and the class's homeroom teacher.</li>
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class JournalRights {

    private JournalRights() {
    }

    /**
     * ACC-2, LES-5: checks the actor may record in the journal, in that lesson if the entry
     * belongs to one: its subject teacher, or the lesson's substitute — who must hold the subject
     * teacher's role as well as the substitution: a substitution recorded for a teacher whose role
     * was since revoked gives no right.
     *
     * @param action what the actor does, such as the command's name
     * @throws AccessDeniedException if not
     */
    public static void requireRecord(Actor actor, SchoolRoles school, JournalParties journal,
            Optional<JournalParties.Lesson> lesson, String action) {
        boolean substitute = ActingRoles.holds(actor, school, Role.SUBJECT_TEACHER)
                && lesson.flatMap(JournalParties.Lesson::substitute).filter(actor.personId()::equals).isPresent();
        if (!(teaches(actor, school, journal) || substitute)) {
            throw new AccessDeniedException(actor, action, Permission.RECORD_IN_JOURNAL,
                    "in journal " + journal.journal() + " of school " + school.schoolId() + " (its teacher is "
                            + journal.teacher().orElse("not assigned") + lesson.map(l -> ", and " + l.name() + " has "
                                    + l.substitute().map(s -> "the substitute " + s).orElse("no substitute"))
                                    .orElse("") + ")",
                    lesson.isPresent() ? "LES-5" : "ACC-2");
        }
    }

    /**
     * MRK-10, ACC-4: checks the actor may correct an entry: the administration any entry, the
     * others as they may record it.
     *
     * @throws AccessDeniedException if not
     */
    public static void requireCorrect(Actor actor, SchoolRoles school, JournalParties journal,
            Optional<JournalParties.Lesson> lesson, String action) {
        if (!Administration.includes(actor, school)) {
            requireRecord(actor, school, journal, lesson, action);
        }
    }

    /**
     * ACC-4: checks the actor belongs to the administration, who record substitutions and
     * reschedules and set grading systems.
     *
     * @throws AccessDeniedException if not
     */
    public static void requireAdministration(Actor actor, SchoolRoles school, String journal, String action) {
        if (!Administration.includes(actor, school)) {
            throw new AccessDeniedException(actor, action, Permission.ADMINISTER_JOURNALS,
                    "in journal " + journal + " of school " + school.schoolId(), "ACC-4");
        }
    }

    /**
     * ACC-2, ACC-3: checks the actor may read the journal.
     *
     * @throws AccessDeniedException if not
     */
    public static void requireRead(Actor actor, SchoolRoles school, JournalParties journal) {
        if (!mayRead(actor, school, journal)) {
            throw new AccessDeniedException(actor, "read", Permission.READ_JOURNAL,
                    "journal " + journal.journal() + " of school " + school.schoolId()
                            + " (neither its teacher, a substitute in it, a homeroom teacher of "
                            + journal.classCodes() + ", nor the administration)", "ACC-2");
        }
    }

    /** ACC-2, ACC-3: returns whether the actor may read the journal. */
    public static boolean mayRead(Actor actor, SchoolRoles school, JournalParties journal) {
        return Administration.includes(actor, school)
                || teaches(actor, school, journal)
                || ActingRoles.holds(actor, school, Role.SUBJECT_TEACHER)
                        && journal.substitutes().contains(actor.personId())
                || journal.classCodes().stream().anyMatch(code -> Administration.isHomeroomTeacher(actor, school, code));
    }

    /**
     * ACC-3, ACC-4 (MRK-12, ATT-3): checks the reader may read a report of a whole class: the
     * administration and the class's homeroom teacher may.
     *
     * @param report the report, such as "the summary sheet", for the message
     * @throws AccessDeniedException if not
     */
    public static void requireClassReader(Actor reader, SchoolRoles school, String classCode, String report) {
        if (!(Administration.includes(reader, school) || Administration.isHomeroomTeacher(reader, school, classCode))) {
            throw new AccessDeniedException(reader, "read", Permission.READ_JOURNAL, report + " of class " + classCode
                    + " of school " + school.schoolId() + " (the administration and the class's homeroom teacher"
                    + " read it)", "ACC-3");
        }
    }

    private static boolean teaches(Actor actor, SchoolRoles school, JournalParties journal) {
        return ActingRoles.holds(actor, school, Role.SUBJECT_TEACHER)
                && journal.teacher().filter(actor.personId()::equals).isPresent();
    }
}
