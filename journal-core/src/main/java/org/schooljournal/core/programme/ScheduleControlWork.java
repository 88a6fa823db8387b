package org.schooljournal.core.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.BoundedDate;
import org.schooljournal.core.validation.Code;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Puts a control work of a class or study group on the control-work schedule, with its form of
 * control (YR-10, ACC-4). Once the academic year is set, the date must be a school day of the
 * class — of every base class of a group — by the school calendar: in a study period, on a day of
 * the school week, neither in holidays nor a public non-working day. Scheduling the same work
 * again changes nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param holderCode the class or group
 * @param subjectCode the subject
 * @param date the day of the work
 * @param form the form of control, in Russian, such as «контрольная работа», «диктант», «тест»
 */
public record ScheduleControlWork(
        @NotNull @SchoolId String schoolId,
        @NotNull @Code String holderCode,
        @NotNull @Code String subjectCode,
        @NotNull @BoundedDate LocalDate date,
        @NotBlank @OneLine(max = Texts.TITLE) String form) implements ProgrammeCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        Holder holder = References.holder(state, this, "holderCode", holderCode);
        References.requireSubject(state, this, "subjectCode", subjectCode);
        ControlWork work = new ControlWork(holderCode, subjectCode, date, form);
        if (Programme.of(state).controlWorks().contains(work)) {
            return List.of();
        }
        SchoolDays schoolDays = SchoolDays.of(state);
        for (String classCode : holder.classCodes()) {
            if (!schoolDays.isSchoolDay(classCode, date)) {
                throw InvalidCommandException.of(this, "date", date, "is not a school day of class " + classCode);
            }
        }
        return List.of(new ControlWorkScheduled(work));
    }
}
