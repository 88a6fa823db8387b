package org.schooljournal.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The ids of a command's events, derived from the school, the host's command id and the command's
 * content (DESIGN.md, principle 9).
 */
@DisplayName("a command given an id gets event ids derived from the school, the id and the command")
class CommandStampTest {

    /** A command with a set and a map, as some commands have. */
    record Command(String text, Set<String> people, Map<String, Integer> hours) {
    }

    private static CommandStamp stamp(String school, String id, String actor, Object command) {
        return CommandStamp.of(school, id, actor, command);
    }

    @Test
    @DisplayName("version-8 UUIDs, one key for every event of a command, a new id per index, the same in every run")
    void derivedIds() {
        Command command = new Command("Опоздал", Set.of("s-1"), Map.of());
        CommandStamp stamp = stamp("86-001", "req-1", "t-1", command);
        UUID first = stamp.eventId(0);
        UUID second = stamp.eventId(1);

        assertThat(first.version()).isEqualTo(8);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.getMostSignificantBits()).isEqualTo(second.getMostSignificantBits()).isEqualTo(stamp.key());
        assertThat(first).isNotEqualTo(second);
        assertThat(CommandStamp.derived(first)).isTrue();
        assertThat(CommandStamp.derived(UUID.randomUUID())).isFalse();
        assertThat(stamp("86-001", "req-1", "t-1", command).eventId(0)).isEqualTo(first);
        assertThat(first.toString()).isEqualTo(stamp("86-001", "req-1", "t-1",
                new Command("Опоздал", Set.of("s-1"), Map.of())).eventId(0).toString());
    }

    @Test
    @DisplayName("another school or id: another key; another actor or field: the same key, another first event id")
    void whatTellsCommandsApart() {
        Command command = new Command("Опоздал", Set.of("s-1"), Map.of());
        CommandStamp stamp = stamp("86-001", "req-1", "t-1", command);

        assertThat(stamp("86-002", "req-1", "t-1", command).key()).isNotEqualTo(stamp.key());
        assertThat(stamp("86-001", "req-2", "t-1", command).key()).isNotEqualTo(stamp.key());
        CommandStamp otherActor = stamp("86-001", "req-1", "t-2", command);
        CommandStamp otherText = stamp("86-001", "req-1", "t-1", new Command("Шумел", Set.of("s-1"), Map.of()));
        assertThat(List.of(otherActor, otherText)).allSatisfy(other -> {
            assertThat(other.key()).isEqualTo(stamp.key());
            assertThat(other.eventId(0)).isNotEqualTo(stamp.eventId(0));
        });
    }

    @Test
    @DisplayName("commands whose values show no getters (a mark) have their fields in the content: another mark, another command")
    void valuesWithoutGetters() {
        org.schooljournal.core.journal.JournalKey maths = new org.schooljournal.core.journal.JournalKey("5А", "math");
        org.schooljournal.core.journal.LessonRef lesson = new org.schooljournal.core.journal.LessonRef(
                java.time.LocalDate.of(2026, 10, 12), 1);
        Object five = org.schooljournal.core.journal.RecordMark.of("86-001", maths, lesson, "s-1",
                org.schooljournal.core.journal.Mark.of("5"), org.schooljournal.core.journal.WorkKind.ORAL);
        Object four = org.schooljournal.core.journal.RecordMark.of("86-001", maths, lesson, "s-1",
                org.schooljournal.core.journal.Mark.of("4"), org.schooljournal.core.journal.WorkKind.ORAL);

        assertThat(CommandDigest.of("t-1", five)).isNotEqualTo(CommandDigest.of("t-1", four))
                .isEqualTo(CommandDigest.of("t-1", org.schooljournal.core.journal.RecordMark.of("86-001", maths, lesson,
                        "s-1", org.schooljournal.core.journal.Mark.of("5"), org.schooljournal.core.journal.WorkKind.ORAL)));
    }

    @Test
    @DisplayName("the content of a command does not depend on the order its sets and maps iterate in")
    void orderOfSetsDoesNotMatter() {
        qt().forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(1, 5)).ofSizeBetween(0, 8))
                .checkAssert(names -> {
                    List<String> shuffled = new ArrayList<>(names);
                    Collections.reverse(shuffled);
                    Map<String, Integer> hours = new TreeMap<>(Collections.reverseOrder());
                    names.forEach(name -> hours.put(name, name.length()));
                    Command one = new Command("x", new LinkedHashSet<>(names), Map.copyOf(hours));
                    Command two = new Command("x", new LinkedHashSet<>(shuffled), hours);
                    assertThat(CommandDigest.of("t-1", one)).isEqualTo(CommandDigest.of("t-1", two));
                });
    }
}
