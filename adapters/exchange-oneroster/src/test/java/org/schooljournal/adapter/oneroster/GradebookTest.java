package org.schooljournal.adapter.oneroster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schooljournal.core.journal.CorrectEntry;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.journal.Mark;

/**
 * The gradebook part of the export (EXC-1, REP-10): the example school with marks
 * ({@link RosterSchool#withMarks()}) exports categories, lineItems, lineItemScoreScales, results and
 * scoreScales that keep the binding, one known row per case.
 */
@Tag("EXC-1")
@Tag("REP-10")
class GradebookTest {

    private static RosterSchool school;
    private static byte[] zip;
    private static DataSet set;

    @BeforeAll
    static void export() {
        school = RosterSchool.withMarks();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OneRosterExport.write(school.engine, RosterSchool.HEAD, RosterSchool.ID, bytes);
        zip = bytes.toByteArray();
        set = DataSet.read(new ByteArrayInputStream(zip));
    }

    private static List<String> lines(OneRosterFile file) {
        Table table = set.table(file).orElseThrow();
        return table.rows().stream().map(row -> String.join(",", row.values())).toList();
    }

    private static List<RowError> check(String file, String from, String to) {
        byte[] edited = ZipEdits.edit(zip, file, text -> {
            assertThat(text).contains(from);
            return text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        });
        return BindingCheck.check(DataSet.read(new ByteArrayInputStream(edited)));
    }

    @Test
    @DisplayName("EXC-1: the export with marks holds the four gradebook files and the line items' scales, named bulk, and keeps the binding")
    void gradebookKeepsTheBinding() {
        assertThat(BindingCheck.check(set)).isEmpty();
        assertThat(set.tables()).containsKeys(OneRosterFile.CATEGORIES, OneRosterFile.LINE_ITEMS,
                OneRosterFile.RESULTS, OneRosterFile.SCORE_SCALES, OneRosterFile.LINE_ITEM_SCORE_SCALES);
        assertThat(set.manifest()).containsEntry("file.categories", "bulk").containsEntry("file.lineItems", "bulk")
                .containsEntry("file.results", "bulk").containsEntry("file.scoreScales", "bulk")
                .containsEntry("file.lineItemScoreScales", "bulk").containsEntry("file.resultScoreScales", "absent");
        assertThat(school.dataSet().tables()).as("the school's state alone gives no gradebook")
                .doesNotContainKey(OneRosterFile.RESULTS);
    }

    @Test
    @DisplayName("REP-10: one known results row per case: an ordinary mark, a late mark with its comment, «н/а» missing, «осв» exempt")
    void resultsKnownAnswers() {
        assertThat(lines(OneRosterFile.RESULTS)).contains(
                "result/journal/5@0410/math/1,,,lineItem/journal/5@0410/math/2026-10-12/1/ORAL,s-alekseeva,fully graded,5,"
                        + "2026-10-12,,,journal/5@0410/math,,,false,false",
                "result/journal/5@0410/math/2,,,lineItem/journal/5@0410/math/2026-10-12/1/CLASSWORK,s-ivanov,fully graded,4,"
                        + "2026-10-13,работа у доски,,journal/5@0410/math,,,true,false",
                "result/journal/5@0410/rus/2,,,lineItem/journal/5@0410/rus/QUARTER-1,s-alekseeva,not submitted,,2026-10-23,,"
                        + "н/а,journal/5@0410/rus,,,false,true",
                "result/journal/5@0410/rus/1,,,lineItem/journal/5@0410/rus/QUARTER-1,s-ivanov,exempt,,2026-10-23,,осв,"
                        + "journal/5@0410/rus,,,false,false");
        assertThat(lines(OneRosterFile.RESULTS)).hasSize(5);
    }

