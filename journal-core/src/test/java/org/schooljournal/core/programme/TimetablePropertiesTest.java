package org.schooljournal.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.schooljournal.core.programme.ProgrammeFixture.ENGLISH_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.ID;
import static org.schooljournal.core.programme.ProgrammeFixture.MATH_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.RUSSIAN_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.SECOND_ENGLISH_TEACHER;
import static org.schooljournal.core.programme.ProgrammeFixture.run;
import static org.schooljournal.core.programme.ProgrammeFixture.withLists;

import java.time.DayOfWeek;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.JournalException;

@Tag("YR-9")
@DisplayName("YR-9: whatever entries are added and removed, nobody is in two places at once")
class TimetablePropertiesTest {

    private static final SchoolState START = run(withLists(),
            new AddStudyGroup(ID, "5А-1", GroupKind.HALF_CLASS, List.of("5А"), 5, ""));
    private static final List<String> HOLDERS = List.of("5А", "5Б", "10А", "5А-1");
    private static final List<String> TEACHERS = List.of(MATH_TEACHER, RUSSIAN_TEACHER, ENGLISH_TEACHER,
            SECOND_ENGLISH_TEACHER);
    private static final List<String> ROOMS = List.of("101", "102", "201");
    private static final List<DayOfWeek> DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);

    /** A slot of a weekday of a class or group. */
    private record Place(String holder, DayOfWeek day, int slot) {
    }

    private static Gen<Place> places() {
        return Generate.pick(HOLDERS).zip(Generate.pick(DAYS), integers().between(5, 8), Place::new);
    }

    private static Gen<SchoolCommand> commands() {
        Gen<SchoolCommand> add = places().zip(Generate.pick(TEACHERS), Generate.pick(ROOMS),
                Generate.pick(List.of(ActivityKind.values())), (place, teacher, room, kind) ->
                        new AddTimetableEntry(ID, place.holder(), place.day(), place.slot(), kind, "МАТ", teacher, room));
        Gen<SchoolCommand> remove = places().map(place ->
                new RemoveTimetableEntry(ID, place.holder(), place.day(), place.slot()));
        return Generate.frequency(Pair.of(4, add), Pair.of(1, remove));
    }

    @Test
    @DisplayName("a class or group, a teacher and a room each have at most one entry in a slot of a weekday")
    void noDoubleBooking() {
        qt().withExamples(300).forAll(lists().of(commands()).ofSizeBetween(1, 40)).checkAssert(sequence -> {
            SchoolState state = START;
            for (SchoolCommand command : sequence) {
                try {
                    state = run(state, command);
                } catch (JournalException refused) {
                    // refused commands change nothing
                }
                assertUnique(state, TimetableEntry::holderCode);
                assertUnique(state, TimetableEntry::teacherId);
                assertUnique(state, TimetableEntry::roomNumber);
                assertThat(Programme.of(state).timetable()).allSatisfy(entry -> {
                    assertThat(entry.day()).isNotEqualTo(DayOfWeek.SATURDAY);
                    assertThat(entry.slot()).isLessThanOrEqualTo(entry.holderCode().equals("10А") ? 7 : 6);
                });
            }
        });
    }

    private static void assertUnique(SchoolState state, Function<TimetableEntry, String> who) {
        assertThat(Programme.of(state).timetable())
                .extracting(entry -> entry.day() + "/" + entry.slot() + "/" + who.apply(entry))
                .doesNotHaveDuplicates();
    }
}
