package org.schooljournal.core.school;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.rules.calendar.BellSchedule;
import org.schooljournal.rules.calendar.LessonSlot;

/**
 * A class's bell schedule was set (YR-9).
 *
 * <p>This record is immutable and thread-safe.
 */
public record BellScheduleSet(String classCode, Map<DayOfWeek, List<LessonSlot>> slots) implements OwnEvent {

    /**
     * Sets the class's bells. Total (DESIGN.md, principle 9): {@link SetBellSchedule} decides it
     * only for a class of the state it appends after, with slots {@link BellSchedule#of} accepts,
     * and classes are never removed; a stream that holds one for a class it never opened, or with
     * slots that overlap (written by hand), folds without it.
     */
    SchoolState applyTo(SchoolState state) {
        Optional<SchoolClass> schoolClass = state.structure().schoolClass(classCode);
        if (schoolClass.isEmpty()) {
            return state;
        }
        BellSchedule bells;
        try {
            bells = BellSchedule.of(slots);
        } catch (IllegalArgumentException | NullPointerException overlapping) {
            return state;
        }
        return state.withStructure(state.structure().withClass(schoolClass.get().withBells(bells)));
    }
}
