package org.schooljournal.core.diary;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A lesson in a student's diary (DRY-3): when, which subject and teacher (the substitute, if the
 * lesson was substituted), whether it was moved there, a control work of the schedule, the topic,
 * the class's and the student's own homework, the student's marks and absence.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param slot the slot of the bell schedule
 * @param start when it starts
 * @param end when it ends
 * @param subject the subject's name
 * @param teacher the teacher's name
 * @param substitute the substitute's name, if substituted (LES-5)
 * @param moved whether the lesson was moved to this date and slot (LES-5)
 * @param controlWork whether the control-work schedule has a work of the subject that day (YR-10)
 * @param topic the topic, once recorded
 * @param homework the homework of the class, once set
 * @param ownHomework the student's own homework, if set
 * @param marks the student's current marks
 * @param absence the student's absence code, if absent
 */
public record DiaryLesson(
        int slot, LocalTime start, LocalTime end, String subject, String teacher, Optional<String> substitute,
        boolean moved, boolean controlWork, Optional<String> topic, Optional<String> homework,
        Optional<String> ownHomework, List<DiaryMark> marks, Optional<String> absence) {

    /** Copies the marks. */
    public DiaryLesson {
        marks = List.copyOf(marks);
    }
}
