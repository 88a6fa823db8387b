package org.schooljournal.core.printout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.schooljournal.core.validation.Excerpt;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.InvalidCommandException.Violation;

/** The rules of a printout's files (ARC-1, ARC-2), checked before anything is recorded. */
final class PrintedFiles {

    /** The most files one printout records. */
    static final int MAX_FILES = 10_000;

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1,255}");

    private PrintedFiles() {
    }

    /**
     * Checks the files.
     *
     * @throws InvalidCommandException VALIDATION naming each file and field that breaks a rule
     */
    static void requireValid(List<PrintedFile> files) {
        if (files == null) {
            throw new InvalidCommandException("RecordPrintout", List.of(new Violation("files", "null", "must be given")));
        }
        List<Violation> violations = new ArrayList<>();
        if (files.isEmpty() || files.size() > MAX_FILES) {
            violations.add(new Violation("files", files.size() + " files", "must hold 1 to " + MAX_FILES + " files"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < files.size() && violations.size() < 10; i++) {
            PrintedFile file = files.get(i);
            String at = "files[" + i + "].";
            if (file == null) {
                violations.add(new Violation("files[" + i + "]", "null", "must be a file"));
                continue;
            }
            if (!NAME.matcher(file.name()).matches() || file.name().isBlank() || file.name().equals(".")
                    || file.name().equals("..")) {
                violations.add(new Violation(at + "name", Excerpt.of(file.name()), "must be a file's name without a"
                        + " folder: 1 to 255 characters, no slash, backslash or control character"));
            } else if (!names.add(file.name())) {
                violations.add(new Violation(at + "name", Excerpt.of(file.name()), "must not repeat another file's"));
            }
            if (!SHA_256.matcher(file.sha256()).matches()) {
                violations.add(new Violation(at + "sha256", Excerpt.of(file.sha256()),
                        "must be a SHA-256: 64 lowercase hexadecimal digits"));
            }
            if (file.bytes() < 1) {
                violations.add(new Violation(at + "bytes", String.valueOf(file.bytes()), "must be above zero"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommandException("RecordPrintout", violations);
        }
    }
}
