package org.schooljournal.adapter.identity.esia;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * An ЕСИА stand-in on loopback that speaks today's protocol, for the tests. At
 * {@code /aas/oauth2/v2/ac} it checks the client, its certificate's hash, the timestamp (at most
 * {@link #TIMESTAMP_SKEW} off its clock) and the {@code client_secret}: a detached CMS signature of
 * {@code client_id + scope + scope_org + timestamp + state + redirect_uri} by a certificate the test
 * CA issued and valid now; then it approves the configured user at once and redirects with a code
 * and the state, or with an error. At {@code /aas/oauth2/v3/te} it checks the code, the redirect
 * URI, the timestamp and the second secret (the same concatenation, then the code), and issues an
 * ID token and an access token signed with GOST R 34.10-2012 (256 or 512) or RS256 by keys made at
 * start. Knobs make it misbehave as the negative cases need.
 *
 * <p>Not thread-safe for its knobs; the server answers on its own thread.
 */
final class EsiaStandIn implements AutoCloseable {

    static final String CLIENT_ID = "SCHOOLJOURNAL";
    static final Duration TIMESTAMP_SKEW = Duration.ofMinutes(5);

    private final HttpServer server;
    private final URI base;
    private final Clock clock;
    private final X509Certificate trustedCa;
    private final KeyPair gost256 = EsiaTestPki.gostKeys(256);
    private final KeyPair gost512 = EsiaTestPki.gostKeys(512);
    private final KeyPair rsa = EsiaTestPki.rsaKeys();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    /** Who the stand-in signs in, and how the next token is made. */
    String user = "1000321";
    String algorithm = "GOST3410_2012_256";
    Optional<KeyPair> rogueKey = Optional.empty();
    Optional<String> audience = Optional.empty();
    Optional<Instant> issuedAt = Optional.empty();
    Optional<String> tokenIssuer = Optional.empty();
    String acr = "urn:esia:loa:verified";

    /** What an authorisation request left for the token request. */
    private record Grant(String redirectUri, String scope) {
    }

    private EsiaStandIn(Clock clock, X509Certificate trustedCa) throws IOException {
        this.clock = clock;
        this.trustedCa = trustedCa;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        server.createContext("/aas/oauth2/v2/ac", this::authorize);
        server.createContext("/aas/oauth2/v3/te", this::token);
        server.start();
    }

    /** Starts a stand-in on a free loopback port, trusting client certificates of that CA. */
    static EsiaStandIn start(Clock clock, X509Certificate trustedCa) {
        try {
            return new EsiaStandIn(clock, trustedCa);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI base() {
        return base;
    }

    /** The issuer its tokens name. */
    String issuer() {
        return base + "/";
    }

    /** The keys it signs tokens with, as the journal configures them. */
    List<PublicKey> tokenKeys() {
        return List.of(gost256.getPublic(), gost512.getPublic(), rsa.getPublic());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Checks the authorisation request and redirects with a code and the state, or with an error. */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
        String redirect = query.getOrDefault("redirect_uri", "");
        String state = query.getOrDefault("state", "");
        Optional<String> failure = checkClient(query, message(query));
        Map<String, String> callback = new LinkedHashMap<>();
        if (failure.isPresent()) {
            callback.put("error", "invalid_request");
            callback.put("error_description", failure.get());
        } else {
            String code = UUID.randomUUID().toString();
            codes.put(code, new Grant(redirect, query.get("scope")));
            callback.put("code", code);
        }
        callback.put("state", state);
        exchange.getResponseHeaders().add("Location", redirect + "?" + form(callback));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** Checks the code and the second secret, then issues the tokens. */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parameters(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (grant == null || !"authorization_code".equals(form.get("grant_type"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            answer(exchange, 400, Map.of("error", "invalid_grant", "error_description", "unknown or used code,"
                    + " or another redirect_uri"));
            return;
        }
        Optional<String> failure = checkClient(form, message(form) + form.get("code"));
        if (failure.isPresent()) {
            answer(exchange, 400, Map.of("error", "invalid_request", "error_description", failure.get()));
            return;
        }
        answer(exchange, 200, Map.of("access_token", jwt(Map.of("urn:esia:sbj_id", Long.parseLong(user),
                "client_id", audience.orElse(CLIENT_ID), "scope", grant.scope())), "id_token", jwt(Map.of(
                        "sub", user, "urn:esia:sbj_id", Long.parseLong(user), "aud", audience.orElse(CLIENT_ID),
                        "acr", acr)), "state", form.get("state"), "token_type", "Bearer", "expires_in", 3600));
    }

    private static String message(Map<String, String> request) {
        return request.getOrDefault("client_id", "") + request.getOrDefault("scope", "")
                + request.getOrDefault("scope_org", "") + request.getOrDefault("timestamp", "")
                + request.getOrDefault("state", "") + request.getOrDefault("redirect_uri", "");
    }

    /** The checks of the client: its id, the timestamp, and the secret's signature and certificate. */
    private Optional<String> checkClient(Map<String, String> request, String signed) {
        if (!CLIENT_ID.equals(request.get("client_id"))) {
            return Optional.of("unknown client_id '" + request.get("client_id") + "'");
        }
        Instant now = clock.instant();
        try {
            Instant timestamp = OffsetDateTime.parse(request.getOrDefault("timestamp", ""), ClientSecret.TIMESTAMP)
                    .toInstant();
            if (Duration.between(timestamp, now).abs().compareTo(TIMESTAMP_SKEW) > 0) {
                return Optional.of("timestamp " + request.get("timestamp") + " is more than " + TIMESTAMP_SKEW
                        + " off " + now);
            }
        } catch (DateTimeParseException e) {
            return Optional.of("timestamp '" + request.get("timestamp") + "' is not yyyy.MM.dd HH:mm:ss Z");
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed.getBytes(StandardCharsets.UTF_8)),
                    Base64.getUrlDecoder().decode(request.getOrDefault("client_secret", "")));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder certificate = ((java.util.Collection<X509CertificateHolder>) cms.getCertificates()
                    .getMatches(signer.getSID())).iterator().next();
            if (!EsiaTestPki.certificateHash(new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                    .setProvider(EsiaTestPki.BC).getCertificate(certificate))
                    .equals(request.get("client_certificate_hash"))) {
                return Optional.of("client_certificate_hash does not match the certificate that signed");
            }
            if (!certificate.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(EsiaTestPki.BC)
                    .build(trustedCa.getPublicKey()))) {
                return Optional.of("the client certificate " + certificate.getSubject() + " is untrusted: not issued"
                        + " by a trusted certification centre");
            }
            if (!certificate.isValidOn(Date.from(now))) {
                return Optional.of("the client certificate " + certificate.getSubject() + " is expired or not yet"
                        + " valid: " + certificate.getNotBefore().toInstant() + " to "
                        + certificate.getNotAfter().toInstant());
            }
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(EsiaTestPki.BC).build(certificate))) {
                return Optional.of("client_secret signature does not verify");
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of("client_secret signature does not verify over client_id + scope + scope_org +"
                    + " timestamp + state + redirect_uri: " + e.getMessage());
        }
    }

    private String jwt(Map<String, Object> claims) {
        Instant issued = issuedAt.orElse(clock.instant());
        Map<String, Object> payload = new HashMap<>(claims);
        payload.put("iss", tokenIssuer.orElse(issuer()));
        payload.put("iat", issued.getEpochSecond());
        payload.put("nbf", issued.getEpochSecond());
        payload.put("exp", issued.plus(Duration.ofHours(1)).getEpochSecond());
        String input = base64(JSONObjectUtils.toJSONString(Map.of("alg", algorithm, "typ", "JWT", "ver", 1)))
                + "." + base64(JSONObjectUtils.toJSONString(payload));
        try {
            boolean gost = algorithm.startsWith("GOST");
            PrivateKey key = rogueKey.orElse(gost ? algorithm.endsWith("512") ? gost512 : gost256 : rsa).getPrivate();
            Signature signature = gost ? Signature.getInstance(algorithm.endsWith("512")
                    ? "GOST3411-2012-512WITHECGOST3410-2012-512" : "GOST3411-2012-256WITHECGOST3410-2012-256",
                    EsiaTestPki.BC) : Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> parameters(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                    equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    static String form(Map<String, String> parameters) {
        StringBuilder form = new StringBuilder();
        parameters.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }

    private static void answer(HttpExchange exchange, int status, Map<String, Object> json) throws IOException {
        byte[] body = JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
