/**
 * Retention (ARC-1…ARC-3): the {@link org.schooljournal.core.retention.Retention} facet archives a
 * school's closed year — its whole log to a backup file, and each class's summary sheet into the
 * school's own stream, which outlives the journals (25 years, ARC-2) — and purges the journals
 * whose 5 years have passed, each only if an archive holds it exactly as it is and its class's
 * summary sheet is archived. What was archived and purged is the school's
 * {@link org.schooljournal.core.retention.ArchiveRecords}, a part of its state.
 */
package org.schooljournal.core.retention;
