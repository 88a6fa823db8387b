package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.schooljournal.core.roster.RosterGenerators.CLASSES;
import static org.schooljournal.core.roster.RosterGenerators.STUDENTS;
import static org.schooljournal.core.roster.RosterGenerators.command;
import static org.schooljournal.core.roster.RosterGenerators.histories;
import static org.schooljournal.core.roster.RosterGenerators.students;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.schooljournal.core.log.EventCodec;
import org.schooljournal.core.school.SchoolCommand;
import org.schooljournal.core.school.SchoolEvent;
import org.schooljournal.core.school.SchoolLog;
import org.schooljournal.core.school.SchoolState;

/** Properties of the roster's fold over generated movements ({@link RosterGenerators}). */
class RosterPropertiesTest {

    private static final EventCodec CODEC = SchoolLog.codec();

    private static QuickTheory properties() {
        return qt().withExamples(300);
    }

    @Test
    @Tag("ROS-2")
    @Tag("ROS-3")
    @Tag("ACC-7")
    @DisplayName("ROS-2, ROS-3: for any valid movements, a student is in at most one class list on any date,"
            + " the past stays as made, repeats change nothing, and replaying the stored events gives the same state")
    void movementsKeepTheRosterConsistent() {
        properties().forAll(histories()).checkAssert(steps -> {
            SchoolState base = RosterFixture.school();
            SchoolState state = base;
            List<SchoolEvent> log = new ArrayList<>();
            for (RosterGenerators.Step step : steps) {
                SchoolCommand command = command(step, state);
                List<SchoolEvent> events = RosterFixture.decide(state, command);
                assertThat(events).as("%s", command).isNotEmpty();
                SchoolState next = RosterFixture.apply(state, events);
                assertThat(RosterFixture.decide(next, command)).as("%s issued again", command).isEmpty();
                assertPastUnchanged(state, next, RosterGenerators.studentId(step), dateOf(command));
                log.addAll(events);
                state = next;
            }
            assertAtMostOneListPerDate(state);
            assertThat(replay(base, log)).isEqualTo(state);
        });
    }

    @Test
    @Tag("ROS-3")
    @DisplayName("ROS-3: the class-list order does not depend on the order students were given in; ё sorts with е")
    void orderIsTotalAndIgnoresYo() {
        properties().forAll(students()).checkAssert(students -> {
            List<Student> sorted = StudentOrder.sort(students);
            List<Student> shuffled = new ArrayList<>(students);
            Collections.shuffle(shuffled, new Random(students.size()));
            assertThat(StudentOrder.sort(shuffled)).isEqualTo(sorted);

            for (int i = 1; i < sorted.size(); i++) {
                assertThat(LETTERS.compare(withoutYo(sorted.get(i - 1).fullName()), withoutYo(sorted.get(i).fullName())))
                        .as("with ё read as е, %s sorts no later than %s", sorted.get(i - 1), sorted.get(i))
                        .isLessThanOrEqualTo(0);
            }
        });
    }

    /** The Russian collation at its first level: letters alone, ё the same as е, case ignored. */
    private static final Collator LETTERS = letters();

    private static Collator letters() {
        Collator collator = Collator.getInstance(new ULocale("ru"));
        collator.setStrength(Collator.PRIMARY);
        return collator.freeze();
    }

    private static String withoutYo(String text) {
        return text.replace("ё", "е").replace("Ё", "Е");
    }

    /** Every date a list may change on, with the day before it, is checked against the students' classes. */
    private static void assertAtMostOneListPerDate(SchoolState state) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        Roster.of(state).histories().values().forEach(h -> h.movements().forEach(m -> {
            dates.add(m.date());
            dates.add(m.date().minusDays(1));
        }));
        for (LocalDate date : dates) {
            Map<String, List<String>> listsOf = CLASSES.stream()
                    .flatMap(code -> ClassList.of(state, code, date).students().stream().map(s -> Map.entry(s.personId(), code)))
                    .collect(Collectors.groupingBy(Map.Entry::getKey,
                            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            for (int i = 0; i < STUDENTS; i++) {
                String studentId = "s-" + i;
                List<String> in = listsOf.getOrDefault(studentId, List.of());
                assertThat(in).as("lists of %s on %s", studentId, date).hasSizeLessThanOrEqualTo(1);
                assertThat(in.stream().findFirst()).as("class of %s on %s", studentId, date)
                        .isEqualTo(Roster.of(state).classOf(studentId, date));
            }
        }
    }

    /** Before the movement's date, the student's class is what it was (ROS-2). */
    private static void assertPastUnchanged(SchoolState before, SchoolState after, String studentId, LocalDate date) {
        for (LocalDate day = RosterFixture.SEPTEMBER_1.minusDays(1); day.isBefore(date); day = day.plusDays(1)) {
            Optional<String> was = Roster.of(before).classOf(studentId, day);
            assertThat(Roster.of(after).classOf(studentId, day)).as("class of %s on %s", studentId, day).isEqualTo(was);
        }
    }

    private static LocalDate dateOf(SchoolCommand command) {
        if (command instanceof EnrolStudent enrol) {
            return enrol.date();
        }
        if (command instanceof TransferStudent transfer) {
            return transfer.date();
        }
        return ((WithdrawStudent) command).date();
    }

    /** Rebuilds the state as the engine does: each event stored as bytes and read back. */
    private static SchoolState replay(SchoolState base, List<SchoolEvent> log) {
        SchoolState state = base;
        for (SchoolEvent event : log) {
            state = SchoolLog.apply(state, SchoolLog.roundTrip(CODEC, event));
        }
        return state;
    }
}
