package org.schooljournal.spi.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ACC-8")
@DisplayName("SignatureCheck: a signature holds with its signatory, or says why not")
class SignatureCheckTest {

    private static final Signatory PETROVA = new Signatory("Петрова Мария Ивановна", "CN=Петрова Мария Ивановна",
            "CN=Test CA", BigInteger.valueOf(0x1f), Instant.parse("2027-06-30T10:00:00Z"), "GOST3411-2012-256");

    @Test
    @DisplayName("a valid check names who signed and when")
    void valid() {
        SignatureCheck check = SignatureCheck.valid(PETROVA);

        assertThat(check.valid()).isTrue();
        assertThat(check.describe()).isEqualTo("signed by Петрова Мария Ивановна at 2027-06-30T10:00:00Z"
                + " (certificate 1f of CN=Test CA, GOST3411-2012-256)");
    }

    @Test
    @DisplayName("an invalid check says why, with or without a signatory")
    void invalid() {
        assertThat(SignatureCheck.invalid(Optional.of(PETROVA), "the content was changed").describe())
                .startsWith("the signature by Петрова Мария Ивановна at").endsWith("does not hold: the content was changed");
        assertThat(SignatureCheck.invalid(Optional.empty(), "not CMS").valid()).isFalse();
        assertThat(SignatureCheck.invalid(Optional.empty(), "not CMS").describe())
                .isEqualTo("the signature by an unknown signer does not hold: not CMS");
    }

    @Test
    @DisplayName("a check that holds without a signatory, or fails without a reason, is refused")
    void refused() {
        assertThatThrownBy(() -> new SignatureCheck(Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names its signatory");
        assertThatThrownBy(() -> SignatureCheck.invalid(Optional.of(PETROVA), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("says why");
    }
}
