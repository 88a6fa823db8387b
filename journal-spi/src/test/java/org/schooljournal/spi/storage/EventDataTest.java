package org.schooljournal.spi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An event's payload: kept apart from the caller's array, read as a copy or a read-only view")
class EventDataTest {

    private static final String HASH = "ab".repeat(32);

    private static EventData event(byte[] payload) {
        return new EventData(UUID.randomUUID(), "EntryRecorded.v1", 1, payload, "teacher-1",
                Instant.parse("2026-09-01T08:35:00Z"), "", HASH, "SHA-256");
    }

    @Test
    @DisplayName("the payload given is copied in, and payload() gives a copy the event does not share")
    void copies() {
        byte[] given = "{\"mark\":\"5\"}".getBytes(StandardCharsets.UTF_8);
        EventData event = event(given);
        given[0] = 'X';

        byte[] read = event.payload();
        read[1] = 'Y';

        assertThat(new String(event.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"mark\":\"5\"}");
        assertThat(event.payloadLength()).isEqualTo(12);
    }

    @Test
    @DisplayName("issue 13: copyPayload() writes the same bytes where asked, and refuses a place too small")
    void copiesInto() {
        EventData event = event("{\"mark\":\"5\"}".getBytes(StandardCharsets.UTF_8));
        byte[] destination = new byte[16];

        event.copyPayload(destination, 2);

        assertThat(Arrays.copyOfRange(destination, 2, 14)).isEqualTo(event.payload());
        assertThat(destination[0]).isZero();
        assertThat(destination[14]).isZero();
        assertThatThrownBy(() -> event.copyPayload(new byte[16], 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
