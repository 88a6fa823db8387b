package org.schooljournal.adapter.email;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Derives a mail's {@code Message-ID} from the notification's idempotency key: the SHA-256 of the
 * key in hex, at the sender's domain. Every attempt at one notification carries the same
 * Message-ID, so mail servers and clients that recognise repeats by it drop a second copy; any
 * character of the key is safe in the header, since only its digest appears.
 *
 * <p>This class is stateless and thread-safe.
 */
final class MessageIds {

    private MessageIds() {
    }

    /** Returns {@code <sha256-hex-of-key@domain>}. */
    static String of(String idempotencyKey, String domain) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(UTF_8));
            return "<" + HexFormat.of().formatHex(digest) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256, which every Java platform must have", e);
        }
    }
}
