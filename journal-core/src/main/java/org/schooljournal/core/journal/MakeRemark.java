package org.schooljournal.core.journal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.core.validation.Paragraphs;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Makes a remark (замечание) to a student from the journal's page (DRY-6): it lands in the
 * diary, where the student and their guardians read it, and the teacher sees which guardian has
 * read it (DRY-5). Guardians who chose immediate e-mail get it at once, the others in their
 * digest (NTF-3). The journal's teacher makes it; it is corrected like every entry (MRK-10).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param journal the class or group and the subject
 * @param studentId the student, in the journal today
 * @param text the remark
 * @param copies who else gets a copy
 */
public record MakeRemark(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid JournalKey journal,
        @NotNull @PersonId String studentId,
        @NotBlank @Paragraphs(max = Texts.MESSAGE) String text,
        @NotNull @Valid Copies copies) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        return Correspondence.write(context, state, this, EntryKind.REMARK, studentId, text, copies);
    }
}
