package org.schooljournal.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The bell schedule (режим работы, расписание звонков) of one class or group: its lesson slots on
 * each day of the week, YR-9. It answers "when does that class's last lesson end that day", from
 * which homework is due (LES-4).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BellSchedule {

    private final Map<DayOfWeek, List<LessonSlot>> slots;

    private BellSchedule(Map<DayOfWeek, List<LessonSlot>> slots) {
        this.slots = slots;
    }

    /**
     * Returns a schedule with the given slots on each day; days not in the map have no lessons.
     *
     * @param slotsByDay the slots of each day, in any order
     * @return the schedule
     * @throws IllegalArgumentException if two slots of a day share a number or overlap, or if a
     *     later-numbered slot starts before an earlier one ends
     */
    public static BellSchedule of(Map<DayOfWeek, List<LessonSlot>> slotsByDay) {
        Objects.requireNonNull(slotsByDay, "slotsByDay");
        Map<DayOfWeek, List<LessonSlot>> checked = new EnumMap<>(DayOfWeek.class);
        slotsByDay.forEach((day, daySlots) -> {
            Objects.requireNonNull(day, "day");
            List<LessonSlot> sorted = daySlots.stream()
                    .sorted(Comparator.comparingInt(LessonSlot::number))
                    .toList();
            for (int i = 1; i < sorted.size(); i++) {
                LessonSlot before = sorted.get(i - 1);
                LessonSlot after = sorted.get(i);
                if (before.number() == after.number()) {
                    throw new IllegalArgumentException(
                            day + " has two lessons numbered " + after.number());
                }
                if (after.start().isBefore(before.end())) {
                    throw new IllegalArgumentException(day + ": lesson " + after.number()
                            + " starts at " + after.start() + ", before lesson " + before.number()
                            + " ends at " + before.end());
                }
            }
            if (!sorted.isEmpty()) {
                checked.put(day, sorted);
            }
        });
        return new BellSchedule(checked);
    }

    /**
     * Returns a schedule with the same slots on each of the given days.
     *
     * @throws IllegalArgumentException as {@link #of(Map)}
     */
    public static BellSchedule sameOn(Set<DayOfWeek> days, List<LessonSlot> daySlots) {
        Map<DayOfWeek, List<LessonSlot>> map = new EnumMap<>(DayOfWeek.class);
        days.forEach(day -> map.put(day, daySlots));
        return of(map);
    }

    /** Returns the days that have lessons. */
    public Set<DayOfWeek> days() {
        return Set.copyOf(slots.keySet());
    }

    /** Returns the slots of that day in the order of their numbers; empty if it has no lessons. */
    public List<LessonSlot> slots(DayOfWeek day) {
        return slots.getOrDefault(day, List.of());
    }

    /** Returns the slot with that number on that day, if there is one. */
    public Optional<LessonSlot> slot(DayOfWeek day, int number) {
        return slots(day).stream().filter(slot -> slot.number() == number).findFirst();
    }

    /** Returns when the last lesson of that day ends; empty if the day has no lessons. */
    public Optional<LocalTime> endOfLessons(DayOfWeek day) {
        List<LessonSlot> daySlots = slots(day);
        return daySlots.isEmpty()
                ? Optional.empty()
                : Optional.of(daySlots.get(daySlots.size() - 1).end());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BellSchedule that && slots.equals(that.slots);
    }

    @Override
    public int hashCode() {
        return slots.hashCode();
    }

    @Override
    public String toString() {
        return "BellSchedule" + slots;
    }
}
