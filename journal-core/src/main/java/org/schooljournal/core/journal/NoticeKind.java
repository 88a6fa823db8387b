package org.schooljournal.core.journal;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a guardian's notification from a journal tells of (ATT-5, DRY-6), named by the last part
 * of its idempotency key ({@code <school>/<holder>/<subject>/<entry>/<suffix>}): the report of
 * informing reads it back (REP-7).
 */
public enum NoticeKind {
    /** «Отсутствовал на уроке»: an «н» recorded. */
    ABSENCE("absent"),
    /** The follow-up of an «н» corrected to «б» or «ну»; its suffix ends with the entry's revision. */
    EXCUSED("excused-"),
    /** A new mark. */
    MARK("mark"),
    /** A remark. */
    REMARK("remark"),
    /** A message of the teacher to the guardians. */
    MESSAGE("message");

    private final String suffix;

    NoticeKind(String suffix) {
        this.suffix = suffix;
    }

    /** Returns the last part of the keys of this kind; the follow-up's is completed by a revision. */
    String suffix() {
        return suffix;
    }

    /**
     * Returns the kind a notification's key tells of; empty for a key of another form (one a log
     * written before keys were checked may hold, stored as undeliverable).
     */
    public static Optional<NoticeKind> ofKey(String key) {
        String last = key.substring(key.lastIndexOf('/') + 1);
        return Arrays.stream(values()).filter(kind -> kind == EXCUSED ? last.startsWith(kind.suffix)
                : last.equals(kind.suffix)).findFirst();
    }

    /**
     * Returns the number of the entry of a journal a notification's key tells of
     * ({@code <school>/<holder>/<subject>/<entry>/<guardian>/<suffix>}); empty for a key of another form.
     */
    public static Optional<Integer> entryOf(String schoolId, JournalKey journal, String key) {
        String prefix = JournalNotices.keyPrefix(schoolId, journal, 0);
        String start = prefix.substring(0, prefix.length() - 2);
        if (!key.startsWith(start)) {
            return Optional.empty();
        }
        String rest = key.substring(start.length());
        int end = rest.indexOf('/');
        try {
            return end < 1 ? Optional.empty() : Optional.of(Integer.parseInt(rest.substring(0, end)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
