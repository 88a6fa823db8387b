package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.schooljournal.core.journal.JournalSchool.ALEKSEEVA;
import static org.schooljournal.core.journal.JournalSchool.DEPUTY;
import static org.schooljournal.core.journal.JournalSchool.FIRST_QUARTER;
import static org.schooljournal.core.journal.JournalSchool.HOMEROOM;
import static org.schooljournal.core.journal.JournalSchool.ID;
import static org.schooljournal.core.journal.JournalSchool.IVANOV;
import static org.schooljournal.core.journal.JournalSchool.MATH;
import static org.schooljournal.core.journal.JournalSchool.MATH_5A;
import static org.schooljournal.core.journal.JournalSchool.RUSSIAN;
import static org.schooljournal.core.journal.JournalSchool.YOLKIN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.log.EventCodec;
import org.schooljournal.core.school.SchoolLog;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.storage.EventEnvelope;

/**
 * For random sequences of journal commands by the subject teacher, a deputy and a stranger to the
 * journal, at random moments of quarter 1's last two weeks and after: a closed period is never
 * changed by the subject teacher (MRK-9), every correction leaves the original in the history
 * (MRK-10), refused commands append nothing, and the journal, its page and the summary sheet
 * rebuilt from the log equal those kept live (MRK-12).
 */
class JournalPropertiesTest {

    private static final List<LessonRef> LESSONS = List.of(
            new LessonRef(LocalDate.of(2026, 10, 12), 1), new LessonRef(LocalDate.of(2026, 10, 14), 2),
            new LessonRef(LocalDate.of(2026, 10, 16), 1), new LessonRef(LocalDate.of(2026, 10, 19), 1),
            new LessonRef(LocalDate.of(2026, 10, 21), 2), new LessonRef(LocalDate.of(2026, 10, 23), 1));
    private static final List<String> STUDENTS = List.of(IVANOV, ALEKSEEVA, YOLKIN);
    private static final LocalDateTime START = LocalDateTime.of(2026, 10, 12, 8, 0);

    /** One step: how many minutes after the previous one, who, and what. */
    record Step(int minutes, Actor actor, JournalCommand command) {
    }

    static Gen<JournalCommand> commands() {
        Gen<LessonRef> lesson = Generate.pick(LESSONS);
        Gen<String> student = Generate.pick(STUDENTS);
        Gen<JournalCommand> mark = lesson.zip(student, Generate.pick(List.of("2", "3", "4", "5")),
                Generate.pick(List.of(WorkKind.ORAL, WorkKind.TEST)),
                (l, s, m, w) -> JournalSchool.mark(l.date(), l.slot(), s, m, w));
        Gen<JournalCommand> absence = lesson.zip(student, Generate.enumValues(AbsenceCode.class),
                (l, s, c) -> JournalSchool.absence(l.date(), l.slot(), s, c));
        Gen<JournalCommand> correct = integers().between(1, 12).zip(
                Generate.pick(List.of("", "3", "4", "5", "н", "б", "ну", "осв")),
                (entry, value) -> new CorrectEntry(ID, new EntryRef(MATH_5A, entry), value, "исправление"));
        Gen<JournalCommand> periodMark = student.zip(Generate.pick(List.of("3", "4", "5", "осв", "н/а")),
                (s, m) -> new SetPeriodMark(ID, MATH_5A, FIRST_QUARTER, s, Mark.of(m)));
        Gen<JournalCommand> defer = student.map(s -> new DeferPeriodMark(ID, MATH_5A, FIRST_QUARTER, s,
                LocalDate.of(2026, 11, 6), "болезнь"));
        return Generate.oneOf(mark, mark, mark, absence, correct, correct, periodMark, periodMark, defer);
    }

    static Gen<Step> steps() {
        Gen<Actor> actor = Generate.pick(List.of(MATH, MATH, MATH, MATH, MATH, DEPUTY, DEPUTY, RUSSIAN));
        return integers().between(0, 60 * 24).zip(actor, commands(), Step::new);
    }

