package org.schooljournal.core.feed;

import java.util.Objects;

/** The checks the feed's records share. This class has no instances; it is thread-safe. */
final class Checks {

    private Checks() {
    }

    /**
     * Checks that every text is given.
     *
     * @throws NullPointerException if one is null
     */
    static void texts(String... texts) {
        for (String text : texts) {
            Objects.requireNonNull(text, "a text of a feed item");
        }
    }
}