    @Test
    @DisplayName("REP-10: a work is a line item of its lesson's study period and the journal's scale; period marks are a line item of their period")
    void lineItemsCategoriesAndScales() {
        assertThat(lines(OneRosterFile.LINE_ITEMS)).containsExactly(
                "lineItem/journal/5@0410/math/2026-10-12/1/ORAL,,,Устный ответ, 12.10.2026, урок 1,,2026-10-12,2026-10-12,"
                        + "journal/5@0410/math,category/ORAL,period/QUARTER/1,1,5,86-001",
                "lineItem/journal/5@0410/math/2026-10-12/1/CLASSWORK,,,Работа на уроке, 12.10.2026, урок 1,,2026-10-12,"
                        + "2026-10-12,journal/5@0410/math,category/CLASSWORK,period/QUARTER/1,1,5,86-001",
                "lineItem/journal/5@0410/math/QUARTER-1,,,Отметка за период: 1 четверть,,2026-09-01,2026-10-23,"
                        + "journal/5@0410/math,category/PERIOD,period/QUARTER/1,1,5,86-001",
                "lineItem/journal/5@0410/rus/QUARTER-1,,,Отметка за период: 1 четверть,,2026-09-01,2026-10-23,"
                        + "journal/5@0410/rus,category/PERIOD,period/QUARTER/1,1,5,86-001");
        assertThat(lines(OneRosterFile.CATEGORIES)).containsExactly("category/ORAL,,,Устный ответ,",
                "category/CLASSWORK,,,Работа на уроке,", "category/PERIOD,,,Отметка за период,");
        assertThat(lines(OneRosterFile.SCORE_SCALES)).containsExactly("scoreScale/journal/5@0410/math,,,Пятибалльная система,"
                + "five-point,86-001,course/math,journal/5@0410/math,{5:5},{4:4},{3:3},{2:2},{1:1}");
        assertThat(lines(OneRosterFile.LINE_ITEM_SCORE_SCALES)).containsExactly(
                "lineItemScoreScale/lineItem/journal/5@0410/math/2026-10-12/1/ORAL,,,Пятибалльная система,"
                        + "lineItem/journal/5@0410/math/2026-10-12/1/ORAL,scoreScale/journal/5@0410/math",
                "lineItemScoreScale/lineItem/journal/5@0410/math/2026-10-12/1/CLASSWORK,,,Пятибалльная система,"
                        + "lineItem/journal/5@0410/math/2026-10-12/1/CLASSWORK,scoreScale/journal/5@0410/math");
    }

    @Test
    @DisplayName("EXC-1: the check follows the gradebook's references and vocabularies: a result's line item, a line item's category, a scale's class, a scoreStatus, a result's student who is no student")
    void gradebookReferencesAreChecked() {
        assertThat(check("results.csv", ",lineItem/journal/5@0410/rus/QUARTER-1,s-ivanov,",
                ",lineItem/journal/5@0410/rus/QUARTER-9,s-ivanov,"))
                .extracting(RowError::file, RowError::column).containsExactly(tuple("results.csv", "lineItemSourcedId"));
        assertThat(check("lineItems.csv", ",category/ORAL,", ",category/ESSAY,"))
                .extracting(RowError::file, RowError::column).containsExactly(tuple("lineItems.csv", "categorySourcedId"));
        assertThat(check("scoreScales.csv", ",course/math,journal/5@0410/math,", ",course/math,journal/9@042f/math,"))
                .extracting(RowError::file, RowError::column).containsExactly(tuple("scoreScales.csv", "classSourcedId"));
        assertThat(check("results.csv", ",exempt,", ",excused,"))
                .extracting(RowError::file, RowError::column).containsExactly(tuple("results.csv", "scoreStatus"));
        assertThat(check("results.csv", ",lineItem/journal/5@0410/rus/QUARTER-1,s-ivanov,",
                ",lineItem/journal/5@0410/rus/QUARTER-1,t-math,"))
                .extracting(RowError::column, RowError::rule).containsExactly(tuple("studentSourcedId",
                        "must name a student: a user with the role student in roles.csv"));
        assertThat(check("results.csv", ",fully graded,5,", ",fully graded,five,"))
                .extracting(RowError::column, RowError::rule).containsExactly(tuple("score", "must be a number, such as 4 or 4.5"));
    }

    @Test
    @DisplayName("EXC-3: the import reads past the gradebook: the set with marks imports into an empty school as its roster, and a repeat applies nothing")
    void importIgnoresTheGradebook() {
        RosterSchool empty = RosterSchool.empty();
        assertThat(empty.importZip(zip).applied()).isPositive();
        assertThat(empty.dataSet().tables()).isEqualTo(school.dataSet().tables());
        assertThat(empty.importZip(zip).applied()).isZero();
    }

    @Test
    @DisplayName("REP-10: a corrected mark gives its current value and the correction's date (MRK-10)")
    void correctedMarkGivesItsCurrentValue() {
        RosterSchool corrected = RosterSchool.withMarks();
        corrected.at(RosterSchool.QUARTER_END.plusDays(10), LocalTime.of(9, 0));
        corrected.engine.execute(RosterSchool.MATH, CorrectEntry.mark(RosterSchool.ID,
                new EntryRef(RosterSchool.MATH_5A, 1), Mark.of("4"), "ошибка при вводе"));
        Table results = corrected.gradebookSet().table(OneRosterFile.RESULTS).orElseThrow();
        Table.Row row = results.bySourcedId().get("result/journal/5@0410/math/1");
        assertThat(results.value(row, "score")).isEqualTo("4");
        assertThat(results.value(row, "scoreDate")).isEqualTo("2026-11-02");
    }
}
