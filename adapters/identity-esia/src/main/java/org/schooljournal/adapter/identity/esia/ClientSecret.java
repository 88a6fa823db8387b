package org.schooljournal.adapter.identity.esia;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import org.schooljournal.spi.signature.Signer;

/**
 * ЕСИА's {@code client_secret} (ACC-6): the journal's detached signature of the request's values
 * concatenated, Base64 URL-safe without padding. The order, for today's endpoints, is that of the
 * reference client {@code ilimurzin/esia} ({@code Esia::buildUrl} and {@code Esia::getToken}):
 * <ul>
 *   <li>{@code /aas/oauth2/v2/ac}: {@code client_id + scope + scope_org + timestamp + state + redirect_uri};</li>
 *   <li>{@code /aas/oauth2/v3/te}: the same, then {@code + code}.</li>
 * </ul>
 * The {@code timestamp} is {@code yyyy.MM.dd HH:mm:ss Z}, such as {@code 2026.10.12 10:00:00 +0500}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ClientSecret {

    /** The request's timestamp: {@code yyyy.MM.dd HH:mm:ss Z}. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss Z", Locale.ROOT);

    private ClientSecret() {
    }

    /** Returns the request's timestamp of that instant at that offset. */
    static String timestamp(Instant instant, ZoneOffset zone) {
        return TIMESTAMP.format(instant.atOffset(zone));
    }

    /** Returns what the authorisation request's secret signs. */
    static String ofAuthorization(EsiaSettings settings, String timestamp, String state, URI redirectUri) {
        return settings.clientId() + settings.scope() + settings.scopeOrg() + timestamp + state + redirectUri;
    }

    /** Returns what the token request's secret signs: the authorisation's values, then the code. */
    static String ofToken(EsiaSettings settings, String timestamp, String state, URI redirectUri, String code) {
        return ofAuthorization(settings, timestamp, state, redirectUri) + code;
    }

    /** Signs the message with the journal's signer: its UTF-8 bytes, Base64 URL-safe without padding. */
    static String sign(Signer signer, String message) {
        byte[] signature = signer.sign(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }
}
