package org.schooljournal.core.notification;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.school.Schools;

/**
 * The guardians' contacts and notifications facet of the engine (PD-1, NTF-1…NTF-5, ATT-5,
 * DRY-6): gives a guardian's e-mail address with its confirmation token. Consents, confirmations
 * and settings are commands ({@link RecordConsent}, {@link ConfirmEmail},
 * {@link SetNotificationSettings}). Sending the due notifications is the host's own process
 * ({@code engine.host().dispatch(schoolId)}, {@link Dispatch}).
 *
 * <p>This class is thread-safe. The engine makes it; reach it with {@code engine.notifications()}.
 */
public final class Notifications {

    /** The actor that records the outcomes of notifications (ATT-5). */
    public static final String NOTIFIER = "system:notifier";

    /** How many times a notification is tried before it fails for good. */
    public static final int MAX_DELIVERY_ATTEMPTS = 12;

    /** How long an e-mail confirmation link is accepted (NTF-1). */
    public static final Duration EMAIL_LINK_VALIDITY = Duration.ofDays(3);

    /** By default, how often a dispatch reads every outbox stream of a school. */
    public static final Duration RESCAN = Dispatch.RESCAN;

    private static final SecureRandom TOKENS = new SecureRandom();

    private final Log log;
    private final Schools schools;

    /** Creates the facet. */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Notifications(Log log, Schools schools) {
        this.log = Objects.requireNonNull(log, "log");
        this.schools = Objects.requireNonNull(schools, "schools");
    }

    /**
     * Gives a guardian's e-mail address (NTF-4) and returns the single-use token of its
     * confirmation link, valid for {@link #EMAIL_LINK_VALIDITY} (NTF-1): the log keeps only the
     * token's SHA-256; the caller sends the link and the guardian confirms with
     * {@link ConfirmEmail}.
     *
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor may not act for the guardian
     * @throws org.schooljournal.core.validation.InvalidCommandException if the address is invalid
     */
    public String setContactEmail(Actor actor, String schoolId, String guardianId, String email, DocumentForm source) {
        byte[] random = new byte[32];
        TOKENS.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        schools.execute(actor, new SetContactEmail(schoolId, guardianId, email, source, ConfirmEmail.sha256(token),
                log.now().plus(EMAIL_LINK_VALIDITY)));
        return token;
    }
}
