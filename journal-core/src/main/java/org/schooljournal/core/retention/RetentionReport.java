package org.schooljournal.core.retention;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What archiving or purging did (ARC-1…ARC-3): the journals' streams archived or purged, those
 * kept and why, and from when the journals' retention allows their disposal.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schoolId the school
 * @param done the streams archived, or purged
 * @param kept the streams left as they were, with the reason
 * @param disposalFrom the first instant the year's journals may be disposed of (ARC-1)
 */
public record RetentionReport(String schoolId, List<String> done, Map<String, String> kept, Instant disposalFrom) {

    /** Copies the collections. */
    public RetentionReport {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(disposalFrom, "disposalFrom");
        done = List.copyOf(done);
        kept = Collections.unmodifiableMap(new TreeMap<>(kept));
    }
}
