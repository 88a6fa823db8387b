package org.schooljournal.core.notification;

/**
 * What a dispatch of a school's outboxes did (ATT-5, NTF-3): how many notifications were sent,
 * are to be tried again, and failed for good.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param sent sent this time
 * @param retryLater to be tried again later
 * @param failed failed for good
 */
public record DispatchReport(int sent, int retryLater, int failed) {
}
