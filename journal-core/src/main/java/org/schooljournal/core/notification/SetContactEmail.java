package org.schooljournal.core.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.BoundedDate;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Gives a guardian's e-mail address, in writing or electronically (NTF-4), with the hash of the
 * single-use token of its confirmation link; the address gets nothing until the link is used
 * (NTF-1). {@code JournalEngine.setContactEmail} makes the token and returns it for the link.
 *
 * @param schoolId the school
 * @param guardianId the guardian
 * @param email the address
 * @param source written or electronic
 * @param tokenSha256 the SHA-256 of the link's token, 64 lower-case hex digits
 * @param expiresAt the last instant the link is accepted; after now
 */
public record SetContactEmail(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String guardianId,
        @NotBlank @Email @OneLine(max = Texts.EMAIL) String email,
        @NotNull DocumentForm source,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}") String tokenSha256,
        @NotNull @BoundedDate Instant expiresAt) implements ContactCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        GuardianAccess.require(context.actor(), state, guardianId, source, this);
        if (!expiresAt.isAfter(context.now())) {
            throw InvalidCommandException.of(this, "expiresAt", expiresAt, "must be after now, " + context.now());
        }
        return List.of(new EmailContactSet(guardianId, email.strip(), source, tokenSha256, expiresAt));
    }
}
