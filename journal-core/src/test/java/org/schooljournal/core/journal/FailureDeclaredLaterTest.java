package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.MONDAY;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN_5A;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;
import static org.schooljournal.core.journal.JournalSchool.ZONE;
import static org.schooljournal.core.journal.JournalSchool.absence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.school.DeclareTechnicalFailure;
import org.schooljournal.core.school.Schools;
import org.schooljournal.rules.Timeliness;
import org.schooljournal.rules.ruleset.RuleId;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * ARC-7: the journal fails on Monday from 08:00 to 12:00; a failure is declared once it is over,
 * so the teacher's entries made meanwhile were judged late first. Declaring it judges them again.
 */
@Tag("ARC-7")
@DisplayName("ARC-7: a technical failure declared after the journal came back excuses the entries made within its grace")
class FailureDeclaredLaterTest {

    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private final JournalSchool school = JournalSchool.setUp();

    private static Instant local(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toInstant();
    }

    private DeclareTechnicalFailure failure() {
        return new DeclareTechnicalFailure(ID, local(MONDAY, LocalTime.of(8, 0)), local(MONDAY, LocalTime.of(12, 0)),
                "нет интернета в школе");
    }

    /** Entries 1 and 2 of mathematics after the journal came back: within the grace; entry 3 after it. */
    @BeforeEach
    void entriesMadeAfterTheFailure() {
        school.at(MONDAY, LocalTime.of(12, 30));
        school.engine.execute(MATH, absence(MONDAY, 1, IVANOV, AbsenceCode.UNEXCUSED));
        school.engine.execute(MATH, absence(MONDAY, 1, ALEKSEEVA, AbsenceCode.ILLNESS));
        school.at(TUESDAY, LocalTime.of(12, 0, 1));
        school.engine.execute(MATH, absence(MONDAY, 1, YOLKIN, AbsenceCode.UNEXCUSED));
        school.at(TUESDAY, LocalTime.of(13, 0));
    }

    private Journal maths() {
        return school.engine.journals().read(DEPUTY, ID, MATH_5A);
    }

    @Test
    @DisplayName("ARC-7: declaring the failure judges the entries of its grace again: the original verdict is kept, the failure's added; late entries no longer list them, and they count as caused by the failure")
    void rejudged() {
        assertThat(maths().lateEntries()).extracting(JournalEntry::number).containsExactly(1, 2, 3);

        school.engine.execute(DEPUTY, failure());

        Journal journal = maths();
        JournalEntry excused = journal.entry(1);
        assertThat(excused.original().timing().orElseThrow().verdict()).as("original verdict kept")
                .isEqualTo(Timeliness.LATE);
        assertThat(excused.rejudged()).hasValueSatisfying(timing -> {
            assertThat(timing.verdict()).isEqualTo(Timeliness.ON_TIME);
            assertThat(timing.causedByFailure()).isTrue();
            assertThat(timing.rule()).isEqualTo(RuleId.ATT_2);
            assertThat(timing.closesAt()).contains(local(TUESDAY, LocalTime.of(12, 0)));
        });
        assertThat(journal.lateEntries()).extracting(JournalEntry::number).containsExactly(3);
        assertThat(journal.lateByFailure()).extracting(JournalEntry::number).containsExactly(1, 2);
        assertThat(journal.entry(3).rejudged()).isEmpty();
    }

    @Test
    @DisplayName("ARC-7: the judgement is an event of the journal's log, by whoever declared the failure, naming the failure; rebuilt from the log the journal is the same")
    void recordedInTheJournalsLog() {
        school.engine.execute(DEPUTY, failure());

        EventEnvelope last = school.store.read(MATH_5A.stream(ID), school.store.version(MATH_5A.stream(ID)), 1).get(0);
        assertThat(last.event().type()).isEqualTo("EntryRejudged");
        assertThat(last.event().actor()).isEqualTo(DEPUTY.personId());
        assertThat(new String(last.event().payload(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"failureStart\":\"" + local(MONDAY, LocalTime.of(8, 0)) + "\"");
        JournalEngine restarted = JournalEngine.builder().eventStore(school.store).clock(school.clock).build();
        assertThat(restarted.host().rebuildJournal(ID, MATH_5A)).isEqualTo(maths().state());
    }

    @Test
    @DisplayName("ARC-7: declaring the same failure again appends nothing to the school or its journals; it judges again only what is left, so it mends a declaration whose journals a crash interrupted")
    void repeatAppendsNothing() {
        school.engine.execute(DEPUTY, failure());
        long school = this.school.store.version(Schools.streamOf(ID));
        long maths = this.school.store.version(MATH_5A.stream(ID));

        this.school.engine.execute(DEPUTY, failure());

        assertThat(this.school.store.version(Schools.streamOf(ID))).isEqualTo(school);
        assertThat(this.school.store.version(MATH_5A.stream(ID))).isEqualTo(maths);
    }

    @Test
    @DisplayName("ARC-7: every journal of the school is judged again, and entries on time anyway are left alone")
    void everyJournal() {
        school.at(MONDAY, LocalTime.of(12, 40));
        school.engine.execute(RUSSIAN, new RecordAbsence(ID, RUSSIAN_5A, new LessonRef(MONDAY, 2), IVANOV,
                AbsenceCode.UNEXCUSED));
        school.engine.execute(RUSSIAN, new RecordAbsence(ID, RUSSIAN_5A, new LessonRef(MONDAY, 3), IVANOV,
                AbsenceCode.UNEXCUSED));
        school.at(TUESDAY, LocalTime.of(13, 0));

        school.engine.execute(DEPUTY, failure());

        Journal russian = school.engine.journals().read(DEPUTY, ID, RUSSIAN_5A);
        assertThat(russian.lateEntries()).isEmpty();
        assertThat(russian.lateByFailure()).extracting(JournalEntry::number).containsExactly(1, 2);
    }

    @Test
    @DisplayName("ARC-7: an entry made on time because the failure was declared first counts as caused by the failure too")
    void declaredFirst() {
        JournalSchool first = JournalSchool.setUp();
        first.at(MONDAY, LocalTime.of(12, 10));
        first.engine.execute(DEPUTY, failure());
        first.at(MONDAY, LocalTime.of(12, 20));
        first.engine.execute(RUSSIAN, new RecordAbsence(ID, RUSSIAN_5A, new LessonRef(MONDAY, 2), YOLKIN,
                AbsenceCode.UNEXCUSED));

        JournalEntry entry = first.engine.journals().read(DEPUTY, ID, RUSSIAN_5A).entry(1);
        assertThat(entry.rejudged()).isEmpty();
        assertThat(entry.lateByFailure()).isTrue();
        assertThat(entry.late()).isFalse();
    }
}
