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
 * Writes a message to a student's guardians from the journal's page (DRY-6): private to the
 * guardians (the student's diary does not show it), kept in the teacher's sent messages with
 * whether each guardian has read it (DRY-5). Guardians who chose immediate e-mail get it at once,
 * the others in their digest (NTF-3).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param journal the class or group and the subject
 * @param studentId the student whose guardians are written to, in the journal today
 * @param text the message
 * @param copies who else gets a copy
 */
public record MessageGuardians(
        @NotNull @SchoolId String schoolId,
        @NotNull @Valid JournalKey journal,
        @NotNull @PersonId String studentId,
        @NotBlank @Paragraphs(max = Texts.MESSAGE) String text,
        @NotNull @Valid Copies copies) implements JournalCommand {

    List<JournalEvent> decide(JournalContext context, JournalState state) {
        return Correspondence.write(context, state, this, EntryKind.GUARDIAN_MESSAGE, studentId, text, copies);
    }
}
