package org.schooljournal.core.journal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.pcollections.OrderedPMap;
import org.pcollections.OrderedPSet;
import org.pcollections.PSortedMap;
import org.pcollections.PVector;
import org.pcollections.TreePMap;
import org.pcollections.TreePVector;

/**
 * The persistent forms (pcollections) of a {@link JournalState}'s collections: each method returns
 * its argument when it is persistent already, else a persistent copy. Skipping the copy only saves
 * time — the copy would be equal — so no test can tell the branches apart, and mutation testing
 * leaves this class out (journal-core's pom).
 *
 * <p>This class is stateless and thread-safe.
 */
final class Persistent {

    private Persistent() {
    }

    /**
     * Returns the map as a persistent map sorted by its keys' natural order; built at once from
     * the keys in order, not entry by entry (a journal read back from its stored snapshot).
     */
    static <K extends Comparable<? super K>, V> PSortedMap<K, V> sorted(Map<K, V> map) {
        if (map instanceof PSortedMap<K, V> persistent) {
            return persistent;
        }
        return TreePMap.fromSortedMap(map instanceof SortedMap<K, V> sorted && sorted.comparator() == null
                ? sorted : new TreeMap<>(map));
    }

    static <T> PVector<T> vector(List<T> list) {
        return list instanceof PVector<T> vector ? vector : TreePVector.from(list);
    }

    static <T> OrderedPSet<T> orderedSet(Set<T> set) {
        return set instanceof OrderedPSet<T> ordered ? ordered : OrderedPSet.from(set);
    }

    static <K, V> OrderedPMap<K, V> orderedMap(Map<K, V> map) {
        return map instanceof OrderedPMap<K, V> ordered ? ordered : OrderedPMap.from(map);
    }
}
