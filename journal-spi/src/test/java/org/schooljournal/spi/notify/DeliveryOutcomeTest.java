package org.schooljournal.spi.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An outcome is SENT without a reason, or another status with one. */
@DisplayName("DeliveryOutcome")
class DeliveryOutcomeTest {

    @Test
    @DisplayName("the factories make the three outcomes, readable in toString")
    void factories() {
        assertThat(DeliveryOutcome.sent().isSent()).isTrue();
        assertThat(DeliveryOutcome.sent()).hasToString("SENT");
        assertThat(DeliveryOutcome.retryLater("server down").status()).isEqualTo(DeliveryStatus.RETRY_LATER);
        assertThat(DeliveryOutcome.failedPermanently("550 no such mailbox"))
                .hasToString("FAILED_PERMANENTLY(550 no such mailbox)");
    }

    @Test
    @DisplayName("SENT with a reason, or a failure without one, is refused")
    void reasonMatchesStatus() {
        assertThatThrownBy(() -> new DeliveryOutcome(DeliveryStatus.SENT, "fine"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SENT");
        assertThatThrownBy(() -> DeliveryOutcome.retryLater(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RETRY_LATER");
        assertThatThrownBy(() -> DeliveryOutcome.failedPermanently(null)).isInstanceOf(NullPointerException.class);
    }
}
