package org.schooljournal.adapter.identity.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider on loopback that speaks the protocol, for the tests: discovery, JWKS
 * (an RSA and an EC key made at start), an authorisation endpoint that approves the configured user
 * at once and redirects with a code, and a token endpoint that checks the code, the redirect URI,
 * the client and the PKCE verifier (S256) before it issues an ID token. Knobs make it misbehave as
 * the negative cases need: sign with a key it does not publish, for another audience, at another
 * time, with another nonce or issuer. An authorisation request's {@code login_hint} names the user
 * to approve instead: the web example ({@code examples/web-journal}) starts this provider in its
 * demo mode, from this module's test-jar, and signs each demo person in through it.
 *
 * <p>Not thread-safe for its knobs; the server answers on its own thread.
 */
public final class LoopbackOidcProvider implements AutoCloseable {

    /** The one client the provider knows. */
    public static final String CLIENT_ID = "school-journal";
    /** The client's secret, sent with HTTP Basic. */
    public static final String CLIENT_SECRET = "s3cret";

    private final HttpServer server;
    private final URI issuer;
    private final Clock clock;
    private final RSAKey rsa;
    private final ECKey ec;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    /** Who the provider signs in, and how the next token is made. */
    String user = "sub-petrova";
    JWSAlgorithm algorithm = JWSAlgorithm.RS256;
    Optional<JWK> rogueKey = Optional.empty();
    Optional<String> audience = Optional.empty();
    Optional<String> tokenIssuer = Optional.empty();
    Optional<String> nonce = Optional.empty();
    Optional<Instant> issuedAt = Optional.empty();
    String acr = "urn:ugra:loa:substantial";
    /** Whether the client is public: it sends its id in the form and no secret, and relies on PKCE. */
    boolean publicClient = false;

    /** What an authorisation request left for the token request. */
    private record Grant(String clientId, String redirectUri, String nonce, String challenge, String method,
            String user) {
    }

    private LoopbackOidcProvider(Clock clock) throws IOException, JOSEException {
        this.clock = clock;
        this.rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        this.ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.issuer = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/realms/ugra");
        server.createContext("/realms/ugra/.well-known/openid-configuration", this::discovery);
        server.createContext("/realms/ugra/jwks", exchange -> answer(exchange, 200,
                new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK())).toString()));
        server.createContext("/realms/ugra/authorize", this::authorize);
        server.createContext("/realms/ugra/token", this::token);
        server.start();
    }

    /** Starts a provider on a free loopback port. */
    public static LoopbackOidcProvider start(Clock clock) {
        try {
            return new LoopbackOidcProvider(clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the provider's issuer, {@code http://127.0.0.1:<port>/realms/ugra}. */
    public URI issuer() {
        return issuer;
    }

    /** Returns a fresh key the provider does not publish: a forger's. */
    static JWK forgersKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        OIDCProviderMetadata metadata = new OIDCProviderMetadata(new Issuer(issuer), List.of(SubjectType.PUBLIC),
                URI.create(issuer + "/jwks"));
        metadata.setAuthorizationEndpointURI(URI.create(issuer + "/authorize"));
        metadata.setTokenEndpointURI(URI.create(issuer + "/token"));
        metadata.setResponseTypes(List.of(ResponseType.CODE));
        metadata.setGrantTypes(List.of(GrantType.AUTHORIZATION_CODE));
        metadata.setIDTokenJWSAlgs(List.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256));
        metadata.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
        metadata.applyDefaults();
        answer(exchange, 200, metadata.toJSONObject().toJSONString());
    }

    /**
     * Approves the user the request's {@code login_hint} names, or the configured user, at once:
     * redirects to the client with a code and the state.
     */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, List<String>> query = URLUtils.parseParameters(exchange.getRequestURI().getRawQuery());
        String redirect = first(query, "redirect_uri");
        String code = UUID.randomUUID().toString();
        String hint = first(query, "login_hint");
        codes.put(code, new Grant(first(query, "client_id"), redirect, first(query, "nonce"),
                first(query, "code_challenge"), first(query, "code_challenge_method"), hint == null ? user : hint));
        exchange.getResponseHeaders().add("Location", redirect + "?code=" + code + "&state="
                + java.net.URLEncoder.encode(first(query, "state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** Exchanges a code: checks the client, the redirect URI and the PKCE verifier, then issues an ID token. */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, List<String>> form = URLUtils.parseParameters(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(String.valueOf(first(form, "code")));
        if (grant == null || !"authorization_code".equals(first(form, "grant_type"))) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"unknown or used code\"}");
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String expectedBasic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        boolean authenticated = publicClient ? authorization == null && CLIENT_ID.equals(first(form, "client_id"))
                : expectedBasic.equals(authorization);
        if (!grant.clientId().equals(CLIENT_ID) || !authenticated) {
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        String verifier = first(form, "code_verifier");
        if (!grant.redirectUri().equals(first(form, "redirect_uri")) || verifier == null || !"S256".equals(grant.method())
                || !CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(verifier)).getValue()
                        .equals(grant.challenge())) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"PKCE verification failed\"}");
            return;
        }
        answer(exchange, 200, "{\"access_token\":\"" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":300,\"id_token\":\"" + idToken(grant) + "\"}");
    }

    private String idToken(Grant grant) {
        Instant issued = issuedAt.orElse(clock.instant());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(tokenIssuer.orElse(issuer.toString()))
                .subject(grant.user())
                .audience(audience.orElse(grant.clientId()))
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(Duration.ofMinutes(5))))
                .claim("auth_time", issued.getEpochSecond())
                .claim("nonce", nonce.orElse(grant.nonce()))
                .claim("acr", acr)
                .build();
        try {
            JWK key = rogueKey.orElse(algorithm.equals(JWSAlgorithm.ES256) ? ec : rsa);
            JWSSigner signer = key instanceof ECKey ecKey ? new ECDSASigner(ecKey) : new RSASSASigner((RSAKey) key);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(key instanceof ECKey ? JWSAlgorithm.ES256
                    : JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
