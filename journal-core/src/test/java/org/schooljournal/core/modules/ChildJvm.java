package org.schooljournal.core.modules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a class's main in a JVM of its own, as a host would start it, and keeps what it printed. */
final class ChildJvm {

    private static final long TIMEOUT_SECONDS = 120;

    /** What a run printed and how it ended. */
    record Run(int exitCode, String out, String err) {

        /** Returns the lines of standard output. */
        List<String> lines() {
            return out.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private ChildJvm() {
    }

    /**
     * Runs {@code java} with these arguments (class or module path, main class and its
     * arguments), in English so that what the JDK prints is the same on every machine.
     */
    static Run java(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Duser.language=en");
        command.add("-Duser.country=US");
        command.add("-Xshare:auto");
        command.addAll(arguments);
        try {
            Path out = Files.createTempFile("child-jvm", ".out");
            Path err = Files.createTempFile("child-jvm", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE)
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                process.getOutputStream().close();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("the child JVM did not end within " + TIMEOUT_SECONDS + " s: " + command);
                }
                return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Returns the test's own class path, as surefire gave it. */
    static String testClassPath() {
        return System.getProperty("java.class.path");
    }

    /**
     * Returns journal-core's run-time path without the tests' libraries: its classes and the
     * dependencies the build listed in the file named by {@code schooljournal.test.runtimePath}.
     */
    static List<Path> runtimePath() {
        String file = System.getProperty("schooljournal.test.runtimePath");
        if (file == null) {
            throw new AssertionError("schooljournal.test.runtimePath is not set: run the test with Maven");
        }
        try {
            List<Path> path = new ArrayList<>();
            path.add(Descriptors.locationOf(org.schooljournal.core.JournalEngine.class));
            for (String entry : Files.readString(Path.of(file)).strip().split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    path.add(Path.of(entry));
                }
            }
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
