package org.schooljournal.core.access;

import java.util.Set;

/**
 * Who may read a student's diary and its paper extract (DRY-2, DRY-4, PD-2), and whose openings
 * are a guardian's read receipts (DRY-5). Never soft.
 *
 * <ul>
 *   <li>The diary (DRY-2, PD-2): the student their own, from their own account, and the
 *       student's guardians.</li>
 *   <li>The paper extract (DRY-4): the student's guardians, and the school that prints it for
 *       them — the administration and the homeroom teacher of the student's class.</li>
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DiaryRights {

    private DiaryRights() {
    }

    /** DRY-2, PD-2: returns whether the reader reads the diary as one of the student's guardians. */
    public static boolean readsAsGuardian(Actor reader, SchoolRoles school, Guardianships roster, String studentId) {
        return ActingRoles.holds(reader, school, Role.GUARDIAN) && roster.represents(reader.personId(), studentId);
    }

    /**
     * DRY-5: returns whether the reader's opening of the diary registers that a guardian has read
     * it: they read it as one of the student's guardians, and they do not keep the list of the
     * student's class (ROS-4) — neither the administration nor the class's homeroom teacher.
     * Whoever keeps that list could have made the guardianship themselves, and reads the journal
     * of the class anyway; a receipt must show that the family was told, so nobody vouches for
     * it through a link they keep. Such a guardian still reads the diary; their openings are not
     * receipts.
     *
     * @param classCode the student's class now
     */
    public static boolean countsAsReceipt(Actor reader, SchoolRoles school, Guardianships roster, String studentId,
            String classCode) {
        return readsAsGuardian(reader, school, roster, studentId)
                && !Administration.keepsClassList(reader, school, classCode);
    }

    /** DRY-2, PD-2: whether the reader is the student, from their own account, or one of their guardians. */
    public static boolean mayRead(Actor reader, SchoolRoles school, Guardianships roster, String studentId) {
        boolean own = reader.personId().equals(studentId) && ActingRoles.holds(reader, school, Role.STUDENT);
        return own || readsAsGuardian(reader, school, roster, studentId);
    }

    /**
     * EXC-2, PD-2: checks that the reader of a school's event feed reads some student's diary — is
     * a student of the school or a guardian of one; the feed then carries only what those
     * students' diaries show ({@link #mayRead}).
     *
     * @param readable the students whose diaries the reader may read
     * @throws AccessDeniedException if there are none
     */
    public static void requireFeedReader(Actor reader, SchoolRoles school, Set<String> readable) {
        if (readable.isEmpty()) {
            throw new AccessDeniedException(reader, "read", Permission.READ_DIARY, "the event feed of school "
                    + school.schoolId() + " (a student reads their own, a guardian their children's; the host all)",
                    "PD-2");
        }
    }

    /**
     * DRY-2, PD-2: checks the reader is the student or one of their guardians.
     *
     * @throws AccessDeniedException if not
     */
    public static void requireReader(Actor reader, SchoolRoles school, Guardianships roster, String studentId) {
        if (!mayRead(reader, school, roster, studentId)) {
            throw new AccessDeniedException(reader, "read", Permission.READ_DIARY, "the diary of student " + studentId
                    + " of school " + school.schoolId() + " (the student and their guardians read it)", "DRY-2");
        }
    }

    /**
     * DRY-4, PD-2: checks the reader may have a paper extract of the student's diary: one of the
     * student's guardians, the administration, or the homeroom teacher of the student's class.
     *
     * @throws AccessDeniedException if not
     */
    public static void requireExtractReader(Actor reader, SchoolRoles school, Guardianships roster, String studentId,
            String classCode) {
        if (!(readsAsGuardian(reader, school, roster, studentId) || Administration.keepsClassList(reader, school, classCode))) {
            throw new AccessDeniedException(reader, "read", Permission.READ_JOURNAL, "the diary extract of student "
                    + studentId + " of class " + classCode + " of school " + school.schoolId() + " (the administration"
                    + " and the class's homeroom teacher read it)", "DRY-4");
        }
    }
}
