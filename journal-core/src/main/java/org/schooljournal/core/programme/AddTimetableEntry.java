package org.schooljournal.core.programme;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolClass;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.Code;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.rules.calendar.BellSchedule;

/**
 * Adds an entry to the timetable of a class or study group, for any kind of activity: a lesson,
 * extracurricular activity, additional education (YR-9, YR-12, ACC-4). The day must be in the
 * school week and the slot in the bell schedule of the class — of each base class of a group —
 * whose bells are set. The class or group, the teacher and the room must each be free in that
 * slot of that weekday; to change an entry, remove it first. Adding the same entry again changes
 * nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param holderCode the class or group
 * @param day the weekday
 * @param slot the slot's number in the bell schedule
 * @param kind the kind of activity
 * @param subjectCode the subject, course or activity
 * @param teacherId the teacher
 * @param roomNumber the room
 */
public record AddTimetableEntry(
        @NotNull @SchoolId String schoolId,
        @NotNull @Code String holderCode,
        @NotNull DayOfWeek day,
        @Min(0) int slot,
        @NotNull ActivityKind kind,
        @NotNull @Code String subjectCode,
        @NotNull @PersonId String teacherId,
        @NotNull @Code String roomNumber) implements ProgrammeCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        Holder holder = References.holder(state, this, "holderCode", holderCode);
        References.requireSubject(state, this, "subjectCode", subjectCode);
        References.requireStaff(state, this, "teacherId", teacherId);
        References.requireRoom(state, this, "roomNumber", roomNumber);
        TimetableEntry entry = new TimetableEntry(holderCode, day, slot, kind, subjectCode, teacherId, roomNumber);
        Optional<TimetableEntry> occupying = Programme.of(state).timetableEntry(holderCode, day, slot);
        if (occupying.equals(Optional.of(entry))) {
            return List.of();
        }
        checkBells(state, holder);
        occupying.ifPresent(other -> {
            throw InvalidCommandException.of(this, "holderCode", holderCode,
                    "already has " + other.subjectCode() + " on " + day + " in slot " + slot + "; remove it first");
        });
        for (TimetableEntry other : Programme.of(state).timetable()) {
            if (other.at(day, slot) && other.teacherId().equals(teacherId)) {
                throw InvalidCommandException.of(this, "teacherId", teacherId,
                        "already teaches " + other.holderCode() + " on " + day + " in slot " + slot);
            }
            if (other.at(day, slot) && other.roomNumber().equals(roomNumber)) {
                throw InvalidCommandException.of(this, "roomNumber", roomNumber,
                        "is already used by " + other.holderCode() + " on " + day + " in slot " + slot);
            }
        }
        return List.of(new TimetableEntryAdded(entry));
    }

    private void checkBells(SchoolState state, Holder holder) {
        if (!state.structure().schoolWeek().includes(day)) {
            throw InvalidCommandException.of(this, "day", day,
                    "is outside the " + state.structure().schoolWeek() + " school week");
        }
        for (String classCode : holder.classCodes()) {
            Optional<BellSchedule> bells = state.structure().schoolClass(classCode).flatMap(SchoolClass::bells);
            if (bells.isPresent() && bells.get().slot(day, slot).isEmpty()) {
                throw InvalidCommandException.of(this, "slot", slot,
                        "is not in the bell schedule of class " + classCode + " on " + day);
            }
        }
    }
}
