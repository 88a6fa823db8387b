package org.schooljournal.core.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

/**
 * Writes a feed item as CloudEvents 1.0 JSON with the CloudEvents SDK's Jackson format, its data
 * inline as JSON: the data's components in order, an empty {@code Optional} left out, dates as
 * ISO text. This class has no instances; it is thread-safe.
 */
final class FeedFormat {

    private static final ObjectMapper DATA = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                    JsonInclude.Include.NON_ABSENT))
            .build();

    private static final JsonFormat CLOUD_EVENTS = new JsonFormat();

    private FeedFormat() {
    }

    /** Returns the item as one line of CloudEvents JSON. */
    static String json(FeedItem item) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(item.id())
                .withSource(item.source())
                .withType(item.type())
                .withTime(item.time().atOffset(ZoneOffset.UTC))
                .withData(FeedItem.DATA_CONTENT_TYPE, data(item.data()));
        item.subject().ifPresent(event::withSubject);
        CloudEvent built = event.build();
        return new String(CLOUD_EVENTS.serialize(built), StandardCharsets.UTF_8);
    }

    private static byte[] data(FeedData data) {
        try {
            return DATA.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feed item's data did not write as JSON: " + data, e);
        }
    }
}
