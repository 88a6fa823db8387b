package org.schooljournal.core.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits backup files the way a careless hand or a deliberate forger would, written from
 * docs/backup-format.md rather than from the library's code: lines, fields, and the digests
 * computed again ("resealed") so that the checks behind the digests are reached.
 */
final class BackupFiles {

    private BackupFiles() {
    }

    /** Returns the file's lines, without their newlines. */
    static List<String> lines(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            lines.remove(lines.size() - 1);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the lines, each with its newline, to a new file next to the original. */
    static Path write(Path original, String suffix, List<String> lines) {
        Path copy = original.resolveSibling(original.getFileName() + "." + suffix);
        try {
            Files.writeString(copy, String.join("\n", lines) + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /** Returns the line with a field's value replaced: quoted for text, as is for a number. */
    static String with(String line, String field, Object value) {
        Pattern pattern = Pattern.compile("\"" + field + "\":(\"[^\"]*\"|-?[0-9]+)");
        Matcher matcher = pattern.matcher(line);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no field " + field + " in " + line);
        }
        String replacement = "\"" + field + "\":" + (value instanceof String ? "\"" + value + "\"" : value);
        return line.substring(0, matcher.start()) + replacement + line.substring(matcher.end());
    }

    /** Returns the value of a text field. */
    static String text(String line, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(line);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no field " + field + " in " + line);
        }
        return matcher.group(1);
    }

    /** Returns the lines with the manifest's envelope digest and the trailer's digests computed again. */
    static List<String> reseal(List<String> lines) {
        List<String> sealed = new ArrayList<>(lines);
        int trailer = sealed.size() - 1;
        StringBuilder envelopes = new StringBuilder();
        for (String line : sealed.subList(1, trailer)) {
            envelopes.append(line).append('\n');
        }
        sealed.set(0, with(sealed.get(0), "envelopeDigest", sha256(envelopes.toString())));
        String manifestDigest = sha256(sealed.get(0) + "\n");
        String fileDigest = sha256(sealed.get(0) + "\n" + envelopes);
        sealed.set(trailer, "{\"trailer\":\"school-journal-backup\",\"manifestDigest\":\"" + manifestDigest
                + "\",\"fileDigest\":\"" + fileDigest + "\"}");
        return sealed;
    }

    static String sha256(String ascii) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(ascii.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
