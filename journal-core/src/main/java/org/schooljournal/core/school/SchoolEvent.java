package org.schooljournal.core.school;

/**
 * An event of a school's own stream, {@code school-<id>}: an immutable fact, recorded once and
 * never changed (DESIGN.md, principle 1) — the school's registration, roles, structure and
 * settings, and the events of the parts other concepts keep in the same stream: the programme,
 * the roster, the guardians' contacts, the archive records. Each is a record, stored under the
 * explicit, versioned name its package's event family lists (docs/event-log.md); how it changes
 * the school's state is the package's own and is not exported.
 */
public interface SchoolEvent {
}
