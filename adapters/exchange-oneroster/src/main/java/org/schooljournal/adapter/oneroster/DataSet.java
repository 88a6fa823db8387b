package org.schooljournal.adapter.oneroster;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A OneRoster 1.2 CSV data set: the manifest's properties and the tables of its files, read from or
 * written to the zip the binding describes — RFC 4180, UTF-8 (a byte order mark tolerated when
 * read, never written), lines ended by CR LF (EXC-1). The only class that knows FastCSV.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param manifest the manifest's properties in the file's order ({@code manifest.version} → {@code 1.0})
 * @param tables the files present, by file
 * @param faults what made a file unreadable as CSV (a quote left open, a row of too few or too many
 *     fields, an entry the binding does not name); empty for a set made here
 */
public record DataSet(Map<String, String> manifest, Map<OneRosterFile, Table> tables, List<RowError> faults) {

    /** The manifest's file name. */
    public static final String MANIFEST = "manifest.csv";

    /** 1 January 1980, the zip format's first time: every entry's time. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** Checks and copies the data set. */
    public DataSet {
        manifest = Collections.unmodifiableMap(new LinkedHashMap<>(manifest));
        Map<OneRosterFile, Table> copy = new EnumMap<>(OneRosterFile.class);
        copy.putAll(tables);
        tables = Collections.unmodifiableMap(copy);
        faults = List.copyOf(faults);
    }

    /** Returns the table of the file, if the set holds it. */
    public Optional<Table> table(OneRosterFile file) {
        return Optional.ofNullable(tables.get(file));
    }

    /**
     * Reads a data set from a zip. What cannot be read as CSV is collected in {@link #faults()}, not
     * thrown, so that a checker reports every fault at once.
     *
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static DataSet read(InputStream zip) {
        Objects.requireNonNull(zip, "zip");
        Map<String, String> manifest = new LinkedHashMap<>();
        Map<OneRosterFile, Table> tables = new EnumMap<>(OneRosterFile.class);
        List<RowError> faults = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                byte[] bytes = in.readAllBytes();
                if (name.equals(MANIFEST)) {
                    readManifest(bytes, manifest, faults);
                    continue;
                }
                Optional<OneRosterFile> file = name.endsWith(".csv")
                        ? OneRosterFile.named(name.substring(0, name.length() - 4)) : Optional.empty();
                if (file.isEmpty()) {
                    faults.add(new RowError(name, 0, "", name, "is not a file of the OneRoster 1.2 CSV binding this"
                            + " adapter reads (" + String.join(", ", OneRosterFile.manifestFiles()) + ")"));
                    continue;
                }
                readTable(file.get(), bytes, faults).ifPresent(table -> tables.put(table.file(), table));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OneRoster zip", e);
        }
        return new DataSet(manifest, tables, faults);
    }

    private static List<CsvRecord> records(String fileName, byte[] bytes, List<RowError> faults) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            reader.forEach(records::add);
        } catch (CsvParseException e) {
            long line = records.isEmpty() ? 1 : records.get(records.size() - 1).getStartingLineNumber() + 1;
            faults.add(new RowError(fileName, line, "", "", "is not RFC 4180 CSV: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private static void readManifest(byte[] bytes, Map<String, String> manifest, List<RowError> faults) {
        List<CsvRecord> records = records(MANIFEST, bytes, faults);
        if (records.isEmpty() || !records.get(0).getFields().equals(List.of("propertyName", "value"))) {
            faults.add(new RowError(MANIFEST, 1, "", records.isEmpty() ? "" : String.join(",", records.get(0).getFields()),
                    "the header must be propertyName,value"));
            return;
        }
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.getFieldCount() != 2) {
                faults.add(new RowError(MANIFEST, record.getStartingLineNumber(), "", String.join(",", record.getFields()),
                        "must have 2 fields, has " + record.getFieldCount()));
            } else {
                manifest.put(record.getField(0), record.getField(1));
            }
        }
    }

    private static Optional<Table> readTable(OneRosterFile file, byte[] bytes, List<RowError> faults) {
        List<CsvRecord> records = records(file.entryName(), bytes, faults);
        if (records.isEmpty()) {
            faults.add(new RowError(file.entryName(), 1, "", "", "must start with its header row"));
            return Optional.empty();
        }
        List<String> header = records.get(0).getFields();
        List<Table.Row> rows = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.getFieldCount() != header.size()) {
                faults.add(new RowError(file.entryName(), record.getStartingLineNumber(), "",
                        String.join(",", record.getFields()),
                        "must have as many fields as the header (" + header.size() + "), has " + record.getFieldCount()));
                continue;
            }
            rows.add(new Table.Row(record.getStartingLineNumber(), record.getFields()));
        }
        return Optional.of(new Table(file, header, rows));
    }

    /**
     * Writes the data set as a zip: the manifest first, then each table.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(OutputStream zip) {
        Objects.requireNonNull(zip, "zip");
        try {
            ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8);
            out.putNextEntry(entry(MANIFEST));
            List<List<String>> manifestRows = new ArrayList<>();
            manifestRows.add(List.of("propertyName", "value"));
            manifest.forEach((property, value) -> manifestRows.add(List.of(property, value)));
            out.write(csv(manifestRows));
            out.closeEntry();
            for (Table table : tables.values()) {
                out.putNextEntry(entry(table.file().entryName()));
                List<List<String>> rows = new ArrayList<>();
                rows.add(table.header());
                table.rows().forEach(row -> rows.add(row.values()));
                out.write(csv(rows));
                out.closeEntry();
            }
            out.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the OneRoster zip", e);
        }
    }

    /** Returns an entry of a fixed time, so that one data set always makes the same bytes. */
    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        return entry;
    }

    private static byte[] csv(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                .build(bytes, StandardCharsets.UTF_8)) {
            for (List<String> row : rows) {
                writer.writeRecord(row);
            }
        }
        return bytes.toByteArray();
    }
}
