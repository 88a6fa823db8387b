package org.schooljournal.core.journal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.schooljournal.core.validation.BoundedDate;

/**
 * A dated lesson of a journal: the date and the slot of the bell schedule (LES-1). A double lesson
 * is two lessons, in two slots.
 *
 * <p>This record is immutable and thread-safe; it orders by date, then slot.
 *
 * @param date the lesson's date
 * @param slot the slot's number in the bell schedule, 0 or more
 */
public record LessonRef(@BoundedDate LocalDate date, int slot) implements Comparable<LessonRef> {

    private static final Comparator<LessonRef> ORDER =
            Comparator.comparing(LessonRef::date).thenComparingInt(LessonRef::slot);

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the slot is negative
     */
    public LessonRef {
        Objects.requireNonNull(date, "date");
        if (slot < 0) {
            throw new IllegalArgumentException("slot must not be negative, was " + slot);
        }
    }

    @Override
    public int compareTo(LessonRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return date + " #" + slot;
    }
}
