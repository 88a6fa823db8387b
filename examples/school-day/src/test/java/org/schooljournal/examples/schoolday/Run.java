package org.schooljournal.examples.schoolday;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One run of the example's command line, as {@code main} runs it but in this JVM: its exit code and
 * what it printed.
 *
 * @param status the exit code
 * @param printed the output
 */
record Run(int status, String printed) {

    /** The administrator's clock of the runs: 30 June 2026, 15:00 in Yugra. */
    static final Clock ADMIN_CLOCK = Clock.fixed(Instant.parse("2026-06-30T10:00:00Z"), ZoneOffset.UTC);

    /** Runs the example with the arguments. */
    static Run of(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = SchoolDay.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8), ADMIN_CLOCK);
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    /** Returns the printed lines. */
    List<String> lines() {
        return printed.lines().toList();
    }

    /** Returns the printed lines after the first. */
    List<String> afterFirstLine() {
        List<String> lines = lines();
        return lines.subList(1, lines.size());
    }
}
