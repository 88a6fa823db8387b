package org.schooljournal.adapter.identity.oidc;

import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.identity.FinishedSignIns;
import org.schooljournal.spi.identity.PendingSignIn;
import org.schooljournal.spi.identity.SignInProvider;
import org.schooljournal.spi.identity.SignInRefusal;
import org.schooljournal.spi.identity.SignInRefusedException;
import org.schooljournal.spi.identity.VerifiedSignIn;

/**
 * Sign-in through an OpenID Connect provider (ACC-6): the authorisation-code flow with PKCE (S256)
 * and a nonce; the code exchanged at the provider's token endpoint; the ID token verified against
 * the provider's JWKS (RS256, ES256) and its issuer, audience, expiry and nonce checked
 * ({@link IdTokenCheck}). Made by {@link #discover}, from the issuer's
 * {@code /.well-known/openid-configuration}.
 *
 * <pre>{@code
 * SignInProvider keycloak = OidcSignInProvider.discover(
 *         OidcSettings.of(URI.create("https://sso.example/realms/ugra"), "school-journal"), Clock.systemUTC());
 * }</pre>
 *
 * <p>This class is thread-safe. A pending sign-in is finished once: its state is remembered for
 * the sign-in's lifetime.
 */
public final class OidcSignInProvider implements SignInProvider {

    private final OidcSettings settings;
    private final Clock clock;
    private final URI authorizationEndpoint;
    private final URI tokenEndpoint;
    private final IdTokenCheck tokens;
    private final FinishedSignIns finished;

    private OidcSignInProvider(OidcSettings settings, Clock clock, OIDCProviderMetadata metadata) {
        this.settings = settings;
        this.clock = clock;
        this.authorizationEndpoint = required(metadata.getAuthorizationEndpointURI(), "authorization_endpoint");
        this.tokenEndpoint = required(metadata.getTokenEndpointURI(), "token_endpoint");
        this.tokens = new IdTokenCheck(settings, clock, required(metadata.getJWKSetURI(), "jwks_uri"));
        this.finished = new FinishedSignIns(settings.issuer().toString(), settings.signInLifetime(), clock);
    }

    /**
     * Returns a provider for the issuer, reading its metadata from the issuer's
     * {@code /.well-known/openid-configuration}.
     *
     * @param clock the clock the token's times and the sign-in's lifetime are judged by
     * @throws JournalException CONFIGURATION if the metadata names another issuer or lacks an
     *     endpoint; STORAGE if the provider cannot be reached
     */
    public static OidcSignInProvider discover(OidcSettings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        int timeout = (int) settings.timeout().toMillis();
        try {
            return new OidcSignInProvider(settings, clock,
                    OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), timeout, timeout));
        } catch (GeneralException e) {
            throw new JournalException(ErrorCode.CONFIGURATION, "the OpenID Connect metadata of issuer "
                    + settings.issuer() + " does not fit: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new JournalException(ErrorCode.STORAGE, "the OpenID Connect provider " + settings.issuer()
                    + " could not be reached for its metadata: " + e, e);
        }
    }

    /**
     * Returns a provider for metadata the host read itself (a provider without discovery).
     *
     * @param metadata the provider's metadata as JSON, as {@code /.well-known/openid-configuration} gives it
     * @throws JournalException CONFIGURATION if the metadata does not parse, names another issuer
     *     or lacks an endpoint
     */
    public static OidcSignInProvider of(OidcSettings settings, Clock clock, String metadata) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        try {
            OIDCProviderMetadata parsed = OIDCProviderMetadata.parse(metadata);
            if (!parsed.getIssuer().getValue().equals(settings.issuer().toString())) {
                throw new JournalException(ErrorCode.CONFIGURATION, "the OpenID Connect metadata names issuer "
                        + parsed.getIssuer() + ", not " + settings.issuer());
            }
            return new OidcSignInProvider(settings, clock, parsed);
        } catch (ParseException e) {
            throw new JournalException(ErrorCode.CONFIGURATION, "the OpenID Connect metadata of issuer "
                    + settings.issuer() + " does not parse: " + e.getMessage(), e);
        }
    }

    @Override
    public String issuer() {
        return settings.issuer().toString();
    }

    @Override
    public PendingSignIn start(URI redirectUri) {
        Objects.requireNonNull(redirectUri, "redirectUri");
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI request = new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(settings.scope()),
                new ClientID(settings.clientId()), redirectUri)
                .endpointURI(authorizationEndpoint)
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI();
        return new PendingSignIn(issuer(), request, redirectUri, state.getValue(), nonce.getValue(),
                verifier.getValue(), clock.instant());
    }

    @Override
    public VerifiedSignIn finish(PendingSignIn pending, Map<String, String> callbackParameters) {
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(callbackParameters, "callbackParameters");
        finished.requireOwnAndFresh(pending);
        AuthorizationCode code = codeOf(pending, callbackParameters);
        finished.finishOnce(pending);
        return tokens.verify(exchange(pending, code), pending.nonce());
    }

    private static AuthorizationCode codeOf(PendingSignIn pending, Map<String, String> callbackParameters) {
        AuthorizationResponse response;
        try {
            response = AuthorizationResponse.parse(pending.redirectUri(), callbackParameters.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
        } catch (ParseException e) {
            throw new SignInRefusedException(SignInRefusal.PROVIDER_ERROR, "the callback's parameters "
                    + callbackParameters.keySet().stream().sorted().toList() + " are no authorisation response: "
                    + e.getMessage(), e);
        }
        FinishedSignIns.requireState(pending, response.getState() == null ? "" : response.getState().getValue());
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new SignInRefusedException(SignInRefusal.PROVIDER_ERROR, "the provider answered error '"
                    + error.getCode() + "'" + (error.getDescription() == null ? "" : ": " + error.getDescription()));
        }
        return response.toSuccessResponse().getAuthorizationCode();
    }

    private JWT exchange(PendingSignIn pending, AuthorizationCode code) {
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, pending.redirectUri(),
                new CodeVerifier(pending.codeVerifier()));
        ClientID client = new ClientID(settings.clientId());
        TokenRequest request = settings.clientSecret().isEmpty() ? new TokenRequest(tokenEndpoint, client, grant)
                : new TokenRequest(tokenEndpoint, new ClientSecretBasic(client, new Secret(settings.clientSecret())),
                        grant);
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout((int) settings.timeout().toMillis());
        http.setReadTimeout((int) settings.timeout().toMillis());
        TokenResponse response;
        try {
            HTTPResponse answer = http.send();
            response = OIDCTokenResponseParser.parse(answer);
        } catch (IOException e) {
            throw new JournalException(ErrorCode.STORAGE, "the token endpoint " + tokenEndpoint
                    + " could not be reached: " + e, e);
        } catch (ParseException e) {
            throw new SignInRefusedException(SignInRefusal.CODE_EXCHANGE, "the token endpoint's answer does not"
                    + " parse: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new SignInRefusedException(SignInRefusal.CODE_EXCHANGE, "the token endpoint refused the code with"
                    + " error '" + error.getCode() + "'" + (error.getDescription() == null ? ""
                            : ": " + error.getDescription()) + " (a wrong PKCE verifier, a used or expired code)");
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_MALFORMED, "the token endpoint returned no ID token");
        }
        return idToken;
    }

    private URI required(URI endpoint, String name) {
        if (endpoint == null) {
            throw new JournalException(ErrorCode.CONFIGURATION, "the OpenID Connect metadata of issuer "
                    + settings.issuer() + " names no " + name);
        }
        return endpoint;
    }
}
