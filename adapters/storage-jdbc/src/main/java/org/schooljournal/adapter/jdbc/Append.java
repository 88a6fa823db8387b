package org.schooljournal.adapter.jdbc;

import java.util.List;
import org.schooljournal.spi.storage.EventData;

/**
 * One append a caller asked for, checked: the events go to the stream at the sequences after the
 * expected version, and take positions in the stream's school.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param streamId the stream
 * @param schoolKey the stream's school, {@code SchoolKey.of(streamId)}
 * @param expectedVersion the version the caller expects the stream at
 * @param events the events, at least one, with distinct ids
 */
record Append(String streamId, String schoolKey, long expectedVersion, List<EventData> events) {
}
