package org.schooljournal.adapter.tck;

import java.util.Objects;

/**
 * What reached the far end of a notification channel, as {@link NotifierContract} reads it back:
 * the address, subject and body decoded to text. An adapter's test makes these from what its
 * channel produced (mails received by a test SMTP server, records of a log), with line breaks as
 * {@code \n}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param address where it arrived
 * @param subject the decoded subject
 * @param body the decoded body, line breaks as {@code \n}
 */
public record DeliveredMessage(String address, String subject, String body) {

    /** Checks that no part is null. */
    public DeliveredMessage {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
