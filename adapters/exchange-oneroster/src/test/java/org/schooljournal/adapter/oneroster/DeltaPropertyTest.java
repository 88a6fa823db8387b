package org.schooljournal.adapter.oneroster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolState;

@Tag("EXC-3")
class DeltaPropertyTest {

    private static final List<OneRosterFile> READ = List.of(OneRosterFile.ACADEMIC_SESSIONS, OneRosterFile.CLASSES,
            OneRosterFile.COURSES, OneRosterFile.DEMOGRAPHICS, OneRosterFile.ENROLLMENTS, OneRosterFile.ROLES,
            OneRosterFile.USERS);

    @Test
    @DisplayName("EXC-3: for any school, a delta of every row it holds, each active and unchanged, applies nothing; a delta renaming every pupil renames them, and its repeat applies nothing")
    void deltas() {
        qt().withShrinkCycles(10).withExamples(Integer.getInteger("oneroster.examples", 3))
                .forAll(RosterGenerators.schools()).checkAssert(DeltaPropertyTest::deltas);
    }

    private static void deltas(List<SchoolCommand> commands) {
        RosterSchool school = RosterSchool.empty();
        commands.forEach(school::run);
        DataSet held = school.dataSet();
        SchoolState before = school.state();

        DeltaSet unchanged = DeltaSet.against(school);
        for (OneRosterFile file : READ) {
            held.table(file).ifPresent(table -> table.bySourcedId().keySet().forEach(id -> unchanged.change(file, id)));
        }
        assertThat(school.importZip(unchanged.zip()).applied()).as("every row unchanged applies nothing").isZero();
        assertThat(school.state()).isEqualTo(before);

        List<Student> pupils = List.copyOf(Roster.of(before).students().values());
        DeltaSet renames = DeltaSet.against(school);
        pupils.forEach(pupil -> renames.change(OneRosterFile.USERS, pupil.personId(), "familyName",
                pupil.surname() + "-Новый"));
        byte[] zip = renames.zip();
        if (pupils.isEmpty()) {
            return;
        }
        assertThat(school.importZip(zip).applied()).isEqualTo(pupils.size());
        Roster after = Roster.of(school.state());
        pupils.forEach(pupil -> assertThat(after.student(pupil.personId()).orElseThrow().surname())
                .isEqualTo(pupil.surname() + "-Новый"));
        assertThat(after.histories()).as("no movement changed").isEqualTo(Roster.of(before).histories());
        SchoolState renamed = school.state();
        assertThat(school.importZip(zip).applied()).as("a repeat applies nothing").isZero();
        assertThat(school.state()).isEqualTo(renamed);
    }
}
