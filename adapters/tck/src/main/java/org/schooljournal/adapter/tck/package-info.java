/**
 * The contract kit of School Journal's ports: abstract JUnit 5 classes that every adapter's own
 * test extends, in the manner of Micrometer's {@code MeterRegistryCompatibilityKit} and the
 * Reactive Streams TCK. {@link org.schooljournal.adapter.tck.EventStoreContract} is the storage
 * port's; {@link org.schooljournal.adapter.tck.SampleEvents} makes the events its checks append.
 * {@link org.schooljournal.adapter.tck.NotifierContract} is the notification port's; a channel's test
 * reads back what arrived as {@link org.schooljournal.adapter.tck.DeliveredMessage}s.
 * {@link org.schooljournal.adapter.tck.MovingClock} is the clock the kits and every module's tests
 * set and move instead of sleeping. Adapters and journal-core depend on this artifact in test scope.
 *
 * <p>Decisions where the port's Javadoc is silent, pinned by the kit:
 * <ul>
 *   <li>{@code streamIds(prefix)} is sorted in the natural order of {@link java.lang.String}
 *       (not a database collation) and the prefix is literal text ({@code _} and {@code %} are
 *       not wildcards);</li>
 *   <li>every field of an event comes back equal, {@code recordedAt} to the microsecond (the
 *       engine gives no finer ones) and the lower-case hashes as they are, since the hash chain
 *       (ARC-4) is computed over them;</li>
 *   <li>positions increase strictly within a school ({@code SchoolKey}) but may have gaps, and
 *       those of different schools are unrelated; a reader that follows a school with
 *       {@code readSchool} while others append must still miss nothing;</li>
 *   <li>a repeat is recognised by event ids at their sequences, so repeating the tail of an
 *       earlier append at its own sequences appends nothing, while the same events offered at other
 *       sequences are a conflict.</li>
 * </ul>
 */
package org.schooljournal.adapter.tck;
