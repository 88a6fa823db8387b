package org.schooljournal.adapter.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.roster.Roster;

@Tag("EXC-3")
class OneRosterImportTest {

    private final byte[] exported = RosterSchool.example().zip();

    @Test
    @DisplayName("EXC-3: importing the example's export into an empty school rebuilds the same data set: staff, classes, groups, pupils, guardians")
    void importRebuildsTheSchool() {
        RosterSchool empty = RosterSchool.empty();
        ImportReport report = empty.importZip(exported);
        assertThat(report.applied()).isGreaterThan(20);
        assertThat(empty.dataSet()).isEqualTo(RosterSchool.example().dataSet());
        Roster roster = Roster.of(empty.state());
        assertThat(roster.currentClassOf("s-yolkin")).contains("6Б");
        assertThat(roster.currentClassOf("s-zaitsev")).isEmpty();
        assertThat(roster.represents("g-ivanova", "s-alekseeva")).isTrue();
        assertThat(Programme.of(empty.state()).groups()).isEqualTo(Programme.of(RosterSchool.example().state()).groups());
    }

    @Test
    @DisplayName("EXC-3: the trial's scratch copy is in memory whatever store the host's configuration names")
    void scratchCopyInMemory() {
        RosterSchool empty = RosterSchool.empty();
        String before = System.getProperty("schooljournal.storage");
        System.setProperty("schooljournal.storage", "no-such-store");
        try {
            assertThat(empty.importZip(exported).applied()).isGreaterThan(20);
        } finally {
            if (before == null) {
                System.clearProperty("schooljournal.storage");
            } else {
                System.setProperty("schooljournal.storage", before);
            }
        }
    }

    @Test
    @DisplayName("EXC-3: a repeat of the same data set changes nothing")
    void repeatChangesNothing() {
        RosterSchool empty = RosterSchool.empty();
        empty.importZip(exported);
        var before = empty.state();
        assertThat(empty.importZip(exported).applied()).isZero();
        assertThat(empty.state()).isEqualTo(before);
    }

    @Test
    @DisplayName("EXC-3: a byte order mark at the start of a file is tolerated")
    void byteOrderMarkTolerated() {
        byte[] withBom = ZipEdits.edit(exported, "users.csv", text -> "\uFEFF" + text);
        RosterSchool empty = RosterSchool.empty();
        empty.importZip(withBom);
        assertThat(Roster.of(empty.state()).student("s-ivanov")).isPresent();
    }

    @Test
    @DisplayName("EXC-3: unknown metadata.* columns are kept aside in the report, not lost")
    void extensionsKept() {
        byte[] extended = ZipEdits.edit(exported, "users.csv", text -> {
            String[] lines = text.split("\r\n");
            StringBuilder out = new StringBuilder(lines[0] + ",metadata.region.snils\r\n");
            for (int i = 1; i < lines.length; i++) {
                out.append(lines[i]).append(lines[i].startsWith("s-ivanov,") ? ",112-233-445 95" : ",").append("\r\n");
            }
            return out.toString();
        });
        ImportReport report = RosterSchool.empty().importZip(extended);
        assertThat(report.extensions()).containsExactly(
                new ImportReport.Extension("users.csv", "s-ivanov", "metadata.region.snils", "112-233-445 95"));
    }
}
