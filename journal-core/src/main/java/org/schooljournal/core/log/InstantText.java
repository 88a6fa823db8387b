package org.schooljournal.core.log;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@link Instant#toString()}'s text (ISO-8601 in UTC: {@code 2026-10-12T03:40:00.123456Z}, the
 * fraction in groups of three digits, none when zero) written without a formatter, for the hash
 * chain, which writes it for every envelope it hashes: as ASCII bytes straight into the hashed
 * bytes ({@link #write}), or as a string. Years outside 0000–9999 go to {@code toString} itself.
 */
final class InstantText {

    /** The longest text {@link #write} writes: {@code 9999-12-31T23:59:59.999999999Z}. */
    static final int MAX_LENGTH = 30;

    private static final long YEAR_10000 = LocalDateTime.of(10_000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long YEAR_0 = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    /** The seconds of a day. */
    static final int SECONDS_PER_DAY = 86_400;

    /** The length of a date and its {@code T}: {@code 2026-10-12T}. */
    static final int DATE_LENGTH = 11;

    private InstantText() {
    }

    static String of(Instant instant) {
        byte[] text = new byte[MAX_LENGTH];
        int end = write(instant, text, 0);
        return end < 0 ? instant.toString() : new String(text, 0, end, StandardCharsets.US_ASCII);
    }

    /**
     * Writes the text as ASCII bytes from {@code at}, which must leave {@value #MAX_LENGTH} bytes.
     *
     * @return where the text ends; -1, writing nothing, for a year outside 0000–9999
     */
    static int write(Instant instant, byte[] out, int at) {
        long seconds = instant.getEpochSecond();
        if (!writes(seconds)) {
            return -1;
        }
        int i = date(Math.floorDiv(seconds, SECONDS_PER_DAY), out, at);
        return time((int) Math.floorMod(seconds, SECONDS_PER_DAY), instant.getNano(), out, i);
    }

    /** Returns whether {@link #write} writes the instant of these epoch seconds: its year is 0000–9999. */
    static boolean writes(long epochSecond) {
        return epochSecond >= YEAR_0 && epochSecond < YEAR_10000;
    }

    /** Writes the date of the epoch day and the {@code T} after it ({@value #DATE_LENGTH} bytes); returns where they end. */
    static int date(long epochDay, byte[] out, int at) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int i = digits(out, at, date.getYear(), 4);
        out[i++] = '-';
        i = digits(out, i, date.getMonthValue(), 2);
        out[i++] = '-';
        i = digits(out, i, date.getDayOfMonth(), 2);
        out[i++] = 'T';
        return i;
    }

    /** Writes the time of day, its fraction and the {@code Z}; returns where they end. */
    static int time(int secondOfDay, int nano, byte[] out, int at) {
        int i = digits(out, at, secondOfDay / 3600, 2);
        out[i++] = ':';
        i = digits(out, i, secondOfDay / 60 % 60, 2);
        out[i++] = ':';
        i = digits(out, i, secondOfDay % 60, 2);
        if (nano != 0) {
            out[i++] = '.';
            if (nano % 1_000_000 == 0) {
                i = digits(out, i, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                i = digits(out, i, nano / 1_000, 6);
            } else {
                i = digits(out, i, nano, 9);
            }
        }
        out[i++] = 'Z';
        return i;
    }

    /** Writes the value's decimal digits, zero-padded to the width; returns where they end. */
    private static int digits(byte[] out, int at, int value, int width) {
        int i = at + width;
        while (i - 2 >= at) {
            int pair = value % 100;
            value /= 100;
            out[--i] = (byte) ('0' + pair % 10);
            out[--i] = (byte) ('0' + pair / 10);
        }
        if (i > at) {
            out[--i] = (byte) ('0' + value % 10);
        }
        return at + width;
    }
}
