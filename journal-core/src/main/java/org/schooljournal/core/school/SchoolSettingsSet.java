package org.schooljournal.core.school;

/**
 * The school's own settings over the region's rule set were set (ACC-5; DESIGN.md, principle 11):
 * from this event on, the school's rules and forecasts follow them. The settings replace the
 * previous ones as a whole. Applying it only stores them: whether they fit a rule set is decided
 * before the append, and again whenever the school's rules are read, never while applying.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param settings the school's settings; {@link SchoolSettings#REGION_DEFAULTS} to follow the region
 */
public record SchoolSettingsSet(SchoolSettings settings) implements OwnEvent {

    SchoolState applyTo(SchoolState state) {
        return state.withSettings(settings);
    }
}
