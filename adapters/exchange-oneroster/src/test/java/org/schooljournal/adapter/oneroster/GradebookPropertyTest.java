package org.schooljournal.adapter.oneroster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.Mark;
import org.schooljournal.core.journal.RecordMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.programme.ScheduleControlWork;

/**
 * Random marks of 5А's mathematics exported with the gradebook (REP-10, EXC-1): every mark is one
 * result of its work's line item, with its value, its day, and a {@code late} flag that follows
 * the regulation's deadlines — a lesson's own work within its day (MRK-2), a control work within
 * 3 days (MRK-3), a written work within a week (MRK-4). A control work's day is in the
 * control-work schedule first (YR-10).
 */
@Tag("REP-10")
@Tag("EXC-1")
@Tag("MRK-2")
class GradebookPropertyTest {

    /** The kinds of work whose marks entered the next day are on time. */
    private static final Set<WorkKind> LONGER_DEADLINE = EnumSet.of(WorkKind.CONTROL_WORK, WorkKind.WRITTEN_WORK);

    @Test
    @DisplayName("REP-10, MRK-2: each mark is one result of its work's line item with its score, day and lateness, and the set keeps the binding")
    void everyMarkIsOneResult() {
        qt().withShrinkCycles(5).withExamples(Integer.getInteger("oneroster.examples", 5))
                .forAll(RosterGenerators.marks()).checkAssert(GradebookPropertyTest::exported);
    }

    private static void exported(List<RosterGenerators.PlannedMark> marks) {
        RosterSchool school = RosterSchool.withLessons();
        marks.stream().filter(mark -> mark.work() == WorkKind.CONTROL_WORK).map(RosterGenerators.PlannedMark::lesson)
                .distinct().forEach(day -> school.run(new ScheduleControlWork(RosterSchool.ID, "5А", "math", day,
                        "контрольная работа")));
        for (RosterGenerators.PlannedMark mark : marks) {
            school.at(mark.entered().toLocalDate(), mark.entered().toLocalTime());
            school.engine.execute(RosterSchool.MATH, RecordMark.of(RosterSchool.ID, RosterSchool.MATH_5A,
                    new LessonRef(mark.lesson(), 1), mark.studentId(), Mark.of(Integer.toString(mark.value())),
                    mark.work()));
        }
        DataSet set = school.gradebookSet();
        assertThat(BindingCheck.check(set)).isEmpty();
        Table results = set.table(OneRosterFile.RESULTS).orElseGet(() -> new Table(OneRosterFile.RESULTS,
                OneRosterFile.RESULTS.headers(), List.of()));
        assertThat(results.rows()).hasSize(marks.size());
        for (RosterGenerators.PlannedMark mark : marks) {
            String item = "lineItem/journal/5@0410/math/" + mark.lesson() + "/1/" + mark.work();
            List<Table.Row> rows = results.rows().stream()
                    .filter(row -> results.value(row, "lineItemSourcedId").equals(item)
                            && results.value(row, "studentSourcedId").equals(mark.studentId()))
                    .toList();
            assertThat(rows).hasSize(1);
            Table.Row row = rows.get(0);
            assertThat(results.value(row, "score")).isEqualTo(Integer.toString(mark.value()));
            assertThat(results.value(row, "scoreStatus")).isEqualTo("fully graded");
            assertThat(results.value(row, "scoreDate")).isEqualTo(mark.entered().toLocalDate().toString());
            assertThat(results.value(row, "late")).as("%s entered %s", mark.work(), mark.entered())
                    .isEqualTo(Boolean.toString(mark.nextDay() && !LONGER_DEADLINE.contains(mark.work())));
            Table lineItems = set.table(OneRosterFile.LINE_ITEMS).orElseThrow();
            Table.Row line = lineItems.bySourcedId().get(item);
            assertThat(lineItems.value(line, "categorySourcedId")).isEqualTo("category/" + mark.work());
            assertThat(lineItems.value(line, "academicSessionSourcedId")).isEqualTo("period/QUARTER/1");
        }
    }
}
