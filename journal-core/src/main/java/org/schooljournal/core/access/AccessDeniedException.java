package org.schooljournal.core.access;

import java.util.Objects;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * An actor tried an action without the right it needs. Nothing was changed. The message names
 * the actor, the action, where the right was needed, the missing right with the roles that hold
 * it, and the requirement of the regulation that denies it.
 */
public final class AccessDeniedException extends JournalException {

    private final transient Actor actor;
    private final String action;
    private final Permission missing;
    private final String requirement;

    /**
     * Creates the exception.
     *
     * @param actor who tried
     * @param action what they tried, such as the command's name
     * @param missing the right they lack
     * @param scope where the right was needed, such as "in school 86-001" or "for class 5А"
     * @param requirement the requirement that denies it, such as {@code ACC-2}
     */
    public AccessDeniedException(Actor actor, String action, Permission missing, String scope, String requirement) {
        super(ErrorCode.ACCESS_DENIED, actor + " may not " + action + " " + scope + ": it needs "
                + missing + ", held by " + missing.holders() + " (" + requirement + ")");
        this.actor = actor;
        this.action = action;
        this.missing = missing;
        this.requirement = Objects.requireNonNull(requirement, "requirement");
    }

    /**
     * Creates the exception for an actor who may not act whatever rights their roles hold, such as
     * the holder of a blocked account (PD-4).
     *
     * @param actor who tried
     * @param action what they tried, such as the command's name
     * @param missing the right they lack
     * @param scope where the right was needed
     * @param requirement the requirement that denies it, such as {@code PD-4}
     * @param reason why they lack it, in place of the roles that hold it
     */
    public AccessDeniedException(Actor actor, String action, Permission missing, String scope, String requirement,
            String reason) {
        super(ErrorCode.ACCESS_DENIED, actor + " may not " + action + " " + scope + ": " + reason + " ("
                + requirement + ")");
        this.actor = actor;
        this.action = action;
        this.missing = missing;
        this.requirement = Objects.requireNonNull(requirement, "requirement");
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

    /** Returns the requirement of the regulation that denies the action, such as {@code ACC-2}. */
    public String requirement() {
        return requirement;
    }
}
