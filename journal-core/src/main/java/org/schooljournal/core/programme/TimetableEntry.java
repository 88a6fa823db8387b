package org.schooljournal.core.programme;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * One entry of the timetable (расписание), YR-9 and YR-12: what a class or study group does in one
 * slot of its bell schedule on one weekday, with whom and where. A class or group has at most one
 * entry in a slot; so has a teacher, and a room.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param holderCode the class or group
 * @param day the weekday
 * @param slot the slot's number in the class's bell schedule, 0 or more
 * @param kind the kind of activity
 * @param subjectCode the subject, course or activity
 * @param teacherId the teacher, a member of the staff
 * @param roomNumber the room
 */
public record TimetableEntry(
        String holderCode, DayOfWeek day, int slot, ActivityKind kind,
        String subjectCode, String teacherId, String roomNumber) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the slot is negative
     */
    public TimetableEntry {
        Objects.requireNonNull(holderCode, "holderCode");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectCode, "subjectCode");
        Objects.requireNonNull(teacherId, "teacherId");
        Objects.requireNonNull(roomNumber, "roomNumber");
        if (slot < 0) {
            throw new IllegalArgumentException("slot must not be negative, was " + slot);
        }
    }

    /** Returns whether this entry is in that slot of that weekday. */
    public boolean at(DayOfWeek weekday, int slotNumber) {
        return day == weekday && slot == slotNumber;
    }
}
