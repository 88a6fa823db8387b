package org.schooljournal.spi.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A notification refuses what no channel could deliver safely, naming the part, the value and the rule. */
@DisplayName("Notification")
class NotificationTest {

    private static final String SUBJECT = "Отсутствовал на уроке";
    private static final String BODY = "Пётр Ёлкин отсутствовал на уроке «Математика».\nМБОУ СОШ № 1";

    @Test
    @DisplayName("keeps its parts, Russian text and line breaks of the body as given")
    void keepsItsParts() {
        Notification notification = new Notification("absence-1", "mama@school.test", SUBJECT, BODY);

        assertThat(notification.subject()).isEqualTo(SUBJECT);
        assertThat(notification.body()).isEqualTo(BODY);
        assertThat(notification.withAddress("papa@school.test").idempotencyKey()).isEqualTo("absence-1");
    }

    @Test
    @DisplayName("a null part is a NullPointerException naming it")
    void nullPartsAreNamed() {
        assertThatThrownBy(() -> new Notification(null, "a@b.test", SUBJECT, BODY)).hasMessage("idempotencyKey");
        assertThatThrownBy(() -> new Notification("k", null, SUBJECT, BODY)).hasMessage("address");
        assertThatThrownBy(() -> new Notification("k", "a@b.test", null, BODY)).hasMessage("subject");
        assertThatThrownBy(() -> new Notification("k", "a@b.test", SUBJECT, null)).hasMessage("body");
    }

    @Test
    @DisplayName("blank parts are refused naming the part")
    void blankPartsAreRefused() {
        assertThatThrownBy(() -> new Notification(" ", "a@b.test", SUBJECT, BODY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey").hasMessageContaining("blank");
        assertThatThrownBy(() -> new Notification("k", "", SUBJECT, BODY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address");
        assertThatThrownBy(() -> new Notification("k", "a@b.test", "\t", BODY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");
        assertThatThrownBy(() -> new Notification("k", "a@b.test", SUBJECT, " \n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("body");
    }

    @Test
    @DisplayName("a line break in the subject, address or key is refused: it could inject a header")
    void lineBreaksInOneLinePartsAreRefused() {
        assertThatThrownBy(() -> new Notification("k", "a@b.test", "Тема\r\nBcc: x@evil.test", BODY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject").hasMessageContaining("inject");
        assertThatThrownBy(() -> new Notification("k", "a@b.test\nBcc: x@evil.test", SUBJECT, BODY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address");
        assertThatThrownBy(() -> new Notification("k\n", "a@b.test", SUBJECT, BODY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotencyKey");
    }

    @Test
    @DisplayName("a key longer than 200 characters is refused naming its length")
    void tooLongKeyIsRefused() {
        assertThat(new Notification("k".repeat(200), "a@b.test", SUBJECT, BODY).idempotencyKey()).hasSize(200);
        assertThatThrownBy(() -> new Notification("k".repeat(201), "a@b.test", SUBJECT, BODY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("201").hasMessageContaining("200");
    }
}
