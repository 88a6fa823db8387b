package org.schooljournal.core.access;

import org.schooljournal.core.Actor;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * An actor tried an action without the right it needs. Nothing was changed.
 */
public final class AccessDeniedException extends JournalException {

    private final transient Actor actor;
    private final String action;
    private final Permission missing;

    /**
     * Creates the exception.
     *
     * @param actor who tried
     * @param action what they tried, such as the command's name
     * @param missing the right they lack
     * @param scope where the right was needed, such as "in school 86-001" or "for class 5А"
     */
    public AccessDeniedException(Actor actor, String action, Permission missing, String scope) {
        super(ErrorCode.ACCESS_DENIED, actor + " may not " + action + " " + scope + ": it needs "
                + missing + ", held by " + missing.holders());
        this.actor = actor;
        this.action = action;
        this.missing = missing;
    }

    /** Returns who tried. */
    public Actor actor() {
        return actor;
    }

    /** Returns what they tried. */
    public String action() {
        return action;
    }

    /** Returns the right they lack. */
    public Permission missing() {
        return missing;
    }
}
