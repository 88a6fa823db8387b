package org.schooljournal.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.compromise.OperationsInvalidated;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.EntryRecorded;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.Revision;
import org.schooljournal.core.log.EventCodec;
import org.schooljournal.core.school.SchoolLog;
import org.schooljournal.rules.calendar.PeriodKind;

/**
 * EXC-2: the feed's schema is pinned by golden lines, one per feed type
 * ({@code feed/v1.jsonl}), independent of the internal events: mapping the golden corpus' events
 * of the types the feed carries ({@code golden/events.jsonl}, as the engine's codec reads them),
 * and a recorded entry of each kind the corpus does not hold (made from the corpus' mark), gives
 * exactly these lines, in any order. A line is never changed; a new type or version gets a line of
 * its own, appended.
 */
@Tag("EXC-2")
@DisplayName("EXC-2: the feed's golden lines, one per type, are what the golden corpus' events map to")
class FeedGoldenTest {

    private static final String SCHOOL = "86-001";
    private static final JournalKey JOURNAL = new JournalKey("5А", "МАТ");
    private static final URI SOURCE = FeedMapping.source(SCHOOL, Optional.of(JOURNAL));
    private static final Instant TIME = Instant.parse("2026-10-12T03:51:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> corpus;
    private static List<String> lines;

    @BeforeAll
    static void read() throws IOException {
        EventCodec codec = SchoolLog.codec();
        corpus = new LinkedHashMap<>();
        for (String line : resource("/golden/events.jsonl")) {
            ObjectNode node = (ObjectNode) JSON.readTree(line);
            String type = node.get("type").asText();
            if (FeedMapping.JOURNAL_TYPES.contains(type) || type.equals(FeedMapping.INVALIDATED)) {
                corpus.put(type, codec.decode(type, node.get("version").asInt(),
                        JSON.writeValueAsBytes(node.get("payload")), Object.class));
            }
        }
        lines = resource("/feed/v1.jsonl");
    }

    @Test
    @DisplayName("the golden corpus' events and one entry of each other kind map to exactly the golden lines")
    void mappingGivesTheGoldenLines() {
        List<String> mapped = items().stream().map(FeedItem::toJson).toList();

        assertThat(mapped).as("the lines to pin:%n%s", String.join("\n", mapped))
                .containsExactlyInAnyOrderElementsOf(lines);
    }

    @Test
    @DisplayName("there is exactly one golden line for each type of the feed's schema")
    void oneLinePerType() {
        Set<String> types = Arrays.stream(FeedData.class.getPermittedSubclasses()).map(FeedGoldenTest::typeOf)
                .collect(Collectors.toSet());

        assertThat(items().stream().map(FeedItem::type).toList()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(types);
        assertThat(types).allMatch(type -> type.matches("ru\\.schooljournal\\.[a-z]+\\.[a-z]+\\.v1"));
    }

    @Test
    @DisplayName("every golden line is a CloudEvents 1.0 event in JSON, with its data as JSON")
    void everyLineIsACloudEvent() {
        JsonFormat format = new JsonFormat();
        for (String line : lines) {
            CloudEvent event = format.deserialize(line.getBytes(StandardCharsets.UTF_8));

            assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(event.getId()).matches("[0-9a-f-]{36}/[0-9]+");
            assertThat(event.getSource().toString()).startsWith("/schools/86-001");
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(event.getTime()).isNotNull();
            assertThat(line).doesNotContain("\n").contains("\"data\":{");
        }
    }

    /** Returns the items of the corpus' events, then of the entries of the other kinds. */
    private static List<FeedItem> items() {
        EntryRecorded mark = (EntryRecorded) corpus.get("EntryRecorded");
        JournalEntry entry = entry(mark);
        Map<Integer, JournalEntry> entries = new TreeMap<>();
        entries.put(entry.number(), entry);
        otherKinds(mark).forEach(other -> entries.put(other.number(), entry(other)));
        List<FeedMapping.Mapped> mapped = new ArrayList<>();
        for (Map.Entry<String, Object> event : corpus.entrySet()) {
            UUID id = UUID.nameUUIDFromBytes(event.getKey().getBytes(StandardCharsets.UTF_8));
            if (event.getValue() instanceof OperationsInvalidated act) {
                mapped.addAll(FeedMapping.invalidated(SCHOOL, id, TIME, act,
                        operation -> Optional.of(new FeedMapping.Target(JOURNAL, entry))));
            } else {
                mapped.addAll(FeedMapping.journal(SOURCE, JOURNAL, id, TIME, event.getValue(),
                        number -> Optional.ofNullable(entries.get(number))));
            }
        }
        for (EntryRecorded other : otherKinds(mark)) {
            UUID id = UUID.nameUUIDFromBytes((other.kind() + "/" + new TreeMap<>(other.details()))
                    .getBytes(StandardCharsets.UTF_8));
            mapped.addAll(FeedMapping.journal(SOURCE, JOURNAL, id, TIME, other, number -> Optional.empty()));
        }
        return mapped.stream().map(FeedMapping.Mapped::item).toList();
    }

    /** Returns an entry of each kind the corpus holds none of, made from its mark. */
    private static List<EntryRecorded> otherKinds(EntryRecorded mark) {
        return List.of(
                entry(mark, 8, EntryKind.ATTENDANCE, Map.of(), "б"),
                entry(mark, 9, EntryKind.NOTE, Map.of("kind", "LATENESS"), "опоздал на 10 минут"),
                entry(mark, 10, EntryKind.NOTE, Map.of("kind", "BEHAVIOUR"), "активно работал на уроке"),
                new EntryRecorded(11, EntryKind.HOMEWORK, mark.lesson(), Optional.empty(), Optional.empty(),
                        Map.of("manner", "письменно"), "№ 123, 125 на с. 40", mark.author(), mark.recordedAt(),
                        Optional.empty()),
                new EntryRecorded(12, EntryKind.TOPIC, mark.lesson(), Optional.empty(), Optional.empty(),
                        Map.of("kind", "LESSON", "plannedTopic", "1"), "Сложение дробей", mark.author(),
                        mark.recordedAt(), Optional.empty()),
                entry(mark, 13, EntryKind.REMARK, Map.of(), "Не выполнил домашнее задание"),
                entry(mark, 14, EntryKind.GUARDIAN_MESSAGE, Map.of(), "Прошу зайти в школу в четверг"),
                new EntryRecorded(15, EntryKind.PERIOD_MARK, Optional.empty(), mark.studentId(),
                        Optional.of(PeriodRef.of(PeriodKind.QUARTER, 1).toString()), Map.of(), "осв", mark.author(),
                        mark.recordedAt(), Optional.empty()),
                new EntryRecorded(16, EntryKind.EXAM_RESULT, Optional.empty(), mark.studentId(), Optional.empty(),
                        Map.of("exam", "ОГЭ", "obtainedAt", "2026-10-12T03:00:00Z"), "5", mark.author(),
                        mark.recordedAt(), mark.timing()));
    }

    /** Returns a recorded entry as the journal holds it. */
    private static JournalEntry entry(EntryRecorded recorded) {
        return new JournalEntry(recorded.number(), recorded.kind(), recorded.lesson(), recorded.studentId(),
                recorded.period(), recorded.details(), List.of(new Revision(recorded.value(), recorded.author(),
                        recorded.recordedAt(), Optional.empty(), recorded.timing())), Optional.empty());
    }

    private static EntryRecorded entry(EntryRecorded mark, int number, EntryKind kind, Map<String, String> details,
            String value) {
        return new EntryRecorded(number, kind, mark.lesson(), mark.studentId(), Optional.empty(), details, value,
                mark.author(), mark.recordedAt(), mark.timing());
    }

    private static String typeOf(Class<?> type) {
        try {
            return (String) type.getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type + " names no TYPE", e);
        }
    }

    private static List<String> resource(String name) throws IOException {
        try (InputStream in = FeedGoldenTest.class.getResourceAsStream(name)) {
            if (in == null) {
                return List.of();
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().filter(line -> !line.isBlank()).toList();
            }
        }
    }
}
