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
 * computed again ("resealed") so that the checks behind the digests are reached. Format version 2:
 * the manifest is the first line and one line per stream; version 1: the first line alone.
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

    /** Returns the value of a number field. */
    static long number(String line, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\":(-?[0-9]+)").matcher(line);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no number field " + field + " in " + line);
        }
        return Long.parseLong(matcher.group(1));
    }

    /**
     * Returns how many lines the manifest takes: its first line and, in version 2, one line per
     * stream (the first line's streamCount); 1 in version 1.
     */
    static int manifestLines(List<String> lines) {
        return lines.get(0).contains("\"streamCount\":") ? 1 + (int) number(lines.get(0), "streamCount") : 1;
    }

    /**
     * Returns the lines with the manifest's envelope digest and the trailer's digests computed again,
     * the manifest being as long as its first line says.
     */
    static List<String> reseal(List<String> lines) {
        return reseal(lines, manifestLines(lines));
    }

    /** Returns the lines resealed, the manifest taking the first {@code manifestLines} lines. */
    static List<String> reseal(List<String> lines, int manifestLines) {
        List<String> sealed = new ArrayList<>(lines);
        int trailer = sealed.size() - 1;
        StringBuilder envelopes = new StringBuilder();
        for (String line : sealed.subList(manifestLines, trailer)) {
            envelopes.append(line).append('\n');
        }
        sealed.set(0, with(sealed.get(0), "envelopeDigest", sha256(envelopes.toString())));
        StringBuilder manifest = new StringBuilder();
        for (String line : sealed.subList(0, manifestLines)) {
            manifest.append(line).append('\n');
        }
        String manifestDigest = sha256(manifest.toString());
        String fileDigest = sha256(manifest.toString() + envelopes);
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
