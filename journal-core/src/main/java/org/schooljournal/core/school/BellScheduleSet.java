package org.schooljournal.core.school;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.schooljournal.rules.calendar.BellSchedule;
import org.schooljournal.rules.calendar.LessonSlot;

/**
 * A class's bell schedule was set (YR-9).
 *
 * <p>This record is immutable and thread-safe.
 */
public record BellScheduleSet(String classCode, Map<DayOfWeek, List<LessonSlot>> slots) implements OwnEvent {

    SchoolState applyTo(SchoolState state) {
        SchoolClass schoolClass = state.structure().schoolClass(classCode).orElseThrow();
        return state.withStructure(state.structure().withClass(schoolClass.withBells(BellSchedule.of(slots))));
    }
}
