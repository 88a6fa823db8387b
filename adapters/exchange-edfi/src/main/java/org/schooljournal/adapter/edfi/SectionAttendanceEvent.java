package org.schooljournal.adapter.edfi;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An Ed-Fi {@code StudentSectionAttendanceEvent} (EXC-1): a pupil's absences from the lessons of a
 * journal on a day, or their lateness to them (ATT-1), of one category, with the reason in Russian,
 * for a lateness the time the pupil arrived, and the lessons as Ed-Fi class periods. Ed-Fi keys
 * the event by pupil, section, date and category, so the lessons of a double lesson are one event
 * with two class periods, not two events a host would fold into one.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param studentUniqueId the pupil's identifier, Ed-Fi's {@code StudentUniqueId}
 * @param section the journal
 * @param eventDate the lesson's date
 * @param category the category: «н» unexcused, «б» and «ну» excused, lateness tardy
 * @param reason the reason, such as «Болезнь» or «Опоздание на 10 мин»
 * @param arrivalTime when a late pupil arrived, where the lesson's start is known
 * @param classPeriods the lessons' numbers in the day's bell schedule, ascending, each an Ed-Fi
 *     {@code ClassPeriodName}; empty if not known
 */
public record SectionAttendanceEvent(String studentUniqueId, Section section, LocalDate eventDate,
        AttendanceCategory category, Optional<String> reason, Optional<LocalTime> arrivalTime,
        List<Integer> classPeriods) {

    /**
     * Checks the parts against the Ed-Fi schema.
     *
     * @throws IllegalArgumentException if the pupil's identifier is empty or longer than 32
     *     characters (Ed-Fi {@code UniqueId}), the reason empty or longer than 255, or the class
     *     periods not positive and ascending
     */
    public SectionAttendanceEvent {
        EdfiLimits.text("studentUniqueId", studentUniqueId, "UniqueId", 1, 32);
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(arrivalTime, "arrivalTime");
        reason.ifPresent(text -> EdfiLimits.text("reason", text, "AttendanceEventReason", 1, 255));
        classPeriods = List.copyOf(Objects.requireNonNull(classPeriods, "classPeriods"));
        for (int i = 0; i < classPeriods.size(); i++) {
            if (classPeriods.get(i) < 1 || i > 0 && classPeriods.get(i) <= classPeriods.get(i - 1)) {
                throw new IllegalArgumentException("classPeriods must be lesson numbers from 1, ascending, was "
                        + classPeriods);
            }
        }
    }

    /** Returns the event without class periods: a pupil's attendance in a section on a day. */
    public SectionAttendanceEvent(String studentUniqueId, Section section, LocalDate eventDate,
            AttendanceCategory category, Optional<String> reason, Optional<LocalTime> arrivalTime) {
        this(studentUniqueId, section, eventDate, category, reason, arrivalTime, List.of());
    }
}
