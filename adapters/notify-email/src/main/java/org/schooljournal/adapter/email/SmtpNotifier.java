package org.schooljournal.adapter.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.Notification;
import org.schooljournal.spi.notify.Notifier;

/**
 * The e-mail channel: sends each notification as one plain-text mail over SMTP (ATT-5, NTF-1),
 * subject and body in UTF-8, {@code Message-ID} derived from the idempotency key
 * ({@link MessageIds}), {@code Auto-Submitted: auto-generated} (RFC 3834) so that auto-replies are
 * not sent back. Each delivery opens its own connection. Failures become outcomes
 * ({@link SmtpFailures}); an address that is not an e-mail address fails permanently. Repeats are
 * filtered by {@link org.schooljournal.spi.notify.IdempotentNotifier}, which its provider wraps it in.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SmtpNotifier implements Notifier {

    private final SmtpSettings settings;
    private final Session session;
    private final Clock clock;

    SmtpNotifier(SmtpSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.session = Session.getInstance(settings.sessionProperties());
    }

    @Override
    public DeliveryOutcome deliver(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        InternetAddress to;
        try {
            to = new InternetAddress(notification.address(), true);
            if (!to.getAddress().contains("@")) {
                throw new AddressException("no domain", notification.address());
            }
        } catch (AddressException e) {
            return DeliveryOutcome.failedPermanently("address '" + notification.address()
                    + "' is not an e-mail address: " + e.getMessage());
        }
        try {
            MimeMessage mail = mailOf(notification, to);
            if (settings.user().isPresent()) {
                Transport.send(mail, settings.user().get(), settings.password());
            } else {
                Transport.send(mail);
            }
            return DeliveryOutcome.sent();
        } catch (MessagingException e) {
            return SmtpFailures.outcomeOf(e, settings);
        }
    }

    private MimeMessage mailOf(Notification notification, InternetAddress to) throws MessagingException {
        MimeMessage mail = new KeyedMimeMessage(session,
                MessageIds.of(notification.idempotencyKey(), settings.fromDomain()));
        mail.setFrom(settings.from());
        mail.setRecipient(Message.RecipientType.TO, to);
        mail.setSubject(notification.subject(), "UTF-8");
        mail.setText(notification.body(), "UTF-8");
        mail.setSentDate(Date.from(clock.instant()));
        mail.setHeader("Auto-Submitted", "auto-generated");
        return mail;
    }

    @Override
    public String toString() {
        return "SmtpNotifier[" + settings + "]";
    }
}
