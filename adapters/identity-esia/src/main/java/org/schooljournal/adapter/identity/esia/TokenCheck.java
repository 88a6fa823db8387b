package org.schooljournal.adapter.identity.esia;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.identity.SignInRefusal;
import org.schooljournal.spi.identity.SignInRefusedException;
import org.schooljournal.spi.identity.Subject;
import org.schooljournal.spi.identity.VerifiedSignIn;

/**
 * The check of a token ЕСИА issued (ACC-6): its signature against ЕСИА's configured keys — GOST R
 * 34.10-2012 ({@code GOST3410_2012_256}, {@code GOST3410_2012_512}) with BouncyCastle, which Nimbus
 * cannot verify, or {@code RS256} with Nimbus, never anything else —, then its issuer, its audience
 * ({@code aud}, or the access token's {@code client_id}), its expiry and issue time against the
 * provider's clock, and its subject ({@code urn:esia:sbj_id}, or {@code sub}); each failure refused
 * with its own {@link SignInRefusal}.
 *
 * <p>A GOST signature is read as BouncyCastle's JCA signature of that name reads it (the JWS
 * signing input signed whole with GOST R 34.11-2012 and GOST R 34.10-2012).
 *
 * <p>This class is immutable and thread-safe.
 */
final class TokenCheck {

    /** The one BouncyCastle provider of this module, used by instance: the JVM's list is left alone. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    /** ЕСИА's JWS algorithms and BouncyCastle's names for them. */
    private static final Map<String, String> GOST = Map.of(
            "GOST3410_2012_256", "GOST3411-2012-256WITHECGOST3410-2012-256",
            "GOST3410_2012_512", "GOST3411-2012-512WITHECGOST3410-2012-512");

    private final EsiaSettings settings;
    private final Clock clock;
    private final List<PublicKey> gostKeys = new ArrayList<>();
    private final List<RSAPublicKey> rsaKeys = new ArrayList<>();

    /**
     * Sorts ЕСИА's keys by kind.
     *
     * @throws JournalException CONFIGURATION naming a key that is neither GOST R 34.10-2012 nor RSA
     */
    TokenCheck(EsiaSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        for (PublicKey key : settings.tokenKeys()) {
            if (key instanceof RSAPublicKey rsa) {
                rsaKeys.add(rsa);
            } else {
                gostKeys.add(gost(key));
            }
        }
    }

    private static PublicKey gost(PublicKey key) {
        try {
            return KeyFactory.getInstance("ECGOST3410-2012", BOUNCY_CASTLE)
                    .generatePublic(new X509EncodedKeySpec(key.getEncoded()));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new JournalException(ErrorCode.CONFIGURATION, "token key of algorithm " + key.getAlgorithm()
                    + " is neither a GOST R 34.10-2012 nor an RSA key: ЕСИА signs its tokens with one of those", e);
        }
    }

    /** Verifies the token and returns who signed in. */
    VerifiedSignIn verify(String token) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_MALFORMED, "ЕСИА's token is no signed JWT: "
                    + e.getMessage(), e);
        }
        requireSignature(jwt);
        Instant now = clock.instant();
        if (!settings.tokenIssuer().equals(claims.getIssuer())) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_ISSUER, "the token's issuer '" + claims.getIssuer()
                    + "' is not ЕСИА's '" + settings.tokenIssuer() + "'");
        }
        List<String> audience = audience(claims);
        if (!audience.contains(settings.clientId())) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_AUDIENCE, "the token is meant for " + audience
                    + ", not for this journal's client_id '" + settings.clientId() + "'");
        }
        Instant expiry = required(claims.getExpirationTime(), "exp");
        Instant issued = required(claims.getIssueTime(), "iat");
        if (expiry.plus(settings.clockSkew()).isBefore(now)) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_EXPIRED, "the token expired at " + expiry
                    + "; it is " + now + " (clock skew allowed " + settings.clockSkew() + ")");
        }
        Instant notBefore = claims.getNotBeforeTime() == null ? issued : claims.getNotBeforeTime().toInstant();
        if (issued.isAfter(now.plus(settings.clockSkew())) || notBefore.isAfter(now.plus(settings.clockSkew()))) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_EXPIRED, "the token was issued at " + issued
                    + ", valid from " + notBefore + ", later than now " + now + " and the clock skew allowed "
                    + settings.clockSkew());
        }
        Object acr = claims.getClaim("acr");
        try {
            return new VerifiedSignIn(Subject.of(settings.tokenIssuer(), subjectId(claims)),
                    acr instanceof String level ? level : "", issued);
        } catch (IllegalArgumentException e) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_MALFORMED, "the token's subject or assurance does"
                    + " not fit: " + e.getMessage(), e);
        }
    }

    private void requireSignature(SignedJWT jwt) {
        String algorithm = jwt.getHeader().getAlgorithm().getName();
        byte[] input = jwt.getSigningInput();
        boolean verified;
        String jca = GOST.get(algorithm);
        if (jca != null) {
            verified = gostKeys.stream().anyMatch(key -> verifiesGost(jca, key, input, jwt.getSignature().decode()));
        } else if ("RS256".equals(algorithm)) {
            verified = rsaKeys.stream().anyMatch(key -> verifiesRsa(key, jwt));
        } else {
            throw new SignInRefusedException(SignInRefusal.TOKEN_SIGNATURE, "the token's algorithm '" + algorithm
                    + "' is not accepted: GOST3410_2012_256, GOST3410_2012_512 or RS256 only");
        }
        if (!verified) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_SIGNATURE, "the token's " + algorithm
                    + " signature does not verify against any of ЕСИА's " + (jca != null ? gostKeys.size() + " GOST"
                            : rsaKeys.size() + " RSA") + " keys configured");
        }
    }

    private static boolean verifiesGost(String algorithm, PublicKey key, byte[] input, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm, BOUNCY_CASTLE);
            verifier.initVerify(key);
            verifier.update(input);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false; // a key of the other size, or a signature of a wrong length: it does not verify
        }
    }

    private static boolean verifiesRsa(RSAPublicKey key, SignedJWT jwt) {
        try {
            return jwt.verify(new RSASSAVerifier(key));
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    private static List<String> audience(JWTClaimsSet claims) {
        List<String> audience = new ArrayList<>(claims.getAudience());
        if (claims.getClaim("client_id") instanceof String client) {
            audience.add(client);
        }
        return audience;
    }

    private static String subjectId(JWTClaimsSet claims) {
        Object id = claims.getClaim("urn:esia:sbj_id");
        if (id == null) {
            id = claims.getSubject();
        }
        if (id == null) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_MALFORMED, "the token names no subject: it has"
                    + " neither urn:esia:sbj_id nor sub");
        }
        return id.toString();
    }

    private static Instant required(Date time, String claim) {
        if (time == null) {
            throw new SignInRefusedException(SignInRefusal.TOKEN_MALFORMED, "the token has no '" + claim + "' claim");
        }
        return time.toInstant();
    }
}
