package org.schooljournal.core.notification;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.log.Log;
import org.schooljournal.core.school.Schools;
import org.schooljournal.spi.notify.Notifier;

/**
 * The guardians' contacts and notifications facet of the engine (PD-1, NTF-1…NTF-5, ATT-5,
 * DRY-6): gives a guardian's e-mail address with its confirmation token, and sends the school's
 * due notifications through the engine's channel. Consents, confirmations and settings are
 * commands ({@link RecordConsent}, {@link ConfirmEmail}, {@link SetNotificationSettings}).
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
    private final Notifier notifier;
    private final Dispatch dispatch;

    /**
     * Creates the facet.
     *
     * @param notifier the engine's notification channel
     * @param rescan how often a dispatch reads every outbox stream of a school
     */
    @SuppressWarnings("exports") // the engine wires it: no one outside the module holds a log type
    public Notifications(Log log, Schools schools, Outboxes outboxes, Notifier notifier, Duration rescan) {
        this.log = Objects.requireNonNull(log, "log");
        this.schools = Objects.requireNonNull(schools, "schools");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.dispatch = new Dispatch(outboxes, schools::state, log::now, rescan);
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

    /**
     * Sends the school's due notifications through the engine's channel; see
     * {@link #dispatch(String, Notifier)}.
     *
     * @return what was sent, deferred and given up
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     */
    public DispatchReport dispatch(String schoolId) {
        return dispatch(schoolId, notifier);
    }

    /**
     * Sends the school's due notifications through a channel: first queues the digests due to
     * guardians with a daily or weekly schedule (NTF-3) in their children's diary streams, then
     * tries each pending item of every outbox, the journals' (ATT-5, DRY-6) and the diaries', whose
     * time has come, once; its outcome is recorded in the log by the actor {@value #NOTIFIER}. An
     * item whose guardian may no longer be e-mailed at its address (consent withdrawn, address
     * changed or switched off: NTF-1, NTF-2, NTF-5) fails for good without being sent. A retry
     * waits 1 minute, doubling to at most an hour; after {@value #MAX_DELIVERY_ATTEMPTS} attempts
     * the item fails for good. Each notification carries its idempotency key: a crash between
     * sending and recording sends it again with the same key, which the channel passes on (an
     * e-mail's Message-ID). A dispatch reads only the streams with pending items that this engine
     * knows of; every {@code dispatchRescan} of the engine's builder it reads all of the school's
     * outbox streams, to find what another engine over the same store queued and did not send.
     *
     * @return what was sent, deferred and given up
     * @throws org.schooljournal.spi.JournalException NOT_FOUND if the school is not registered
     */
    public DispatchReport dispatch(String schoolId, Notifier channel) {
        Objects.requireNonNull(channel, "channel");
        return dispatch.run(schools.registered(schoolId, DispatchReport.class), channel);
    }
}
