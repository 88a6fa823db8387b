package org.schooljournal.adapter.identity.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.identity.SignInRefusal;
import org.schooljournal.spi.identity.SignInRefusedException;
import org.schooljournal.spi.identity.Subject;
import org.schooljournal.spi.identity.VerifiedSignIn;

/**
 * The check of an ID token (OpenID Connect Core 1.0, 3.1.3.7): its signature against the
 * provider's JWKS, by Nimbus, with RS256 or ES256 only; then its issuer, audience (and authorised
 * party), expiry, issue time and nonce against the provider's clock, each failure refused with its
 * own {@link SignInRefusal}.
 *
 * <p>This class is thread-safe.
 */
final class IdTokenCheck {

    /** The signatures accepted: never {@code none}, never a shared-secret HMAC. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private final OidcSettings settings;
    private final Clock clock;
    private final DefaultJWTProcessor<SecurityContext> signatures = new DefaultJWTProcessor<>();

    IdTokenCheck(OidcSettings settings, Clock clock, URI jwksUri) {
        this.settings = settings;
        this.clock = clock;
        int timeout = (int) settings.timeout().toMillis();
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL(),
                    new DefaultResourceRetriever(timeout, timeout)).retrying(false).build();
        } catch (MalformedURLException e) {
            throw new JournalException(ErrorCode.CONFIGURATION, "jwks_uri " + jwksUri + " is no URL", e);
        }
        signatures.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        signatures.setJWTClaimsSetVerifier((claims, context) -> { }); // checked below, by the provider's clock
    }

    /**
     * Returns who the token says signed in.
     *
     * @throws SignInRefusedException naming the check that failed
     * @throws JournalException STORAGE if the provider's keys cannot be read
     */
    VerifiedSignIn verify(JWT token, String nonce) {
        if (!(token instanceof SignedJWT signed)) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_SIGNATURE, "the ID token is not signed ("
                    + token.getHeader().getAlgorithm() + "); " + ALGORITHMS + " are accepted");
        }
        JWTClaimsSet claims;
        try {
            claims = signatures.process(signed, null);
        } catch (RemoteKeySourceException e) {
            throw new JournalException(ErrorCode.STORAGE, "the provider's keys could not be read: " + e.getMessage(), e);
        } catch (BadJOSEException | JOSEException e) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_SIGNATURE, "the ID token signed with "
                    + signed.getHeader().getAlgorithm() + " and key id '" + signed.getHeader().getKeyID()
                    + "' does not verify against the provider's keys (" + ALGORITHMS + "): " + e.getMessage(), e);
        }
        return check(claims, nonce);
    }

    private VerifiedSignIn check(JWTClaimsSet claims, String nonce) {
        if (!settings.issuer().toString().equals(claims.getIssuer())) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_ISSUER, "the ID token's issuer '" + claims.getIssuer()
                    + "' is not " + settings.issuer());
        }
        List<String> audience = claims.getAudience();
        if (!audience.contains(settings.clientId())) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_AUDIENCE, "the ID token's audience " + audience
                    + " does not include client '" + settings.clientId() + "'");
        }
        String party = text(claims, "azp");
        if (audience.size() > 1 && !settings.clientId().equals(party)) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_AUDIENCE, "the ID token for audience " + audience
                    + " names authorised party '" + party + "', not client '" + settings.clientId() + "'");
        }
        Instant now = clock.instant();
        Instant expires = instant(claims.getExpirationTime(), "exp");
        Instant issued = instant(claims.getIssueTime(), "iat");
        if (!now.isBefore(expires.plus(settings.clockSkew()))) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_EXPIRED, "the ID token expired at " + expires
                    + "; it is " + now + " (clock skew allowed " + settings.clockSkew() + ")");
        }
        if (issued.isAfter(now.plus(settings.clockSkew()))) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_EXPIRED, "the ID token is issued at " + issued
                    + ", after now, " + now + " (clock skew allowed " + settings.clockSkew() + ")");
        }
        String carried = text(claims, "nonce");
        if (!nonce.equals(carried)) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_NONCE, "the ID token's nonce '" + carried
                    + "' is not this sign-in's: a token of another sign-in, or replayed");
        }
        Subject subject;
        try {
            subject = Subject.of(claims.getIssuer(), claims.getSubject() == null ? "" : claims.getSubject());
        } catch (IllegalArgumentException e) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_MALFORMED, "the ID token's sub: " + e.getMessage(), e);
        }
        Object authTime = claims.getClaim("auth_time");
        Instant at = authTime instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue())
                : authTime instanceof Date date ? date.toInstant() : issued;
        String acr = text(claims, "acr");
        return new VerifiedSignIn(subject, acr == null ? "" : acr.length() > Subject.MAX_LENGTH
                ? acr.substring(0, Subject.MAX_LENGTH) : acr, at);
    }

    private static Instant instant(Date date, String claim) {
        if (date == null) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_MALFORMED, "the ID token has no " + claim);
        }
        return date.toInstant();
    }

    private static String text(JWTClaimsSet claims, String claim) {
        Object value = claims.getClaim(claim);
        return value instanceof String string ? string : null;
    }
}
