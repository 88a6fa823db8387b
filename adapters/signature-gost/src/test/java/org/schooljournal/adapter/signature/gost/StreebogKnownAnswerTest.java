package org.schooljournal.adapter.signature.gost;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bouncycastle.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GOST R 34.11-2012 (Streebog) against the examples of RFC 6986, section 10. The RFC prints every
 * message and every hash as a number, most significant byte first; the bytes a program hashes and
 * the bytes a digest returns are the same numbers least significant byte first. So the message
 * bytes are the printed hex reversed, and the printed hash is the digest's bytes reversed — pinned
 * here, since getting it wrong gives a well-formed, wrong hash.
 */
@Tag("ACC-8")
@DisplayName("ACC-8: Streebog-256 and -512 give RFC 6986's hashes of M1 and M2, read in the RFC's byte order")
class StreebogKnownAnswerTest {

    /** RFC 6986, 10.1: M1, as printed (a number, most significant byte first). */
    static final String M1 = "323130393837363534333231303938373635343332313039383736353433323130393837363534333231"
            + "303938373635343332313039383736353433323130";
    /** RFC 6986, 10.2: M2, as printed; its bytes are Windows-1251 text. */
    static final String M2 = "fbe2e5f0eee3c820fbeafaebef20fffbf0e1e0f0f520e0ed20e8ece0ebe5f0f2f120fff0eeec20f120faf2fee5"
            + "e2202ce8f6f3ede220e8e6eee1e8f0f2d1202ce8f0f2e5e220e5d1";

    private static byte[] littleEndian(String printed) {
        return Arrays.reverse(HexFormat.of().parseHex(printed));
    }

    private static byte[] digest(String algorithm, byte[] message) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance(algorithm, TestPki.BC).digest(message);
    }

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({
        "GOST3411-2012-512, M1, 486f64c1917879417fef082b3381a4e211c324f074654c38823a7b76f830ad00fa1fbae42b1285c0352f227524bc9ab16254288dd6863dccd5b9f54a1ad0541b",
        "GOST3411-2012-256, M1, 00557be5e584fd52a449b16b0251d05d27f94ab76cbaa6da890b59d8ef1e159d",
        "GOST3411-2012-512, M2, 28fbc9bada033b1460642bdcddb90c3fb3e56c497ccd0f62b8a2ad4935e85f037613966de4ee00531ae60f3b5a47f8dae06915d5f2f194996fcabf2622e6881e",
        "GOST3411-2012-256, M2, 508f7e553c06501d749a66fc28c6cac0b005746d97537fa85d9e40904efed29d",
    })
    @DisplayName("the RFC's hash is the digest's bytes reversed, of the message's bytes reversed")
    void knownAnswer(String algorithm, String message, String printedHash) throws NoSuchAlgorithmException {
        byte[] bytes = littleEndian(message.equals("M1") ? M1 : M2);

        byte[] digest = digest(algorithm, bytes);

        assertThat(HexFormat.of().formatHex(Arrays.reverse(digest))).isEqualTo(printedHash);
        assertThat(HexFormat.of().formatHex(digest)).as("the digest's bytes as returned are NOT the RFC's printed form")
                .isNotEqualTo(printedHash);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GOST3411-2012-256", "GOST3411-2012-512"})
    @DisplayName("the byte order pinned: M1's bytes are the ASCII text 0123…012, M2's the Windows-1251 of «Се ветри…»")
    void messagesInMemory(String algorithm) throws Exception {
        assertThat(new String(littleEndian(M1), "US-ASCII"))
                .isEqualTo("012345678901234567890123456789012345678901234567890123456789012");
        assertThat(new String(littleEndian(M2), "windows-1251"))
                .startsWith("Се ветри, Стрибожи внуци, веютъ с моря стрелами на храбрыя плъкы Игоревы");
        assertThat(digest(algorithm, littleEndian(M1))).isNotEqualTo(digest(algorithm, HexFormat.of().parseHex(M1)));
    }
}
