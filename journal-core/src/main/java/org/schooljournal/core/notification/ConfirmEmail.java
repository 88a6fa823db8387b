package org.schooljournal.core.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.schooljournal.core.school.CommandContext;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.OneLine;
import org.schooljournal.core.validation.PersonId;
import org.schooljournal.core.validation.SchoolId;
import org.schooljournal.core.validation.Texts;

/**
 * Confirms a guardian's e-mail address with the token of its link (NTF-1): accepted once, before
 * it expires, from the guardian themselves.
 *
 * @param schoolId the school
 * @param guardianId the guardian
 * @param token the token of the link
 */
public record ConfirmEmail(
        @NotNull @SchoolId String schoolId,
        @NotNull @PersonId String guardianId,
        @NotBlank @OneLine(max = Texts.TOKEN) String token) implements ContactCommand {

    List<SchoolEvent> decide(SchoolState state, CommandContext context) {
        GuardianAccess.require(context.actor(), state, guardianId, DocumentForm.ELECTRONIC, this);
        GuardianContact contact = Contacts.of(state).of(guardianId);
        GuardianContact.PendingToken pending = contact.pendingToken().orElseThrow(() -> InvalidCommandException.of(
                this, "token", "…", contact.emailConfirmed() ? "was used already: the address is confirmed"
                        : "is not expected: no address waits for confirmation"));
        if (!MessageDigest.isEqual(sha256(token).getBytes(StandardCharsets.US_ASCII),
                pending.sha256().getBytes(StandardCharsets.US_ASCII))) {
            throw InvalidCommandException.of(this, "token", "…", "does not match the link sent to "
                    + contact.email().orElseThrow());
        }
        if (context.now().isAfter(pending.expiresAt())) {
            throw InvalidCommandException.of(this, "token", "…", "expired at " + pending.expiresAt()
                    + "; give the address again for a new link");
        }
        return List.of(new EmailConfirmed(guardianId));
    }

    /** Returns the SHA-256 of a token, lower-case hex: what the log keeps instead of the token. */
    public static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