    @Test
    @Tag("MRK-9")
    @Tag("MRK-10")
    @Tag("MRK-12")
    @DisplayName("a closed period is never changed by its teacher; corrections keep the original; the log rebuilds every view")
    void journalInvariants() {
        qt().withExamples(40).forAll(lists().of(steps()).ofSizeBetween(5, 60)).checkAssert(sequence -> {
            JournalSchool school = JournalSchool.setUp();
            LocalDateTime now = START;
            for (Step step : sequence) {
                now = now.plusMinutes(step.minutes());
                school.at(now.toLocalDate(), now.toLocalTime());
                long before = school.store.version(MATH_5A.stream(ID));
                try {
                    school.engine.execute(step.actor(), step.command());
                } catch (JournalException refused) {
                    assertThat(school.store.version(MATH_5A.stream(ID))).as("%s refused", step).isEqualTo(before);
                }
            }
            checkLockAndHistory(school);
            checkRebuild(school);
        });
    }

    private static void checkLockAndHistory(JournalSchool school) {
        EventCodec codec = SchoolLog.codec();
        boolean closed = false;
        Set<String> deferred = new HashSet<>();
        Map<Integer, EntryRecorded> recorded = new HashMap<>();
        Map<Integer, Integer> corrections = new HashMap<>();
        for (EventEnvelope envelope : school.store.read(MATH_5A.stream(ID), 1, Integer.MAX_VALUE)) {
            JournalEvent event = codec.decode(envelope.event().type(), envelope.event().schemaVersion(),
                    envelope.event().payload(), JournalEvent.class);
            boolean byTeacher = envelope.event().actor().equals(MATH.personId());
            if (event instanceof PeriodClosed) {
                closed = true;
            } else if (event instanceof PeriodMarkDeferred d) {
                deferred.add(d.deferral().studentId());
            } else if (event instanceof EntryRecorded r) {
                recorded.put(r.number(), r);
                boolean deferredMark = r.kind() == EntryKind.PERIOD_MARK && deferred.contains(r.studentId().orElseThrow());
                assertThat(closed && byTeacher && !deferredMark).as("teacher's entry %s after the close", r).isFalse();
            } else if (event instanceof EntryCorrected c) {
                corrections.merge(c.number(), 1, Integer::sum);
                assertThat(closed && byTeacher).as("teacher's correction %s after the close", c).isFalse();
            }
        }
        JournalState journal = school.engine.journals().read(DEPUTY, ID, MATH_5A).state();
        for (JournalEntry entry : journal.entries().values()) {
            assertThat(entry.original().value()).isEqualTo(recorded.get(entry.number()).value());
            assertThat(entry.original().author()).isEqualTo(recorded.get(entry.number()).author());
            assertThat(entry.revisions()).hasSize(1 + corrections.getOrDefault(entry.number(), 0));
        }
    }

    private static void checkRebuild(JournalSchool school) {
        JournalEngine fresh = JournalEngine.builder().eventStore(school.store).clock(school.clock).build();
        Journal live = school.engine.journals().read(DEPUTY, ID, MATH_5A);
        Journal rebuilt = fresh.journals().read(DEPUTY, ID, MATH_5A);
        assertThat(school.engine.host().rebuildJournal(ID, MATH_5A)).isEqualTo(live.state());
        assertThat(rebuilt.state()).isEqualTo(live.state());
        LocalDate from = LESSONS.get(0).date();
        LocalDate to = LESSONS.get(LESSONS.size() - 1).date();
        assertThat(rebuilt.page(from, to)).isEqualTo(live.page(from, to));
        assertThat(fresh.reports().summarySheet(HOMEROOM, ID, "5А")).isEqualTo(school.engine.reports().summarySheet(HOMEROOM, ID, "5А"));
    }
}
