package org.schooljournal.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.schooljournal.core.roster.RosterFixture.SEPTEMBER_1;
import static org.schooljournal.core.roster.RosterFixture.enrol;
import static org.schooljournal.core.roster.RosterFixture.run;
import static org.schooljournal.core.roster.RosterFixture.school;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.school.SchoolState;

/**
 * The differential test of fault 9 of issue 12 (ROS-3): class lists of names as people type them
 * — case changed, ё typed as е or as е with a combining diaeresis, every kind of space — entered
 * through the roster's commands, against ICU4J's Russian collator ({@code ru}, its defaults) over
 * the names as they read (NFC, spaces collapsed). The only ties it leaves are documented: names
 * equal to the collator in every respect are ordered by person identifier.
 */
@Tag("ROS-3")
@DisplayName("ROS-3: class lists agree with ICU4J's Russian collator over 2 000 random classes")
class ClassListDifferentialTest {

    /** ICU4J's Russian collator with its defaults, made here, apart from the engine's. */
    private static final Collator ICU_RU = Collator.getInstance(new ULocale("ru")).freeze();

    /** The full name as a reader sees it: composed, every run of spaces one space, none at the ends. */
    private static String asRead(RosterGenerators.TypedName typed) {
        String full = String.join(" ", typed.surname(), typed.name(), typed.patronymic());
        return Normalizer.normalize(full, Normalizer.Form.NFC).replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    @Test
    @DisplayName("ROS-3: a class list entered as typed sorts as ICU4J's ru collator sorts the names as read, ties by identifier")
    void classListsAgreeWithIcu() {
        qt().withExamples(2000).forAll(RosterGenerators.typedClasses()).checkAssert(typed -> {
            SchoolState state = school();
            for (RosterGenerators.TypedName student : typed) {
                state = run(state, enrol(student.id(), student.surname(), student.name(), student.patronymic(), "5А",
                        SEPTEMBER_1));
            }
            List<String> expected = typed.stream()
                    .sorted(Comparator.<RosterGenerators.TypedName, String>comparing(ClassListDifferentialTest::asRead,
                            ICU_RU).thenComparing(RosterGenerators.TypedName::id))
                    .map(RosterGenerators.TypedName::id).toList();

            ClassList list = ClassList.of(state, "5А", SEPTEMBER_1);

            assertThat(list.students()).extracting(Student::personId).isEqualTo(expected);
            assertThat(list.students()).extracting(Student::fullName)
                    .isEqualTo(typed.stream().sorted(Comparator.comparing(t -> expected.indexOf(t.id())))
                            .map(ClassListDifferentialTest::asRead).toList());
        });
    }
}
