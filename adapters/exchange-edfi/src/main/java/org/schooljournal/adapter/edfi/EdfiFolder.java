package org.schooljournal.adapter.edfi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a school's Ed-Fi extract into a folder (EXC-1, REP-10): the interchange files
 * {@value #ATTENDANCE_XML} and {@value #GRADES_XML}, and the API bodies one a line, UTF-8, in
 * {@value #ATTENDANCE_JSON} and {@value #GRADES_JSON} for a host that posts them. A kind with
 * nothing to give gets no file, as an interchange holds at least one element.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EdfiFolder {

    /** The attendance interchange's file name. */
    public static final String ATTENDANCE_XML = "Interchange-StudentAttendance.xml";
    /** The grade interchange's file name. */
    public static final String GRADES_XML = "Interchange-StudentGrade.xml";
    /** The file of {@code studentSectionAttendanceEvents} bodies, one a line. */
    public static final String ATTENDANCE_JSON = "studentSectionAttendanceEvents.jsonl";
    /** The file of {@code grades} bodies, one a line. */
    public static final String GRADES_JSON = "grades.jsonl";

    private EdfiFolder() {
    }

    /**
     * Writes the extract's files into the folder, creating it if need be, replacing files of the
     * same names.
     *
     * @return the files written, in the order of the names above
     * @throws IOException if the folder or a file cannot be written
     */
    public static List<Path> write(EdfiExtract extract, Path folder) throws IOException {
        Objects.requireNonNull(extract, "extract");
        Objects.requireNonNull(folder, "folder");
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        if (!extract.attendance().isEmpty()) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(ATTENDANCE_XML))) {
                InterchangeWriter.attendance(extract.attendance(), out);
            }
            written.add(folder.resolve(ATTENDANCE_XML));
        }
        if (!extract.grades().isEmpty()) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(GRADES_XML))) {
                InterchangeWriter.grades(extract.grades(), out);
            }
            written.add(folder.resolve(GRADES_XML));
        }
        lines(extract.attendance(), ApiBodies::studentSectionAttendanceEvent, folder.resolve(ATTENDANCE_JSON), written);
        lines(extract.grades(), ApiBodies::grade, folder.resolve(GRADES_JSON), written);
        return List.copyOf(written);
    }

    private static <T> void lines(List<T> items, Function<T, String> body, Path file, List<Path> written)
            throws IOException {
        if (items.isEmpty()) {
            return;
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (T item : items) {
                out.write(body.apply(item));
                out.write('\n');
            }
        }
        written.add(file);
    }
}
