package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.notification.ConfirmEmail;
import org.schooljournal.core.notification.OutboxItem;
import org.schooljournal.spi.notify.DeliveryStatus;

/**
 * Applying a stored event of a journal never fails (DESIGN.md, principle 9): the events a log
 * written by hand, or before identifiers were validated, may hold fold without effect, or into an
 * item kept failed for good — where they once threw and stopped every read of the journal.
 */
@DisplayName("A journal's fold is total: events that could once not be applied fold without throwing")
class TotalFoldTest {

    private static final Instant AT = Instant.parse("2026-10-12T03:40:00Z");
    private final JournalState empty = JournalState.empty(new JournalKey("5А", "math"));

    @Test
    @DisplayName("MRK-10: a correction of an entry the log never recorded leaves the journal as it was")
    void correctionOfUnknownEntry() {
        assertThat(new EntryCorrected(7, "5", "t-math", AT, "ошибка").applyTo(empty)).isEqualTo(empty);
    }

    @Test
    @DisplayName("ATT-5: an attempt to send a notification the outbox never queued leaves the outbox as it was")
    void attemptOnUnknownItem() {
        assertThat(new NotificationAttempted("86-001/5А/math/1/g-1/absent", DeliveryStatus.SENT, Optional.empty(), AT,
                Optional.empty()).applyTo(empty).outbox()).isEmpty();
    }

    @Test
    @DisplayName("ATT-5: a queued notification whose key holds a line break is kept failed for good with the reason, "
            + "under a key derived from its own; an attempt on its stored key changes nothing")
    void undeliverableNotification() {
        String key = "86-001/5А/math/1/g-\npoison/absent";
        JournalState queued = new NotificationQueued(key, "g-\npoison", "s-1", "ivanova@example.ru",
                "Отсутствовал на уроке", "Текст", AT).applyTo(empty);

        assertThat(queued.outbox().values()).singleElement().satisfies(item -> {
            assertThat(item.status()).isEqualTo(OutboxItem.Status.FAILED);
            assertThat(item.notification().idempotencyKey()).isEqualTo("undeliverable-" + ConfirmEmail.sha256(key));
            assertThat(item.lastReason()).hasValueSatisfying(reason -> assertThat(reason)
                    .startsWith("the stored notification cannot be sent: idempotencyKey").doesNotContain("\n"));
            assertThat(item.dueAt(AT)).isFalse();
        });
        assertThat(new NotificationAttempted(key, DeliveryStatus.SENT, Optional.empty(), AT, Optional.empty())
                .applyTo(queued)).isEqualTo(queued);
    }
}
