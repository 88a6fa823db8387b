package org.schooljournal.rules.calendar;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Provides the library's own years of the Russian production calendar (YR-2), compiled from the
 * Labour Code and each year's Government decree on the transfer of days off: the resources
 * {@code production-<year>.properties} of this package, {@value #FIRST_YEAR}–{@value #LAST_YEAR}
 * (docs/rules.md, "The production calendar"). At {@link #FALLBACK_PRIORITY}, so a host's
 * provider of a year wins.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FederalProductionCalendarProvider implements ProductionCalendarProvider {

    /** The first year the library covers. */
    public static final int FIRST_YEAR = 2020;

    /** The last year the library covers: the latest decree found when it was compiled. */
    public static final int LAST_YEAR = 2026;

    private static final List<ProductionYear> YEARS = IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR)
            .mapToObj(year -> ProductionYearReader.resource(FederalProductionCalendarProvider.class,
                    "production-" + year + ".properties"))
            .toList();

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public FederalProductionCalendarProvider() {
    }

    @Override
    public String id() {
        return "ru-federal";
    }

    @Override
    public int priority() {
        return FALLBACK_PRIORITY;
    }

    @Override
    public List<ProductionYear> years() {
        return YEARS;
    }
}
