package org.schooljournal.adapter.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.schooljournal.spi.notify.DeliveryOutcome;

/**
 * Maps a failed SMTP delivery to a {@link DeliveryOutcome} (docs/notify.md):
 * <ul>
 *   <li>the recipient refused with a 5xx reply, or the message refused with a 5xx reply after DATA:
 *       {@code FAILED_PERMANENTLY};</li>
 *   <li>any 4xx reply, the server unreachable, a timeout, a dropped connection: {@code RETRY_LATER};</li>
 *   <li>the sender refused, or authentication failed: {@code RETRY_LATER}, since the fault is in
 *       the channel's settings, not in the notification, which must not be lost while they are
 *       fixed;</li>
 *   <li>anything else: {@code RETRY_LATER}.</li>
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    /** Returns the outcome of a delivery that failed with this exception. */
    static DeliveryOutcome outcomeOf(MessagingException failure, SmtpSettings settings) {
        for (Exception e = failure; e != null; e = next(e)) {
            if (e instanceof SMTPAddressFailedException refused) {
                return byReply(refused.getReturnCode(), "the server refused the recipient " + refused.getAddress()
                        + ": " + refused.getMessage().strip());
            }
            if (e instanceof SMTPSenderFailedException refused) {
                return DeliveryOutcome.retryLater("the server refused the sender " + refused.getAddress() + ": "
                        + refused.getMessage().strip() + "; check setting " + SmtpSettings.FROM);
            }
            if (e instanceof SMTPSendFailedException refused) {
                return byReply(refused.getReturnCode(), "the server refused the message: " + refused.getMessage().strip());
            }
            if (e instanceof AuthenticationFailedException) {
                return DeliveryOutcome.retryLater("authentication as '" + settings.user().orElse("") + "' failed at "
                        + settings.host() + ":" + settings.port() + "; check settings " + SmtpSettings.USER + " and "
                        + SmtpSettings.PASSWORD);
            }
            if (e instanceof IOException io) {
                return DeliveryOutcome.retryLater("cannot reach the SMTP server " + settings.host() + ":" + settings.port()
                        + ": " + io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage()));
            }
        }
        return DeliveryOutcome.retryLater("the SMTP delivery failed: " + failure);
    }

    private static DeliveryOutcome byReply(int code, String reason) {
        return code >= 500 && code < 600 ? DeliveryOutcome.failedPermanently(reason) : DeliveryOutcome.retryLater(reason);
    }

    private static Exception next(Exception e) {
        if (e instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return e.getCause() instanceof Exception cause && cause != e ? cause : null;
    }
}
