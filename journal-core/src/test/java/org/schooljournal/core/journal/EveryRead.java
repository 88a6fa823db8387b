package org.schooljournal.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.core.journal.JournalSchool.FIRST_QUARTER;
import static org.schooljournal.core.journal.JournalSchool.HEAD;
import static org.schooljournal.core.journal.JournalSchool.QUARTER_1;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.notification.DispatchReport;
import org.schooljournal.core.roster.ClassList;
import org.schooljournal.core.roster.Guardian;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.spi.notify.DeliveryOutcome;
import org.schooljournal.spi.notify.Notification;
import org.schooljournal.spi.notify.Notifier;

/**
 * Every read of a school of {@link JournalSchool}, as its head, teachers, students and guardians
 * make them, for the tests that prove that nothing a command let in can break one (DESIGN.md,
 * principle 9): the school's state and its rebuild, each journal's page, late entries,
 * completeness, forecasts and entries, the class list, the summary sheet, the attendance report and
 * the lesson statistics, the set-up report, each student's diary (read by the student and by each
 * guardian) and extract, the teachers' «sent», the dispatch of every due notification, and the
 * integrity of the school's log.
 */
final class EveryRead {

    /** A channel that keeps what it is given. */
    static final class Kept implements Notifier {
        final List<Notification> sent = new CopyOnWriteArrayList<>();

        @Override
        public DeliveryOutcome deliver(Notification notification) {
            sent.add(notification);
            return DeliveryOutcome.sent();
        }
    }

    private EveryRead() {
    }

    /**
     * Makes every read of the school, failing on the first that throws; returns what the dispatch
     * sent.
     */
    static Kept of(JournalEngine engine, String schoolId) {
        SchoolState school = engine.host().school(schoolId);
        assertThat(engine.host().rebuildSchool(schoolId)).isEqualTo(school);
        Roster roster = Roster.of(school);
        for (JournalKey key : engine.host().journals(schoolId)) {
            Journal journal = engine.journals().read(HEAD, schoolId, key);
            journal.page(QUARTER_1.firstDay(), QUARTER_1.lastDay()).rows().forEach(row -> row.cells().values()
                    .forEach(JournalPage.Cell::text));
            journal.lateEntries();
            journal.completeness(FIRST_QUARTER);
            journal.state().entries(e -> true).forEach(entry -> journal.entry(entry.number()));
            journal.state().entries(e -> e.studentId().isPresent()).forEach(entry -> {
                if (engine.host().journal(schoolId, key).grading() == GradingSystem.FIVE_POINT) {
                    journal.forecast(entry.studentId().orElseThrow(), FIRST_QUARTER);
                }
            });
            engine.reports().statistics(HEAD, schoolId, key, QUARTER_1.firstDay(), QUARTER_1.lastDay());
        }
        for (String classCode : school.structure().classes().keySet()) {
            ClassList.of(school, classCode, QUARTER_1.lastDay()).toString();
            engine.reports().summarySheet(HEAD, schoolId, classCode);
            engine.reports().attendance(HEAD, schoolId, classCode, QUARTER_1.firstDay(), QUARTER_1.lastDay());
        }
        engine.reports().setup(HEAD, schoolId);
        for (Student student : roster.students().values()) {
            engine.diaries().read(Actor.of(student.personId()), schoolId, student.personId(), QUARTER_1.firstDay(),
                    QUARTER_1.lastDay()).toString();
            for (Guardian guardian : roster.guardiansOf(student.personId())) {
                engine.diaries().read(Actor.of(guardian.personId()), schoolId, student.personId(),
                        QUARTER_1.firstDay(), QUARTER_1.lastDay());
            }
            engine.diaries().extract(HEAD, schoolId, student.personId(), QUARTER_1.firstDay(), QUARTER_1.lastDay())
                    .toText();
            engine.diaries().log(HEAD, schoolId, student.personId());
        }
        for (String teacher : school.structure().staff().keySet()) {
            engine.diaries().sent(Actor.of(teacher), schoolId);
        }
        Kept channel = new Kept();
        DispatchReport report = engine.host().dispatch(schoolId, channel);
        assertThat(report.sent()).isEqualTo(channel.sent.size());
        assertThat(engine.archive().verify(schoolId).verified()).as("the school's log verifies").isTrue();
        return channel;
    }
}
