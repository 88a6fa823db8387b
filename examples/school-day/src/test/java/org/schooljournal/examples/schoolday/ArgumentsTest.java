package org.schooljournal.examples.schoolday;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example's command line: {@code [--memory | --data <folder>] [verify | backup <file>]}. */
class ArgumentsTest {

    @Test
    @DisplayName("no arguments: the school day on the database in the default data folder")
    void theDefaultIsTheDayOnTheDatabase() {
        Arguments arguments = Arguments.parse(List.of()).orElseThrow();

        assertThat(arguments.command()).isEqualTo(Arguments.Command.DAY);
        assertThat(arguments.storage().inMemory()).isFalse();
        assertThat(arguments.storage().folder()).contains(JournalStorage.defaultFolder().toAbsolutePath().normalize());
        assertThat(arguments.storage().url()).contains("jdbc:h2:file:"
                + JournalStorage.defaultFolder().toAbsolutePath().normalize().resolve("journal"));
    }

    @Test
    @DisplayName("--memory keeps the log in memory; --data names the folder")
    void storage() {
        assertThat(Arguments.parse(List.of("--memory")).orElseThrow().storage().inMemory()).isTrue();
        assertThat(Arguments.parse(List.of("--data", "some/where")).orElseThrow().storage().databaseFile())
                .contains(Path.of("some/where/journal.mv.db").toAbsolutePath());
    }

    @Test
    @DisplayName("verify and backup <file> are read, the file made absolute")
    void commands() {
        assertThat(Arguments.parse(List.of("--data", "d", "verify")).orElseThrow().command())
                .isEqualTo(Arguments.Command.VERIFY);
        Arguments backup = Arguments.parse(List.of("backup", "copy.jsonl")).orElseThrow();
        assertThat(backup.command()).isEqualTo(Arguments.Command.BACKUP);
        assertThat(backup.backupFile()).contains(Path.of("copy.jsonl").toAbsolutePath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--memory verify", "--memory backup f", "backup", "--data", "verify verify",
            "--memory --memory", "--memory --data d", "day", "-memory"})
    @DisplayName("a command line not understood is refused")
    void refused(String line) {
        assertThat(Arguments.parse(List.of(line.split(" ")))).isEmpty();
    }
}
