package org.schooljournal.spi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.spi.ErrorCode;

@Tag("ACC-6")
@DisplayName("The identity port's values: a subject's grammar, a pending sign-in's secrets, a refusal's code")
class SubjectTest {

    @Test
    @DisplayName("a subject of visible ASCII up to 255 characters is accepted, as OpenID Connect's sub")
    void acceptsVisibleAscii() {
        Subject subject = Subject.of("https://esia.gosuslugi.ru/", "1000299353");

        assertThat(subject.issuer()).isEqualTo("https://esia.gosuslugi.ru/");
        assertThat(subject.toString()).isEqualTo("1000299353 at https://esia.gosuslugi.ru/");
        assertThat(Subject.of("i", "x".repeat(255)).id()).hasSize(255);
    }

    @Test
    @DisplayName("an empty, overlong, spaced or non-ASCII part is refused, naming the part and the rule")
    void refusesOtherText() {
        assertThatThrownBy(() -> Subject.of("", "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subject issuer ''").hasMessageContaining("U+0021…U+007E");
        assertThatThrownBy(() -> Subject.of("i", "x".repeat(256))).hasMessageContaining("subject id")
                .hasMessageContaining("256 characters");
        assertThatThrownBy(() -> Subject.of("i", "a b")).hasMessageContaining("subject id 'a b'");
        assertThatThrownBy(() -> Subject.of("i", "Петрова")).hasMessageContaining("subject id 'Петрова'");
    }

    @Test
    @DisplayName("a pending sign-in's toString shows its state, never its nonce or PKCE verifier")
    void pendingHidesSecrets() {
        PendingSignIn pending = new PendingSignIn("https://idp", URI.create("https://idp/auth"),
                URI.create("https://app/cb"), "state-1", "nonce-secret", "verifier-secret", Instant.EPOCH);

        assertThat(pending.toString()).contains("state-1").doesNotContain("nonce-secret", "verifier-secret");
        assertThatThrownBy(() -> new PendingSignIn("https://idp", URI.create("https://idp/auth"),
                URI.create("https://app/cb"), "", "", "", Instant.EPOCH)).hasMessageContaining("state");
    }

    @Test
    @DisplayName("a refusal is ACCESS_DENIED and names the check that failed")
    void refusalNamesItsCheck() {
        SignInRefusedException refused = new SignInRefusedException(SignInRefusal.TOKEN_AUDIENCE, "audience [other]");

        assertThat(refused.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
        assertThat(refused.refusal()).isEqualTo(SignInRefusal.TOKEN_AUDIENCE);
        assertThat(refused.getMessage()).isEqualTo("sign-in refused (TOKEN_AUDIENCE): audience [other]");
    }
}
