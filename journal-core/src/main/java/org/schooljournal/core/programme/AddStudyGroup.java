package org.schooljournal.core.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolClass;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.Code;
import org.schooljournal.core.validation.Identifiers;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.SchoolId;

/**
 * Forms a study group, or changes its classes, grade or student (YR-5, YR-12, ACC-4): half a class,
 * an elective, a club, a project, an extended-day group, a stream across classes, or one student
 * on an individual curriculum. Its base classes must be open. Half a class and an individual
 * group have exactly one base class; half a class, a stream and an individual group are of the
 * grade of every base class, other groups of the grade of one of them. Only an individual group
 * names its student. A group's code is never of a class's form (5А), so that a code names a class
 * or a group, not both. Forming it again as it is changes nothing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param code the group's code
 * @param kind the kind of group
 * @param baseClassCodes the classes its students come from
 * @param grade the grade it learns at
 * @param studentId the student of an {@link GroupKind#INDIVIDUAL} group; empty text for other kinds
 */
public record AddStudyGroup(
        @NotNull @SchoolId String schoolId,
        @NotNull @Code String code,
        @NotNull GroupKind kind,
        @NotEmpty @Size(max = 50) List<@NotNull @Code String> baseClassCodes,
        @Min(1) @Max(11) int grade,
        @NotNull @OneLine(max = Identifiers.PERSON_ID_MAX) String studentId) implements ProgrammeCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        if (code.matches(SchoolClass.CODE_PATTERN)) {
            throw InvalidCommandException.of(this, "code", code, "must not have the form of a class's code");
        }
        Set<String> seen = new HashSet<>();
        for (String classCode : baseClassCodes) {
            if (!seen.add(classCode)) {
                throw InvalidCommandException.of(this, "baseClassCodes", classCode, "is named twice");
            }
            References.requireClass(state, this, "baseClassCodes", classCode);
        }
        if (kind.singleClass() && baseClassCodes.size() != 1) {
            throw InvalidCommandException.of(this, "baseClassCodes", baseClassCodes,
                    "a " + kind + " group has exactly one base class");
        }
        checkGrade(state);
        String student = studentId.strip();
        if (!student.isEmpty() && !Identifiers.isPersonId(student)) {
            throw InvalidCommandException.of(this, "studentId", studentId, Identifiers.PERSON_ID_RULE);
        }
        if (kind == GroupKind.INDIVIDUAL && student.isEmpty()) {
            throw InvalidCommandException.of(this, "studentId", studentId, "an INDIVIDUAL group names its student");
        }
        if (kind != GroupKind.INDIVIDUAL && !student.isEmpty()) {
            throw InvalidCommandException.of(this, "studentId", studentId,
                    "only an INDIVIDUAL group names a student, not a " + kind + " group");
        }
        StudyGroup group = new StudyGroup(code, kind, baseClassCodes, grade,
                Optional.of(student).filter(id -> !id.isEmpty()));
        return Programme.of(state).group(code).equals(Optional.of(group))
                ? List.of()
                : List.of(StudyGroupAdded.of(group));
    }

    private void checkGrade(SchoolState state) {
        List<Integer> grades = baseClassCodes.stream()
                .map(classCode -> state.structure().schoolClass(classCode).map(SchoolClass::grade).orElseThrow())
                .toList();
        if (kind.singleGrade() && grades.stream().anyMatch(g -> g != grade)) {
            throw InvalidCommandException.of(this, "grade", grade,
                    "a " + kind + " group is of the grade of each of its classes " + baseClassCodes);
        }
        if (!grades.contains(grade)) {
            throw InvalidCommandException.of(this, "grade", grade,
                    "is not the grade of any of the classes " + baseClassCodes);
        }
    }
}
