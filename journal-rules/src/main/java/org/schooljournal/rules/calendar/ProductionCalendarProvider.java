package org.schooljournal.rules.calendar;

import java.util.List;
import org.schooljournal.spi.ServiceProvider;

/**
 * Ships years of the Russian production calendar (YR-2), found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services} and {@code provides}). The library's own years come from
 * {@link FederalProductionCalendarProvider} at {@link #FALLBACK_PRIORITY}; a host ships the next
 * year's decree, or a corrected year, as a jar with a provider at {@link #DEFAULT_PRIORITY}, without
 * a new release of the library. For each year, the provider of the highest priority that has it
 * wins ({@link ProductionCalendar#of(List)}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ProductionCalendarProvider extends ServiceProvider {

    /**
     * Returns the years this provider has; {@link ProductionYearReader} reads them from the
     * library's resource format.
     */
    List<ProductionYear> years();
}
