package org.schooljournal.core.reports;

import java.util.List;
import java.util.Objects;

/**
 * One thing missing from the year's set-up (YR-11): which part, what it concerns (a class's
 * code, a subject's code, an education level), and an English description of it. Russian text
 * for people comes from the bundles, by {@link SetupItem} and {@code refersTo}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param item the part of the set-up
 * @param refersTo what it concerns, most general first, such as {@code [5А, МАТ]}; empty when it
 *     concerns the whole school
 * @param description what is missing, in English
 */
public record MissingItem(SetupItem item, List<String> refersTo, String description) {

    /** Checks the parts and copies the references. */
    public MissingItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(description, "description");
        refersTo = List.copyOf(refersTo);
    }

    /** Returns something missing of the whole school. */
    static MissingItem of(SetupItem item, String description) {
        return new MissingItem(item, List.of(), description);
    }

    /** Returns the requirement of the missing part, such as {@code YR-6}. */
    public String requirementId() {
        return item.requirementId();
    }

    @Override
    public String toString() {
        return requirementId() + ": " + description;
    }
}
