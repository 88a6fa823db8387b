package org.schooljournal.rules.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads a year of the production calendar (YR-2) from its resource format: a UTF-8 properties
 * file with the keys {@code year}, {@code decree}, {@code holidays}, {@code transfers} and
 * {@code shortened}. Days are ISO dates separated by commas, {@code first..last} for a run of
 * days; a transfer is {@code from>to}. Every key is required (a list may be empty), unknown keys
 * are refused.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ProductionYearReader {

    private static final Set<String> KEYS = Set.of("year", "decree", "holidays", "transfers", "shortened");

    private ProductionYearReader() {
    }

    /**
     * Reads a year from a resource next to the class.
     *
     * @param type the class whose package holds the resource
     * @param name the resource's name relative to that package
     * @throws IllegalArgumentException naming the resource if it is missing or not a valid year
     */
    public static ProductionYear resource(Class<?> type, String name) {
        try (InputStream in = type.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("production calendar resource " + name + " of "
                        + type.getPackageName() + " is missing");
            }
            return read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read production calendar resource " + name, e);
        }
    }

    /**
     * Reads a year.
     *
     * @param source where the text comes from, for messages
     * @param text the properties text
     * @throws IllegalArgumentException naming the source, the key and the value if a key is
     *     missing or unknown, or a value is not valid
     * @throws IOException if the text cannot be read
     */
    public static ProductionYear read(String source, Reader text) throws IOException {
        Objects.requireNonNull(source, "source");
        Properties properties = new Properties();
        properties.load(text);
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(source + ": unknown key '" + key + "'; the keys are " + new TreeSet<>(KEYS));
            }
        }
        try {
            int year = Integer.parseInt(required(source, properties, "year"));
            return new ProductionYear(year, required(source, properties, "decree"),
                    days(required(source, properties, "holidays")),
                    transfers(required(source, properties, "transfers")),
                    days(required(source, properties, "shortened")));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static String required(String source, Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(source + ": the key '" + key + "' is missing");
        }
        return value.strip();
    }

    private static SortedSet<LocalDate> days(String value) {
        SortedSet<LocalDate> days = new TreeSet<>();
        for (String item : items(value)) {
            int range = item.indexOf("..");
            if (range < 0) {
                days.add(LocalDate.parse(item));
                continue;
            }
            LocalDate first = LocalDate.parse(item.substring(0, range).strip());
            LocalDate last = LocalDate.parse(item.substring(range + 2).strip());
            if (last.isBefore(first) || first.getYear() != last.getYear()) {
                throw new IllegalArgumentException("days '" + item + "': the last day must not be before the first, in one year");
            }
            first.datesUntil(last.plusDays(1)).forEach(days::add);
        }
        return days;
    }

    private static List<DayTransfer> transfers(String value) {
        List<DayTransfer> transfers = new ArrayList<>();
        for (String item : items(value)) {
            transfers.add(DayTransfer.parse(item));
        }
        return transfers;
    }

    private static List<String> items(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
