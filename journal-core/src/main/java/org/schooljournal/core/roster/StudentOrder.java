package org.schooljournal.core.roster;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order of a class list (ROS-3): alphabetical by surname, then given name, then patronymic,
 * in Russian collation with ё sorted as е (Ёлкин with Елкин, between Егоров and Жуков). Students
 * whose names are the same are ordered by person identifier, so the order is total and a list
 * printed twice is printed the same.
 *
 * <p>This class is stateless and thread-safe: each call uses a collator of its own, since a
 * {@link Collator} is not promised to be.
 */
public final class StudentOrder {

    /** The locale of the collation: Russian, as used in Russia. */
    public static final Locale LOCALE = Locale.forLanguageTag("ru-RU");

    private StudentOrder() {
    }

    /** Returns the students sorted in class-list order, as a new list. */
    public static List<Student> sort(Collection<Student> students) {
        Collator collator = Collator.getInstance(LOCALE);
        return students.stream()
                .map(student -> new Keyed(student, collator))
                .sorted()
                .map(Keyed::student)
                .toList();
    }

    /** Returns the text with ё and Ё replaced by е and Е, the form names are compared in. */
    static String folded(String text) {
        return text.replace('ё', 'е').replace('Ё', 'Е');
    }

    /** A student with the collation keys of their names, compared once each. */
    private record Keyed(Student student, CollationKey surname, CollationKey name, CollationKey patronymic)
            implements Comparable<Keyed> {

        private static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::surname)
                .thenComparing(Keyed::name)
                .thenComparing(Keyed::patronymic)
                .thenComparing(keyed -> keyed.student().personId());

        Keyed(Student student, Collator collator) {
            this(student, collator.getCollationKey(folded(student.surname())),
                    collator.getCollationKey(folded(student.name())),
                    collator.getCollationKey(folded(student.patronymic())));
        }

        @Override
        public int compareTo(Keyed other) {
            return ORDER.compare(this, other);
        }
    }
}
