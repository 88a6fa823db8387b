package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.absence;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.ruleset.RuleId;

@DisplayName("Attendance: codes «н», «б», «ну», lateness, and the 20-minute limit")
class AttendanceTest {

    private final JournalSchool school = JournalSchool.setUp();

    @Test
    @Tag("ATT-1")
    @DisplayName("ATT-1: each absence code is kept as the journal shows it, lateness as a teacher's note with its minutes")
    void codesAndLateness() {
        school.at(MONDAY, LocalTime.of(8, 35));
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        school.engine.execute(MATH, absence(MONDAY, 1, ALEKSEEVA, AbsenceCode.ILLNESS));
        school.engine.execute(MATH, absence(MONDAY, 1, JournalSchool.YOLKIN, AbsenceCode.EXCUSED));
        school.engine.execute(MATH, new AddTeacherNote(ID, MATH_5A, new LessonRef(MONDAY, 1), Optional.of(IVANOV),
                NoteKind.LATENESS, "опоздал на 10 минут"));

        JournalState journal = school.engine.journals().read(MATH, ID, MATH_5A).state();

        assertThat(journal.entries(e -> e.kind() == EntryKind.ATTENDANCE))
                .extracting(e -> e.current().value()).containsExactly("н", "б", "ну");
        assertThat(journal.entries(e -> e.kind() == EntryKind.NOTE)).singleElement().satisfies(note -> {
            assertThat(note.detail("kind")).contains("LATENESS");
            assertThat(note.current().value()).isEqualTo("опоздал на 10 минут");
        });
    }

    @Test
    @Tag("ATT-2")
    @DisplayName("ATT-2: an absence at 8:50:00 for an 8:30 lesson is on time; at 8:50:01 it is recorded late by 1 s")
    void twentyMinutes() {
        school.at(MONDAY, LocalTime.of(8, 50));
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        school.at(MONDAY, LocalTime.of(8, 50, 1));
        school.engine.execute(MATH, absence(MONDAY, 1, ALEKSEEVA, AbsenceCode.UNEXCUSED));

        JournalState journal = school.engine.journals().read(MATH, ID, MATH_5A).state();

        EntryTiming onTime = journal.entry(1).orElseThrow().original().timing().orElseThrow();
        EntryTiming late = journal.entry(2).orElseThrow().original().timing().orElseThrow();
        assertThat(onTime.rule()).isEqualTo(RuleId.ATT_2);
        assertThat(onTime.verdict()).isEqualTo(Timeliness.ON_TIME);
        assertThat(late.verdict()).isEqualTo(Timeliness.LATE);
        assertThat(late.lateBy()).isEqualTo(Duration.ofSeconds(1));
        assertThat(school.engine.journals().read(DEPUTY, ID, MATH_5A).lateEntries()).extracting(JournalEntry::number)
                .containsExactly(2);
    }

    @Test
    @Tag("ATT-1")
    @Tag("MRK-10")
    @DisplayName("«н» becomes «б» only by a correction with a reason; the original stays in the history")
    void absenceCorrectedKeepsOriginal() {
        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));

        assertThatThrownBy(() -> school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.ILLNESS)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("entry 1").hasMessageContaining("CorrectEntry");

        school.at(MONDAY.plusDays(2), LocalTime.of(12, 0));
        school.engine.execute(MATH, CorrectEntry.absence(ID, new EntryRef(MATH_5A, 1), AbsenceCode.ILLNESS,
                "справка от врача № 17"));

        JournalEntry entry = school.engine.journals().read(MATH, ID, MATH_5A).entry(1);
        assertThat(entry.current().value()).isEqualTo("б");
        assertThat(entry.original().value()).isEqualTo("н");
        assertThat(entry.current().reason()).contains("справка от врача № 17");
        assertThat(entry.current().author()).isEqualTo(MATH.personId());
        assertThat(entry.revisions()).hasSize(2);
    }

    @Test
    @Tag("ATT-1")
    @DisplayName("a code that is none of «н», «б», «ну» is refused, naming the field, the value and the rule; nothing changes")
    void wrongCodeRefused() {
        school.at(MONDAY, LocalTime.of(8, 40));
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        long before = school.store.version(MATH_5A.stream(ID));

        assertThatThrownBy(() -> school.engine.execute(MATH, new CorrectEntry(ID, new EntryRef(MATH_5A, 1), "x",
                "ошибка")))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("value").hasMessageContaining("x").hasMessageContaining("«н», «б» or «ну»");
        assertThat(school.store.version(MATH_5A.stream(ID))).isEqualTo(before);
    }

    @Test
    @Tag("ATT-1")
    @DisplayName("an absence of someone who is not a student of the journal, or in a slot without its lesson, is refused")
    void unknownStudentOrLesson() {
        school.at(MONDAY, LocalTime.of(8, 40));

        assertThatThrownBy(() -> school.engine.execute(MATH, absence(MONDAY, 1, "s-nobody", AbsenceCode.UNEXCUSED)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("s-nobody")
                .hasMessageContaining("not a student of journal 5А × math");
        assertThatThrownBy(() -> school.engine.execute(MATH, absence(MONDAY, 3, IVANOV, AbsenceCode.UNEXCUSED)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("no math in that slot");
        assertThat(school.store.version(MATH_5A.stream(ID))).isZero();
    }
}
