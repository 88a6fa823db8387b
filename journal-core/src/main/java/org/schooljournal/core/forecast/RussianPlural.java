package org.schooljournal.core.forecast;

import java.util.Locale;

/**
 * The Russian plural form a count takes (MRK-11's texts): one (1, 21, 101: «одна пятёрка»), few (2–4,
 * 22–24: «две пятёрки») and many (0, 5–20, 25–30, 111–114: «пять пятёрок»). Its lower-case name ends
 * the bundle keys of counted words.
 */
enum RussianPlural {
    ONE, FEW, MANY;

    /** Returns the form of the count, which is not negative. */
    static RussianPlural of(long count) {
        long lastTwo = count % 100;
        long last = count % 10;
        if (last == 1 && lastTwo != 11) {
            return ONE;
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return FEW;
        }
        return MANY;
    }

    /** Returns the suffix of bundle keys, such as {@code one}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
