package org.schooljournal.adapter.oneroster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.school.SchoolCommand;

@Tag("EXC-1")
@Tag("EXC-3")
class RoundTripPropertyTest {

    @Test
    @DisplayName("EXC-1, EXC-3: export → import into an empty school → export gives the same data set and the same roster, staff, classes, subjects, groups and teaching load, and BindingCheck passes both")
    void exportImportExport() {
        qt().withShrinkCycles(10).withExamples(Integer.getInteger("oneroster.examples", 8))
                .forAll(RosterGenerators.schools()).checkAssert(RoundTripPropertyTest::roundTrip);
    }

    private static void roundTrip(List<SchoolCommand> commands) {
        RosterSchool source = RosterSchool.empty();
        commands.forEach(source::run);
        DataSet first = source.dataSet();
        assertThat(BindingCheck.check(first)).isEmpty();

        RosterSchool target = RosterSchool.empty();
        target.importZip(source.zip());
        DataSet second = target.dataSet();
        assertThat(BindingCheck.check(second)).isEmpty();
        assertThat(second).isEqualTo(first);
        assertThat(Roster.of(target.state())).as("the same roster, movements and guardians")
                .isEqualTo(Roster.of(source.state()));
        assertThat(target.state().structure().staff()).isEqualTo(source.state().structure().staff());
        assertThat(target.state().structure().classes()).isEqualTo(source.state().structure().classes());
        assertThat(Programme.of(target.state()).subjects()).isEqualTo(Programme.of(source.state()).subjects());
        assertThat(Programme.of(target.state()).groups()).isEqualTo(Programme.of(source.state()).groups());
        assertThat(Programme.of(target.state()).teachingLoad())
                .containsExactlyInAnyOrderElementsOf(Programme.of(source.state()).teachingLoad());
        assertThat(target.importZip(target.zip()).applied()).as("a repeat applies nothing").isZero();
    }
}
