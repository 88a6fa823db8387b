package org.schooljournal.examples.web;

import java.time.Duration;

/**
 * A duration in Russian words, as the journal page says how late an entry was or how long is left
 * (ATT-2, MRK-2): «2 ч 5 мин», «3 дн. 4 ч», «40 с».
 *
 * <p>This class is immutable and thread-safe.
 */
final class Lateness {

    private Lateness() {
    }

    /** Returns the duration in words, to the minute (to the second under a minute). */
    static String words(Texts texts, Duration duration) {
        Duration positive = duration.abs();
        long days = positive.toDays();
        int hours = positive.toHoursPart();
        int minutes = positive.toMinutesPart();
        StringBuilder words = new StringBuilder();
        if (days > 0) {
            words.append(texts.get("duration.days", days));
        }
        if (hours > 0) {
            append(words, texts.get("duration.hours", hours));
        }
        if (minutes > 0 && days == 0) {
            append(words, texts.get("duration.minutes", minutes));
        }
        if (words.length() == 0) {
            words.append(texts.get("duration.seconds", positive.toSecondsPart()));
        }
        return words.toString();
    }

    private static void append(StringBuilder words, String part) {
        if (words.length() > 0) {
            words.append(' ');
        }
        words.append(part);
    }
}
