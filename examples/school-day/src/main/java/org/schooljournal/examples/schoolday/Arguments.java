package org.schooljournal.examples.schoolday;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The example's command line: {@code [--memory | --data <folder>] [verify | backup <file>]}.
 * Without a command the example prints the school day; {@code verify} checks the school's log
 * (ARC-4, ARC-6) and {@code backup} copies it to a file (ARC-5). Both read the database, so
 * neither goes with {@code --memory}.
 *
 * @param command what to do
 * @param storage where the school's log is kept
 * @param backupFile the file {@code backup} writes; empty for the other commands
 */
record Arguments(Command command, JournalStorage storage, Optional<Path> backupFile) {

    /** What the example is asked to do. */
    enum Command {
        /** Set the school up, or reopen it, and print the school day. */
        DAY,
        /** Check the integrity of the school's log. */
        VERIFY,
        /** Back the school's log up to a file. */
        BACKUP
    }

    /**
     * Reads the command line; the data folder is {@link JournalStorage#defaultFolder()} unless
     * {@code --data} or {@code --memory} says otherwise.
     *
     * @return the arguments; empty when the command line is not understood
     */
    static Optional<Arguments> parse(List<String> args) {
        Optional<JournalStorage> storage = Optional.empty();
        Command command = Command.DAY;
        Optional<Path> backupFile = Optional.empty();
        boolean commandSeen = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            if (arg.equals("--memory") && storage.isEmpty()) {
                storage = Optional.of(JournalStorage.memory());
            } else if (arg.equals("--data") && storage.isEmpty() && hasValue) {
                storage = Optional.of(JournalStorage.in(Path.of(args.get(++i))));
            } else if (arg.equals("verify") && !commandSeen) {
                command = Command.VERIFY;
                commandSeen = true;
            } else if (arg.equals("backup") && !commandSeen && hasValue) {
                command = Command.BACKUP;
                backupFile = Optional.of(Path.of(args.get(++i)).toAbsolutePath().normalize());
                commandSeen = true;
            } else {
                return Optional.empty();
            }
        }
        JournalStorage chosen = storage.orElseGet(() -> JournalStorage.in(JournalStorage.defaultFolder()));
        if (command != Command.DAY && chosen.inMemory()) {
            return Optional.empty();
        }
        return Optional.of(new Arguments(command, chosen, backupFile));
    }
}
