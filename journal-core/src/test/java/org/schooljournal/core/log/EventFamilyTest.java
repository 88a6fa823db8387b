package org.schooljournal.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * Stored names are the family's, never a class's, and versions evolve by upcasting
 * (DESIGN.md, principle 10; docs/event-log.md).
 */
@Tag("ARC-4")
@DisplayName("an event's stored name and version are explicit; old versions are read through upcasts")
class EventFamilyTest {

    /** The first release's family: a mark with its value. */
    sealed interface Before permits MarkGiven {
    }

    record MarkGiven(String student, String mark) implements Before {
    }

    /** A later release renamed the class; its stored name stayed. */
    sealed interface Renamed permits MarkSet {
    }

    record MarkSet(String student, String mark) implements Renamed {
    }

    /** A later release still added the weight: schema version 2, with the upcast from 1. */
    sealed interface Weighted permits WeightedMark {
    }

    record WeightedMark(String student, String mark, int weight) implements Weighted {
    }

    sealed interface TwoTypes permits One, Two {
    }

    record One(String value) implements TwoTypes {
    }

    record Two(String value) implements TwoTypes {
    }

    interface Open {
    }

    private static final EventFamily<String, Before> BEFORE = EventFamily.<String, Before>of(Before.class)
            .type("MarkRecorded", MarkGiven.class, (event, state) -> state + event.mark())
            .build();

    @Test
    @DisplayName("a class renamed under the same stored name reads what the old class wrote: nothing a test can see changes")
    void renamingAClassChangesNothing() {
        EventFamily<String, Renamed> renamed = EventFamily.<String, Renamed>of(Renamed.class)
                .type("MarkRecorded", MarkSet.class, (event, state) -> state + event.mark())
                .build();
        EventCodec.Encoded stored = new EventCodec(List.of(BEFORE)).encode(new MarkGiven("s-1", "5"));

        assertThat(stored.type()).isEqualTo("MarkRecorded");
        assertThat(new EventCodec(List.of(renamed)).decode(stored.type(), stored.schemaVersion(), stored.payload(),
                Renamed.class)).isEqualTo(new MarkSet("s-1", "5"));
    }

    @Test
    @DisplayName("a payload of an older schema version is read through its upcast; new events are written at the current version")
    void upcasting() {
        EventFamily<String, Weighted> weighted = EventFamily.<String, Weighted>of(Weighted.class)
                .type("MarkRecorded", 2, WeightedMark.class, (event, state) -> state + event.mark())
                .upcast("MarkRecorded", 1, node -> node.put("weight", 1))
                .build();
        EventCodec.Encoded old = new EventCodec(List.of(BEFORE)).encode(new MarkGiven("s-1", "4"));
        EventCodec codec = new EventCodec(List.of(weighted));

        assertThat(codec.decode("MarkRecorded", 1, old.payload(), Weighted.class))
                .isEqualTo(new WeightedMark("s-1", "4", 1));
        assertThat(codec.encode(new WeightedMark("s-1", "4", 3)).schemaVersion()).isEqualTo(2);
    }

    @Nested
    @DisplayName("a family that could let the stored types drift is refused when built")
    class Refused {

        @Test
        @DisplayName("a type the sealed interface permits but the family does not list")
        void unlisted() {
            assertThatThrownBy(() -> EventFamily.<String, TwoTypes>of(TwoTypes.class)
                    .type("One", One.class, (event, state) -> state).build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(Two.class.getName());
        }

        @Test
        @DisplayName("two types under one stored name")
        void sharedName() {
            assertThatThrownBy(() -> EventFamily.<String, TwoTypes>of(TwoTypes.class)
                    .type("Same", One.class, (event, state) -> state)
                    .type("Same", Two.class, (event, state) -> state).build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Same");
        }

        @Test
        @DisplayName("a version 2 without the upcast from version 1")
        void missingUpcast() {
            assertThatThrownBy(() -> EventFamily.<String, Weighted>of(Weighted.class)
                    .type("MarkRecorded", 2, WeightedMark.class, (event, state) -> state).build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no upcast from v1 to v2");
        }

        @Test
        @DisplayName("an interface that is not sealed")
        void notSealed() {
            assertThatThrownBy(() -> EventFamily.<String, Open>of(Open.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be sealed");
        }

        @Test
        @DisplayName("a stored name that is not letters and digits")
        void badName() {
            assertThatThrownBy(() -> EventFamily.<String, Before>of(Before.class)
                    .type("mark recorded", MarkGiven.class, (event, state) -> state))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letters and digits");
        }
    }

    @Nested
    @DisplayName("what the codec cannot read is INTEGRITY, never a guess")
    class Unreadable {

        private final EventCodec codec = new EventCodec(List.of(BEFORE));

        @Test
        @DisplayName("an unknown stored name")
        void unknownType() {
            assertThatThrownBy(() -> codec.decode("Unknown", 1, new byte[] {'{', '}'}, Before.class))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                    .hasMessageContaining("unknown event type Unknown v1");
        }

        @Test
        @DisplayName("a version newer than this release reads")
        void newerVersion() {
            byte[] payload = codec.encode(new MarkGiven("s-1", "5")).payload();
            assertThatThrownBy(() -> codec.decode("MarkRecorded", 2, payload, Before.class))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                    .hasMessageContaining("reads v1 to v1");
        }

        @Test
        @DisplayName("a payload that does not fit its type")
        void badPayload() {
            assertThatThrownBy(() -> codec.decode("MarkRecorded", 1, "{\"student\":".getBytes(), Before.class))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY));
        }

        @Test
        @DisplayName("an event of another stream's kind")
        void otherKind() {
            byte[] payload = codec.encode(new MarkGiven("s-1", "5")).payload();
            assertThatThrownBy(() -> codec.decode("MarkRecorded", 1, payload, Renamed.class))
                    .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEGRITY))
                    .hasMessageContaining("does not belong in this stream");
        }
    }
}
