package org.schooljournal.adapter.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The lines a child process writes to its standard output, read by a daemon thread into a queue
 * that ends with {@link #END} when the output does, so that a crash test can wait for a line with a
 * timeout and see the process's end.
 */
final class ProcessLines {

    /** The line that follows the process's last one. */
    static final String END = "\u0000end";

    private ProcessLines() {
    }

    /** Starts reading the process's output; the thread is named after it. */
    static BlockingQueue<String> of(Process process, String name) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> read(process, lines), name);
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static void read(Process process, BlockingQueue<String> lines) {
        try (BufferedReader in = process.inputReader(UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("output failed: " + e);
        } finally {
            lines.add(END);
        }
    }
}
