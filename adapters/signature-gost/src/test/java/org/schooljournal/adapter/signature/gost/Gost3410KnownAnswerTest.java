package org.schooljournal.adapter.signature.gost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECGOST3410_2012Signer;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.Arrays;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * GOST R 34.10-2012 against the signature example of RFC 7091, section 7.1 (the example of the
 * standard's appendix A.1, a 256-bit curve): the published signature (r, s) verifies with the
 * published public key Q and the published digest's number e, and Q is d·P for the published
 * private key d.
 *
 * <p>The byte order: the RFC gives e as a number. BouncyCastle's signer takes the digest as the
 * bytes a GOST R 34.11-2012 digest returns — least significant byte first — and reads the number
 * from them reversed. So e is passed as its big-endian bytes reversed; passed big-endian it does
 * not verify (pinned below).
 */
@Tag("ACC-8")
@DisplayName("ACC-8: RFC 7091's GOST R 34.10-2012 example verifies, with its digest given least significant byte first")
class Gost3410KnownAnswerTest {

    private static final BigInteger P = hex("8000000000000000000000000000000000000000000000000000000000000431");
    private static final BigInteger A = BigInteger.valueOf(7);
    private static final BigInteger B = hex("5FBFF498AA938CE739B8E022FBAFEF40563F6E6A3472FC2A514C0CE9DAE23B7E");
    private static final BigInteger Q = hex("8000000000000000000000000000000150FE8A1892976154C59CFC193ACCF5B3");
    private static final BigInteger XP = BigInteger.TWO;
    private static final BigInteger YP = hex("08E2A8A0E65147D4BD6316030E16D19C85C97F0A9CA267122B96ABBCEA7E8FC8");
    private static final BigInteger D = hex("7A929ADE789BB9BE10ED359DD39A72C11B60961F49397EEE1D19CE9891EC3B28");
    private static final BigInteger XQ = hex("7F2B49E270DB6D90D8595BEC458B50C58585BA1D4E9B788F6689DBD8E56FD80B");
    private static final BigInteger YQ = hex("26F1B489D6701DD185C8413A977B3CBBAF64D1C593D26627DFFB101A87FF77DA");
    private static final BigInteger E = hex("2DFBC1B372D89A1188C09C52E0EEC61FCE52032AB1022E8E67ECE6672B043EE5");
    private static final BigInteger R = hex("41AA28D2F1AB148280CD9ED56FEDA41974053554A42767B83AD043FD39DC0493");
    private static final BigInteger S = hex("01456C64BA4642A1653C235A98A60249BCD6D3F746B631DF928014F6C5BF9C40");

    private ECDomainParameters domain;
    private ECPoint publicKey;

    private static BigInteger hex(String value) {
        return new BigInteger(value, 16);
    }

    @BeforeEach
    void setUp() {
        ECCurve curve = new ECCurve.Fp(P, A, B, Q, BigInteger.ONE);
        domain = new ECDomainParameters(curve, curve.createPoint(XP, YP), Q);
        publicKey = curve.createPoint(XQ, YQ);
    }

    private boolean verifies(byte[] digest, BigInteger r, BigInteger s) {
        ECGOST3410_2012Signer signer = new ECGOST3410_2012Signer();
        signer.init(false, new ECPublicKeyParameters(publicKey, domain));
        return signer.verifySignature(digest, r, s);
    }

    private static byte[] leastSignificantFirst(BigInteger number) {
        return Arrays.reverse(BigIntegers.asUnsignedByteArray(32, number));
    }

    @Test
    @DisplayName("the public key is d·P")
    void publicKeyIsDTimesP() {
        assertThat(domain.getG().multiply(D).normalize()).isEqualTo(publicKey.normalize());
    }

    @Test
    @DisplayName("the published (r, s) verifies over e given least significant byte first")
    void publishedSignatureVerifies() {
        assertThat(verifies(leastSignificantFirst(E), R, S)).isTrue();
    }

    @Test
    @DisplayName("the byte order pinned: e given most significant byte first does not verify")
    void bigEndianDigestDoesNotVerify() {
        assertThat(verifies(BigIntegers.asUnsignedByteArray(32, E), R, S)).isFalse();
    }

    @Test
    @DisplayName("a changed r, s or e does not verify")
    void changedPartsDoNotVerify() {
        assertThat(verifies(leastSignificantFirst(E.add(BigInteger.ONE)), R, S)).isFalse();
        assertThat(verifies(leastSignificantFirst(E), R.add(BigInteger.ONE), S)).isFalse();
        assertThat(verifies(leastSignificantFirst(E), R, S.subtract(BigInteger.ONE))).isFalse();
    }
}
