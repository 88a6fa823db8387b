package org.schooljournal.core.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A guardian's consents (PD-1), e-mail address with its source and confirmation (NTF-1, NTF-4),
 * and notification settings (NTF-2, NTF-3).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param guardianId the guardian
 * @param consents the consents and refusals, oldest first; the last one counts
 * @param email the e-mail address, if given
 * @param emailSource how it was given
 * @param emailConfirmed whether the address was confirmed through its link (NTF-1)
 * @param pendingToken the SHA-256 of the confirmation link's token and when it expires, while unused
 * @param newMessages the switch "notify of new messages", off by default (NTF-2)
 * @param byEmail the switch "notify by e-mail", off by default (NTF-2)
 * @param schedule when notifications go out (NTF-3)
 * @param settingsSince when the settings were last set; a digest is due only at slots from then on
 */
public record GuardianContact(
        String guardianId, List<Consent> consents, Optional<String> email, Optional<DocumentForm> emailSource,
        boolean emailConfirmed, Optional<PendingToken> pendingToken, boolean newMessages, boolean byEmail,
        Schedule schedule, Optional<Instant> settingsSince) {

    /**
     * A confirmation token waiting to be used: its hash and its expiry.
     *
     * @param sha256 the token's SHA-256, lower-case hex
     * @param expiresAt the last instant it is accepted
     */
    public record PendingToken(String sha256, Instant expiresAt) {
    }

    /** Copies the consents. */
    public GuardianContact {
        Objects.requireNonNull(guardianId, "guardianId");
        consents = List.copyOf(consents);
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(settingsSince, "settingsSince");
    }

    /** Returns the contact of a guardian who gave nothing yet: no consent, switches off. */
    public static GuardianContact empty(String guardianId) {
        return new GuardianContact(guardianId, List.of(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                false, false, Schedule.IMMEDIATE, Optional.empty());
    }

    /** Returns whether the latest consent is a consent (PD-1). */
    public boolean consenting() {
        return !consents.isEmpty() && consents.get(consents.size() - 1).given();
    }

    /**
     * Returns whether the guardian may be notified by e-mail: consent registered (NTF-5), address
     * confirmed (NTF-1), both switches on (NTF-2).
     */
    public boolean mayBeEmailed() {
        return consenting() && email.isPresent() && emailConfirmed && newMessages && byEmail;
    }

    GuardianContact withConsent(Consent consent) {
        List<Consent> more = new ArrayList<>(consents);
        more.add(consent);
        return new GuardianContact(guardianId, more, email, emailSource, emailConfirmed, pendingToken, newMessages,
                byEmail, schedule, settingsSince);
    }

    GuardianContact withEmail(String address, DocumentForm source, PendingToken token) {
        return new GuardianContact(guardianId, consents, Optional.of(address), Optional.of(source), false,
                Optional.of(token), newMessages, byEmail, schedule, settingsSince);
    }

    GuardianContact confirmed() {
        return new GuardianContact(guardianId, consents, email, emailSource, true, Optional.empty(), newMessages,
                byEmail, schedule, settingsSince);
    }

    GuardianContact withSettings(boolean messages, boolean mail, Schedule newSchedule, Optional<Instant> since) {
        return new GuardianContact(guardianId, consents, email, emailSource, emailConfirmed, pendingToken, messages, mail,
                newSchedule, since);
    }
}
