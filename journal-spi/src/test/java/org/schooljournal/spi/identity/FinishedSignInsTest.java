package org.schooljournal.spi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ACC-6")
@DisplayName("ACC-6: a pending sign-in is the provider's own, finished within its lifetime, with its state, once")
class FinishedSignInsTest {

    private static final String ISSUER = "https://sso.example/realms/schools";
    private static final Instant START = Instant.parse("2026-10-12T05:00:00Z");
    private static final PendingSignIn PENDING = new PendingSignIn(ISSUER, URI.create("https://sso.example/auth"),
            URI.create("https://journal.example/callback"), "state-1", "", "", START);

    private static FinishedSignIns at(Instant now) {
        return new FinishedSignIns(ISSUER, Duration.ofMinutes(10), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static void refused(Runnable check, SignInRefusal refusal, String message) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(SignInRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal)).hasMessageContaining(message);
    }

    @Test
    @DisplayName("another provider's sign-in is refused STATE; one past its 10 minutes EXPIRED_SIGN_IN; at 10 minutes it may finish")
    void ownAndFresh() {
        FinishedSignIns other = new FinishedSignIns("https://esia.example/", Duration.ofMinutes(10),
                Clock.fixed(START, ZoneOffset.UTC));
        refused(() -> other.requireOwnAndFresh(PENDING), SignInRefusal.STATE, "started with issuer " + ISSUER);
        assertThatCode(() -> at(START.plus(Duration.ofMinutes(10))).requireOwnAndFresh(PENDING)).doesNotThrowAnyException();
        refused(() -> at(START.plus(Duration.ofMinutes(10)).plusSeconds(1)).requireOwnAndFresh(PENDING),
                SignInRefusal.EXPIRED_SIGN_IN, "until 2026-10-12T05:10:00Z");
    }

    @Test
    @DisplayName("a callback with another state is refused STATE, naming it")
    void state() {
        assertThatCode(() -> FinishedSignIns.requireState(PENDING, "state-1")).doesNotThrowAnyException();
        refused(() -> FinishedSignIns.requireState(PENDING, "state-2"), SignInRefusal.STATE, "'state-2'");
    }

    @Test
    @DisplayName("a sign-in is finished once: the second finish is refused STATE")
    void once() {
        FinishedSignIns signIns = at(START);
        signIns.finishOnce(PENDING);
        refused(() -> signIns.finishOnce(PENDING), SignInRefusal.STATE, "finished already");
    }
}
