package org.schooljournal.adapter.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("EXC-1")
@Tag("REP-10")
class OneRosterExportTest {

    private final RosterSchool school = RosterSchool.example();
    private final DataSet set = DataSet.read(new ByteArrayInputStream(school.zip()));

    @Test
    @DisplayName("EXC-1: the example school's export keeps the 1.2 binding: every file, header order, enumerations, references, unique ids")
    void exportKeepsTheBinding() {
        assertThat(BindingCheck.check(set)).isEmpty();
        assertThat(set.tables()).as("a school's state alone gives the rostering files").containsOnlyKeys(
                OneRosterFile.ACADEMIC_SESSIONS, OneRosterFile.CLASSES, OneRosterFile.COURSES, OneRosterFile.DEMOGRAPHICS,
                OneRosterFile.ENROLLMENTS, OneRosterFile.ORGS, OneRosterFile.ROLES, OneRosterFile.USERS);
        assertThat(set.manifest()).containsEntry("manifest.version", "1.0").containsEntry("oneroster.version", "1.2")
                .containsEntry("file.users", "bulk").containsEntry("file.results", "absent");
        for (Table table : set.tables().values()) {
            assertThat(table.header().subList(0, 3)).containsExactly("sourcedId", "status", "dateLastModified");
            assertThat(table.header().subList(0, table.file().headers().size())).isEqualTo(table.file().headers());
            assertThat(table.rows()).as("a bulk file leaves status and dateLastModified blank").allSatisfy(row ->
                    assertThat(row.values().subList(1, 3)).containsOnly(""));
        }
    }

    @Test
    @DisplayName("EXC-1: every sourcedId the export makes, and every reference to one, keeps the binding's alphabet"
            + " 0-9 a-z A-Z . - _ / @ (a class «5А» is class/5@0410)")
    void sourcedIdsKeepTheAlphabet() {
        for (Table table : set.tables().values()) {
            for (Table.Row row : table.rows()) {
                for (int i = 0; i < table.header().size(); i++) {
                    String header = table.header().get(i);
                    boolean id = header.equals("sourcedId") || table.file().column(header)
                            .filter(c -> c.kind() == Column.Kind.REFERENCE || c.kind() == Column.Kind.REFERENCES).isPresent();
                    if (id && !row.values().get(i).isEmpty()) {
                        assertThat(row.values().get(i).split(","))
                                .as("%s %s", table.file().entryName(), header).allMatch(v -> v.matches("[0-9a-zA-Z._/@-]+"));
                    }
                }
            }
        }
        assertThat(set.table(OneRosterFile.CLASSES).orElseThrow().bySourcedId()).containsKey("class/5@0410");
        assertThat(SourcedIds.code("5А-рус/1@x")).isEqualTo("5@0410-@0440@0443@0441@002f1@0040x");
    }

    @Test
    @DisplayName("EXC-1: users carry staff, pupils and guardians with their roles; a guardian's pupils are its agents")
    void usersAndRoles() {
        Table users = set.tables().get(OneRosterFile.USERS);
        Table.Row guardian = users.bySourcedId().get("g-ivanova");
        assertThat(users.value(guardian, "familyName")).isEqualTo("Иванова");
        assertThat(users.value(guardian, "username")).as("the binding requires a username (§3.22)").isEqualTo("g-ivanova");
        assertThat(users.value(guardian, "agentSourcedIds")).isEqualTo("s-alekseeva,s-ivanov");
        Table roles = set.tables().get(OneRosterFile.ROLES);
        assertThat(roles.rows()).extracting(row -> roles.value(row, "role") + " " + roles.value(row, "userSourcedId"))
                .contains("teacher t-math", "student s-yolkin", "guardian g-zaitseva");
        Table demographics = set.tables().get(OneRosterFile.DEMOGRAPHICS);
        assertThat(demographics.value(demographics.bySourcedId().get("s-ivanov"), "birthDate")).isEqualTo("2015-03-02");
    }

    @Test
    @DisplayName("EXC-1: a moved pupil has an enrollment per class, ended by the transfer; a withdrawn one ends on the withdrawal")
    void enrollmentsFollowMovements() {
        Table enrollments = set.tables().get(OneRosterFile.ENROLLMENTS);
        List<String> yolkin = enrollments.rows().stream()
                .filter(row -> enrollments.value(row, "userSourcedId").equals("s-yolkin")
                        && enrollments.value(row, "classSourcedId").startsWith("class/"))
                .map(row -> enrollments.value(row, "classSourcedId") + " " + enrollments.value(row, "beginDate") + " "
                        + enrollments.value(row, "endDate"))
                .toList();
        assertThat(yolkin).containsExactly("class/5@0410 2026-09-01 2026-10-12", "class/6@0411 2026-10-12 ");
        Table.Row zaitsev = enrollments.bySourcedId().get("enrollment/class/6@0411/student/2026-09-01/s-zaitsev");
        assertThat(enrollments.value(zaitsev, "endDate")).isEqualTo("2026-11-20");
        assertThat(enrollments.value(zaitsev, "metadata.journal.withdrawalReason")).isEqualTo("Переезд в другой город");
    }

    @Test
    @DisplayName("EXC-1: a class per journal (a group's described in metadata.journal.*) and a homeroom class per class; periods titled in Russian")
    void classesAndSessions() {
        Table classes = set.tables().get(OneRosterFile.CLASSES);
        assertThat(classes.bySourcedId()).containsKeys("class/5@0410", "class/6@0411", "journal/5@0410/math", "journal/5@0410/rus",
                "journal/6@0411/math");
        assertThat(classes.value(classes.bySourcedId().get("class/5@0410"), "grades")).isEqualTo("05");
        Table.Row group = classes.bySourcedId().get("journal/5@0410-@0440@0443@0441-1/rus");
        assertThat(classes.value(group, "classCode")).isEqualTo("5А-рус-1");
        assertThat(classes.value(group, "metadata.journal.groupKind")).isEqualTo("HALF_CLASS");
        assertThat(classes.value(group, "metadata.journal.baseClasses")).isEqualTo("5А");
        Table sessions = set.tables().get(OneRosterFile.ACADEMIC_SESSIONS);
        assertThat(sessions.rows()).as("schoolYear is the year the school year ends, for its periods too (§3.2)")
                .extracting(row -> sessions.value(row, "title") + "|" + sessions.value(row, "type") + "|"
                        + sessions.value(row, "schoolYear"))
                .containsExactly("2026/2027|schoolYear|2027", "1 четверть|term|2027", "2 четверть|term|2027");
    }

    @Test
    @DisplayName("EXC-1: two exports of one school, a day apart, are the same bytes (sourcedIds stable)")
    void exportIsStable() {
        byte[] first = school.zip();
        school.clock.set(RosterSchool.START.plus(java.time.Duration.ofDays(1)));
        assertThat(school.zip()).isEqualTo(first);
    }
}
