package org.schooljournal.adapter.identity.esia;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.identity.FinishedSignIns;
import org.schooljournal.spi.identity.PendingSignIn;
import org.schooljournal.spi.identity.SignInProvider;
import org.schooljournal.spi.identity.SignInRefusal;
import org.schooljournal.spi.identity.SignInRefusedException;
import org.schooljournal.spi.identity.VerifiedSignIn;
import org.schooljournal.spi.signature.Signer;

/**
 * Sign-in through ЕСИА, today's flow (ACC-6): the authorisation request to
 * {@code <base>/aas/oauth2/v2/ac} and the code exchanged at {@code <base>/aas/oauth2/v3/te}, each
 * with a {@code client_secret} the host's {@link Signer} signs (GOST R 34.10-2012, through
 * CryptoPro, a hardware security module or a PKCS#12 file; {@link ClientSecret}); then ЕСИА's token
 * verified ({@link TokenCheck}). ЕСИА has no nonce and no PKCE: the {@link PendingSignIn}'s are empty.
 *
 * <pre>{@code
 * SignInProvider esia = new EsiaSignInProvider(EsiaSettings.of(URI.create("https://esia.gosuslugi.ru"),
 *         "SCHOOLJOURNAL", "openid fullname", certificateHash, List.of(esiaCertificate.getPublicKey())),
 *         signer, Clock.systemUTC());
 * }</pre>
 *
 * <p>This class is thread-safe. A pending sign-in is finished once: its state is remembered for
 * the sign-in's lifetime.
 */
public final class EsiaSignInProvider implements SignInProvider {

    private final EsiaSettings settings;
    private final Signer signer;
    private final Clock clock;
    private final TokenCheck tokens;
    private final HttpClient http;
    private final FinishedSignIns finished;

    /**
     * Creates a provider.
     *
     * @param signer signs the {@code client_secret} with the key of the certificate registered for
     *     the journal in ЕСИА
     * @param clock the clock of the request's timestamp, the token's times and the sign-in's lifetime
     * @throws JournalException CONFIGURATION naming a token key that is neither GOST R 34.10-2012 nor RSA
     */
    public EsiaSignInProvider(EsiaSettings settings, Signer signer, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = new TokenCheck(settings, clock);
        this.finished = new FinishedSignIns(settings.tokenIssuer(), settings.signInLifetime(), clock);
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Returns the issuer ЕСИА's tokens name: the issuer of every subject it verifies. */
    @Override
    public String issuer() {
        return settings.tokenIssuer();
    }

    /**
     * {@inheritDoc}
     *
     * @throws JournalException CONFIGURATION if the signer cannot sign (a certificate not valid now)
     */
    @Override
    public PendingSignIn start(URI redirectUri) {
        Objects.requireNonNull(redirectUri, "redirectUri");
        Instant now = clock.instant();
        String state = UUID.randomUUID().toString();
        String timestamp = ClientSecret.timestamp(now, settings.zone());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", settings.clientId());
        query.put("client_secret", ClientSecret.sign(signer,
                ClientSecret.ofAuthorization(settings, timestamp, state, redirectUri)));
        query.put("redirect_uri", redirectUri.toString());
        query.put("scope", settings.scope());
        if (!settings.scopeOrg().isEmpty()) {
            query.put("scope_org", settings.scopeOrg());
        }
        query.put("response_type", "code");
        query.put("state", state);
        query.put("timestamp", timestamp);
        query.put("access_type", "online");
        query.put("client_certificate_hash", settings.clientCertificateHash());
        URI request = URI.create(settings.authorizationEndpoint() + "?" + form(query));
        return new PendingSignIn(issuer(), request, redirectUri, state, "", "", now);
    }

    @Override
    public VerifiedSignIn finish(PendingSignIn pending, Map<String, String> callbackParameters) {
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(callbackParameters, "callbackParameters");
        finished.requireOwnAndFresh(pending);
        FinishedSignIns.requireState(pending, callbackParameters.getOrDefault("state", ""));
        if (callbackParameters.containsKey("error")) {
            String description = callbackParameters.getOrDefault("error_description", "");
            throw new SignInRefusedException(SignInRefusal.PROVIDER_ERROR, "ЕСИА answered error '"
                    + callbackParameters.get("error") + "'" + (description.isEmpty() ? "" : ": " + description));
        }
        String code = callbackParameters.getOrDefault("code", "");
        if (code.isEmpty()) {
            throw new SignInRefusedException(SignInRefusal.PROVIDER_ERROR, "ЕСИА's callback carries neither a code"
                    + " nor an error: parameters " + callbackParameters.keySet().stream().sorted().toList());
        }
        finished.finishOnce(pending);
        return tokens.verify(exchange(pending, code));
    }

    /**
     * Exchanges the code at {@code /aas/oauth2/v3/te} with a fresh state and timestamp, as the
     * reference client does; the answer must return that state. Returns the ID token, or the
     * access token when ЕСИА gives no ID token.
     */
    private String exchange(PendingSignIn pending, String code) {
        String state = UUID.randomUUID().toString();
        String timestamp = ClientSecret.timestamp(clock.instant(), settings.zone());
        Map<String, String> body = new LinkedHashMap<>();
        body.put("client_id", settings.clientId());
        body.put("code", code);
        body.put("grant_type", "authorization_code");
        body.put("client_secret", ClientSecret.sign(signer,
                ClientSecret.ofToken(settings, timestamp, state, pending.redirectUri(), code)));
        body.put("state", state);
        body.put("redirect_uri", pending.redirectUri().toString());
        body.put("scope", settings.scope());
        if (!settings.scopeOrg().isEmpty()) {
            body.put("scope_org", settings.scopeOrg());
        }
        body.put("timestamp", timestamp);
        body.put("token_type", "Bearer");
        body.put("client_certificate_hash", settings.clientCertificateHash());
        Map<String, Object> answer = post(body);
        if (answer.get("error") != null) {
            Object description = answer.get("error_description");
            throw new SignInRefusedException(SignInRefusal.CODE_EXCHANGE, "ЕСИА refused the code with error '"
                    + answer.get("error") + "'" + (description == null ? "" : ": " + description));
        }
        if (!state.equals(answer.get("state"))) {
            throw new SignInRefusedException(SignInRefusal.CODE_EXCHANGE, "ЕСИА's token answer returned state '"
                    + answer.get("state") + "', not the token request's '" + state + "'");
        }
        Object token = answer.get("id_token") != null ? answer.get("id_token") : answer.get("access_token");
        if (!(token instanceof String text) || text.isEmpty()) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_MALFORMED, "ЕСИА's token answer carries neither"
                    + " an id_token nor an access_token");
        }
        return text;
    }

    private Map<String, Object> post(Map<String, String> body) {
        URI endpoint = settings.tokenEndpoint();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(body))).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new JournalException(ErrorCode.STORAGE, "ЕСИА's token endpoint " + endpoint
                    + " could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalException(ErrorCode.STORAGE, "interrupted while waiting for ЕСИА's token endpoint "
                    + endpoint, e);
        }
        try {
            return JSONObjectUtils.parse(response.body());
        } catch (java.text.ParseException e) {
            throw new SignInRefusedException(SignInRefusal.CODE_EXCHANGE, "ЕСИА's token answer (HTTP "
                    + response.statusCode() + ") is no JSON object: " + e.getMessage(), e);
        }
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
