package org.schooljournal.rules.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.schooljournal.spi.Bootstrap;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * The Russian production calendar (производственный календарь) over the years it covers: public
 * holidays, transfers of days off and shortened days, year by year (YR-2; PD-4's working days,
 * MRK-3's school days). A year it does not cover is reported ({@link #covers(int)},
 * {@link #require(int)}), never guessed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProductionCalendar {

    private static volatile ProductionCalendar federal;

    private final SortedMap<Integer, ProductionYear> years;

    private ProductionCalendar(SortedMap<Integer, ProductionYear> years) {
        this.years = Collections.unmodifiableSortedMap(years);
    }

    /**
     * Returns the calendar the providers make together: for each year, the year of the provider
     * with the highest priority that has it.
     *
     * @throws JournalException CONFIGURATION if two providers of the same, highest priority for a
     *     year give it differently, or a provider gives a year twice
     */
    public static ProductionCalendar of(List<? extends ProductionCalendarProvider> providers) {
        SortedMap<Integer, ProductionYear> byYear = new TreeMap<>();
        Map<Integer, ProductionCalendarProvider> from = new TreeMap<>();
        List<ProductionCalendarProvider> ranked = new ArrayList<>(providers);
        ranked.sort(Comparator.comparingInt(ProductionCalendarProvider::priority).reversed()
                .thenComparing(ProductionCalendarProvider::id));
        for (ProductionCalendarProvider provider : ranked) {
            SortedSet<Integer> own = new TreeSet<>();
            for (ProductionYear year : provider.years()) {
                if (!own.add(year.year())) {
                    throw new JournalException(ErrorCode.CONFIGURATION, "production calendar provider '"
                            + provider.id() + "' gives the year " + year.year() + " twice");
                }
                ProductionCalendarProvider earlier = from.get(year.year());
                if (earlier == null) {
                    byYear.put(year.year(), year);
                    from.put(year.year(), provider);
                } else if (earlier.priority() == provider.priority() && !byYear.get(year.year()).equals(year)) {
                    throw new JournalException(ErrorCode.CONFIGURATION, "production calendar providers '"
                            + earlier.id() + "' and '" + provider.id() + "' give the year " + year.year()
                            + " differently at the same priority " + provider.priority()
                            + "; give the newer one a higher priority");
                }
            }
        }
        return new ProductionCalendar(byYear);
    }

    /**
     * Returns the federal production calendar: the library's years and those of every
     * {@link ProductionCalendarProvider} on the class or module path, loaded once.
     *
     * @throws JournalException CONFIGURATION if a provider fails to load (it is never silently
     *     left out), or as {@link #of(List)}
     */
    public static ProductionCalendar federal() {
        ProductionCalendar known = federal;
        if (known == null) {
            known = of(load(ProductionCalendar.class.getClassLoader()));
            federal = known;
        }
        return known;
    }

    static List<ProductionCalendarProvider> load(ClassLoader loader) {
        return Bootstrap.all("production calendar", ProductionCalendarProvider.class, loader);
    }

    /** Returns the years covered, ascending. */
    public SortedSet<Integer> years() {
        return new TreeSet<>(years.keySet());
    }

    /** Returns whether the calendar covers the year. */
    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /** Returns the year, if covered. */
    public Optional<ProductionYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /**
     * Returns the year.
     *
     * @throws IllegalArgumentException if the calendar does not cover it, naming the years it covers
     */
    public ProductionYear require(int year) {
        ProductionYear known = years.get(year);
        if (known == null) {
            throw new IllegalArgumentException("the production calendar does not cover " + year + " (it covers "
                    + (years.isEmpty() ? "no year" : years.firstKey() + "–" + years.lastKey())
                    + "); ship the year's decree with a ProductionCalendarProvider (docs/rules.md)");
        }
        return known;
    }

    /**
     * Returns whether the date is a working day.
     *
     * @throws IllegalArgumentException if the calendar does not cover its year
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return require(date.getYear()).isWorkingDay(date);
    }

    @Override
    public String toString() {
        return "ProductionCalendar" + years.keySet();
    }
}
