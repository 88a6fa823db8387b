package org.schooljournal.core.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.core.log.SnapshotForm;
import org.schooljournal.core.notification.OutboxItem;

/**
 * A journal's state as its stored snapshot keeps it (issue 13, "Bounded memory"): JSON, UTF-8,
 * written by Jackson as the event codec writes events, of the state's own components only — what
 * is derived from them is rebuilt as the state is made. Maps keyed by lessons are kept as lists of
 * pairs. Instants are written as [seconds since the epoch, nanoseconds], dates as [year, month,
 * day]: read back several times faster than ISO text (format 1 wrote text), and as exact; format 3
 * added the outbox items' instants (REP-7). Format {@value #FORMAT}; change it with any change of
 * these bytes: a snapshot of another format is not read, and the journal is folded from its events
 * instead.
 *
 * <p>This class is immutable and thread-safe.
 */
final class JournalSnapshotForm implements SnapshotForm<JournalState> {

    /** The format of the bytes. */
    static final int FORMAT = 3;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(new SimpleModule("instants as two numbers")
                    .addSerializer(Instant.class, new InstantWriter())
                    .addDeserializer(Instant.class, new InstantReader()))
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    /** Writes an instant as [seconds since the epoch, nanoseconds]. */
    private static final class InstantWriter extends StdSerializer<Instant> {

        InstantWriter() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant instant, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartArray();
            out.writeNumber(instant.getEpochSecond());
            out.writeNumber(instant.getNano());
            out.writeEndArray();
        }
    }

    /** Reads an instant written by {@link InstantWriter}. */
    private static final class InstantReader extends StdDeserializer<Instant> {

        InstantReader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser in, DeserializationContext context) throws IOException {
            if (in.currentToken() != JsonToken.START_ARRAY || in.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Instant) context.handleUnexpectedToken(Instant.class, in);
            }
            long seconds = in.getLongValue();
            if (in.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Instant) context.handleUnexpectedToken(Instant.class, in);
            }
            int nanos = in.getIntValue();
            if (in.nextToken() != JsonToken.END_ARRAY) {
                return (Instant) context.handleUnexpectedToken(Instant.class, in);
            }
            return Instant.ofEpochSecond(seconds, nanos);
        }
    }

    /** A substitute teacher of a lesson. */
    record Substitution(LessonRef lesson, String teacherId) {
    }

    /** Where a lesson was moved. */
    record Reschedule(LessonRef from, LessonRef to) {
    }

    /** The state's components as stored. */
    record Stored(JournalKey key, GradingSystem grading, List<JournalEntry> entries, List<Substitution> substitutions,
            List<Reschedule> reschedules, List<Deferral> deferrals, List<String> closedPeriods,
            Map<Integer, String> exclusions, Map<String, OutboxItem> outbox) {
    }

    @Override
    public int format() {
        return FORMAT;
    }

    @Override
    public byte[] write(JournalState state) {
        Stored stored = new Stored(state.key(), state.grading(), List.copyOf(state.entries().values()),
                state.substitutions().entrySet().stream().map(e -> new Substitution(e.getKey(), e.getValue())).toList(),
                state.reschedules().entrySet().stream().map(e -> new Reschedule(e.getKey(), e.getValue())).toList(),
                state.deferrals(), List.copyOf(state.closedPeriods()), state.exclusions(), state.outbox());
        try {
            return MAPPER.writeValueAsBytes(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the snapshot of journal " + state.key(), e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the bytes are another journal's
     */
    @Override
    public JournalState read(byte[] bytes, JournalState empty) {
        Stored stored;
        try {
            stored = MAPPER.readValue(bytes, Stored.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a snapshot of journal " + empty.key(), e);
        }
        if (!stored.key().equals(empty.key())) {
            throw new IllegalArgumentException("the snapshot is of journal " + stored.key() + ", not " + empty.key());
        }
        Map<Integer, JournalEntry> entries = new LinkedHashMap<>();
        stored.entries().forEach(entry -> entries.put(entry.number(), entry));
        Map<LessonRef, String> substitutions = new LinkedHashMap<>();
        stored.substitutions().forEach(s -> substitutions.put(s.lesson(), s.teacherId()));
        Map<LessonRef, LessonRef> reschedules = new LinkedHashMap<>();
        stored.reschedules().forEach(r -> reschedules.put(r.from(), r.to()));
        return new JournalState(stored.key(), stored.grading(), entries, substitutions, reschedules, stored.deferrals(),
                new java.util.LinkedHashSet<>(stored.closedPeriods()), stored.exclusions(), stored.outbox());
    }
}
