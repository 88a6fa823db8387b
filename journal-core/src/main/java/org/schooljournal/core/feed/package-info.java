/**
 * The event feed for a separate diary system (EXC-2, D 8): a stable, documented stream of what a
 * student's diary shows, as CloudEvents 1.0 JSON, one item a line, read page by page from a
 * cursor ({@link org.schooljournal.core.feed.Feed}, reached with {@code engine.feed()};
 * docs/exchange.md).
 *
 * <p>Decisions recorded here:
 * <ul>
 *   <li>The feed's schema is its own ({@link org.schooljournal.core.feed.FeedData}, version 1 in
 *       every type's name), mapped from the journal's stored events, so that the internal events
 *       may change without the feed changing (DESIGN.md, principle 10); golden lines pin it.</li>
 *   <li>The cursor is a position in the school's order of stored events
 *       ({@code EventStore.readSchool}); a page reads stored events, so a reader who may see few of
 *       them still moves on. Delivery is at least once; an item's id is the stored event's id and
 *       the item's index, so a consumer drops repeats by id.</li>
 *   <li>Who sees an item is decided by {@code access.DiaryRights}, as for the diary (PD-2): a
 *       student's items go to the student and their guardians, the class's items of a lesson to
 *       the students of the journal that day and their guardians, messages to guardians to the
 *       guardians only (DRY-6); the host reads all.</li>
 *   <li>A value declared invalid by a compromise's act is not withdrawn from the feed, which is
 *       append-only: the act yields an invalidation item naming the item it invalidates (PD-4).</li>
 *   <li>Items are written with the CloudEvents SDK ({@code io.cloudevents:cloudevents-json-jackson}),
 *       whose jars name their automatic modules in their manifests.</li>
 * </ul>
 */
package org.schooljournal.core.feed;
