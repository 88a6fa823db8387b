package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.schooljournal.core.school.SchoolId;

/**
 * Makes a remark (замечание) to a student from the journal's page (DRY-6): it lands in the
 * diary, where the student and their guardians read it, and the teacher sees which guardian has
 * read it (DRY-5). Guardians who chose immediate e-mail get it at once, the others in their
 * digest (NTF-3). The journal's teacher makes it; it is corrected like every entry (MRK-10).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param holderCode the class or group of the journal
 * @param subjectCode the subject of the journal
 * @param studentId the student, in the journal today
 * @param text the remark
 * @param copies who else gets a copy
 */
public record MakeRemark(
        @NotNull @Pattern(regexp = SchoolId.PATTERN) String schoolId,
        @NotBlank String holderCode,
        @NotBlank String subjectCode,
        @NotBlank String studentId,
        @NotBlank String text,
        @NotNull @Valid Copies copies) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState journal) {
        return Correspondence.write(context, journal, this, EntryKind.REMARK, studentId, text, copies);
    }
}
