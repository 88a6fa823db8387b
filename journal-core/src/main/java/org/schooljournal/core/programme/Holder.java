package org.schooljournal.core.programme;

import java.util.List;

/**
 * Whom a curriculum, a timetable entry or a control work belongs to: a class, or a study group
 * with the classes it is drawn from (YR-5), whose calendar and bells it follows.
 *
 * @param code the class's or group's code
 * @param classCodes the class itself, or the group's base classes
 */
record Holder(String code, List<String> classCodes) {
}
