package org.schooljournal.core.access;

import java.time.Instant;
import java.util.Optional;

/**
 * Who may act through an account, and who handles its compromise (PD-3, PD-4). Never soft
 * (DESIGN.md, principle 4).
 *
 * <ul>
 *   <li>A blocked account (PD-4) may do nothing: from the moment the head and support were informed
 *       of its compromise until the administration restores it, every command and every read of
 *       its actor is refused, naming PD-4 and the report.</li>
 *   <li>A compromise is reported (PD-4, R 4.3) by the person themselves or by those who receive
 *       such reports: the administration and the system administrator
 *       ({@link Permission#HANDLE_COMPROMISE}).</li>
 *   <li>The act is drawn up, read, and the account restored, by those same receivers of reports
 *       (R 4.4), never by the person.</li>
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AccountRights {

    private AccountRights() {
    }

    /**
     * PD-4: checks the actor's account is not blocked at that instant.
     *
     * @param blocks whose accounts are blocked: the school's state
     * @param at the instant of the action: the engine's now
     * @param action what the actor does, such as the command's name or "read"
     * @param scope where, such as "in school 86-001" or "journal 5А × math of school 86-001"
     * @throws AccessDeniedException naming PD-4, the report and since when, if it is blocked
     */
    public static void requireActive(Actor actor, AccountBlocks blocks, Instant at, String action, String scope) {
        Optional<AccountBlocks.Block> block = blocks.blockOf(actor.personId(), at);
        if (block.isPresent()) {
            throw new AccessDeniedException(actor, action, Permission.USE_ACCOUNT, scope, "PD-4",
                    "the account is blocked since " + block.get().since() + ", when the head and support were"
                            + " informed of its compromise (report " + block.get().report() + "); the administration"
                            + " or the system administrator restores it (RestoreAccount)");
        }
    }

    /**
     * PD-4: checks the actor may report a compromise of the person's account: the person
     * themselves, the administration, or the system administrator.
     *
     * @throws AccessDeniedException if not
     */
    public static void requireReporter(Actor actor, SchoolRoles school, String personId, String action) {
        if (!(actor.personId().equals(personId) || handles(actor, school))) {
            throw new AccessDeniedException(actor, action, Permission.HANDLE_COMPROMISE, "for the account of "
                    + personId + " in school " + school.schoolId() + " (the person themselves, the administration or"
                    + " the system administrator reports it)", "PD-4");
        }
    }

    /**
     * PD-4: checks the actor handles compromise reports: draws up the act, reads it, restores the
     * account — the administration or the system administrator.
     *
     * @param what what it is done to, such as "act 1 of school 86-001"
     * @throws AccessDeniedException if not
     */
    public static void requireHandler(Actor actor, SchoolRoles school, String action, String what) {
        if (!handles(actor, school)) {
            throw new AccessDeniedException(actor, action, Permission.HANDLE_COMPROMISE, what, "PD-4");
        }
    }

    private static boolean handles(Actor actor, SchoolRoles school) {
        return school.rolesOf(actor.personId()).stream().anyMatch(Permission.HANDLE_COMPROMISE::heldBy);
    }
}
