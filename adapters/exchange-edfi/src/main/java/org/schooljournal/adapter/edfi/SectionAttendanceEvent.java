package org.schooljournal.adapter.edfi;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * An Ed-Fi {@code StudentSectionAttendanceEvent} (EXC-1): a pupil's absence from a lesson of a
 * journal, or their lateness to it (ATT-1), with the category, the reason in Russian and, for a
 * lateness, the time the pupil arrived.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param studentUniqueId the pupil's identifier, Ed-Fi's {@code StudentUniqueId}
 * @param section the journal
 * @param eventDate the lesson's date
 * @param category the category: «н» unexcused, «б» and «ну» excused, lateness tardy
 * @param reason the reason, such as «Болезнь» or «Опоздание на 10 мин»
 * @param arrivalTime when a late pupil arrived, where the lesson's start is known
 */
public record SectionAttendanceEvent(String studentUniqueId, Section section, LocalDate eventDate,
        AttendanceCategory category, Optional<String> reason, Optional<LocalTime> arrivalTime) {

    /**
     * Checks the parts against the Ed-Fi schema.
     *
     * @throws IllegalArgumentException if the pupil's identifier is empty or longer than 32
     *     characters (Ed-Fi {@code UniqueId}), or the reason empty or longer than 255
     */
    public SectionAttendanceEvent {
        EdfiLimits.text("studentUniqueId", studentUniqueId, "UniqueId", 1, 32);
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(arrivalTime, "arrivalTime");
        reason.ifPresent(text -> EdfiLimits.text("reason", text, "AttendanceEventReason", 1, 255));
    }
}
