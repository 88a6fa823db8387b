package org.schooljournal.core.school;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The order of every list of people — a class list, a journal's page, a summary sheet, a
 * student's guardians (ROS-3): alphabetical by the whole name, «surname name patronymic», in the
 * Russian collation of the Unicode CLDR as ICU4J implements it ({@code ru}). So:
 *
 * <ul>
 *   <li>the full name is compared as one text, letters before case: «Иванова Мария» before
 *       «ИВАНОВА Софья», «петров Иван Алиевич» before «Петров Иван Сергеевич»;</li>
 *   <li>a space sorts before every letter, so a surname sorts before a longer one it begins
 *       («Иванов Яков» before «Иванова Анна») and a double surname after the single one;</li>
 *   <li>ё sorts with е, told apart only when everything else is equal (Елкин, Ёлкин, Елкина);</li>
 *   <li>Cyrillic names come before Latin ones;</li>
 *   <li>case is the last difference of the collation (lower before upper), and the person's
 *       identifier breaks the ties of names that are equal in every respect, so a list printed
 *       twice is printed the same.</li>
 * </ul>
 *
 * <p>Names are normalised when they enter ({@link PersonName}); the collator decomposes
 * canonically as well, so a name stored before that is still compared by what it shows.
 *
 * <p>This class is stateless and thread-safe: its collator is frozen.
 */
public final class NameOrder {

    /** The Russian collation of the CLDR, frozen so that threads may share it. */
    private static final Collator RUSSIAN = frozen();

    private NameOrder() {
    }

    private static Collator frozen() {
        Collator collator = Collator.getInstance(new ULocale("ru"));
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator.freeze();
    }

    /**
     * Returns people sorted in the order of lists of people, as a new list.
     *
     * @param people the people
     * @param fullName a person's full name, «surname name patronymic»
     * @param personId a person's identifier, the last tie-break
     */
    public static <T> List<T> sort(Collection<T> people, Function<T, String> fullName, Function<T, String> personId) {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(personId, "personId");
        return people.stream()
                .map(person -> new Keyed<>(person, RUSSIAN.getCollationKey(fullName.apply(person)), personId.apply(person)))
                .sorted(Comparator.<Keyed<T>, CollationKey>comparing(Keyed::key).thenComparing(Keyed::personId))
                .map(Keyed::person)
                .toList();
    }

    /** A person with the collation key of their full name, computed once. */
    private record Keyed<T>(T person, CollationKey key, String personId) {
    }
}
