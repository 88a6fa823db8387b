package org.schooljournal.examples.schoolday;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.journal.Journal;
import org.schooljournal.core.journal.JournalPage;
import org.schooljournal.core.programme.ControlWork;
import org.schooljournal.core.programme.ThematicPlan;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.programme.Programme;

/**
 * Prints 5А's fortnight of mathematics ({@link MathsFortnight}) as the school's people read it on
 * the afternoon of Friday 24 October 2025: the journal's page — the first students' marks and
 * absences, the lessons' topics and homework; the entries recorded late, as the deputy head
 * controls them; one student's forecast of the quarter mark, as it stood on Thursday the 23rd; the
 * class's summary sheet of the quarter and whether the quarter is closed; and the history of the
 * corrected absence.
 */
final class FortnightPrintout {

    /** How many students' lines of the page are printed. */
    static final int PAGE_LINES = 10;
    /** The line of 5А's list of the student whose forecast is printed. */
    static final int FORECAST_LINE = 1;

    private final YugraSchool school;
    private final RussianText russian;
    private final JournalText text = new JournalText();
    private final PrintStream out;

    FortnightPrintout(YugraSchool school, RussianText russian, PrintStream out) {
        this.school = school;
        this.russian = russian;
        this.out = out;
    }

    /**
     * Prints the fortnight, read at 16:00 of its last day: the summary sheet lists the class of
     * that day. The clock is put back afterwards.
     */
    void print() {
        Instant before = school.clock().instant();
        school.clock().set(school.calendar().instant(MathsFortnight.LAST_DAY, LocalTime.of(16, 0)));
        try {
            printFortnight();
        } finally {
            school.clock().set(before);
        }
    }

    private void printFortnight() {
        SchoolState state = school.state();
        Journal journal = MathsFortnight.journal(school);
        String teacher = russian.initials(state.structure().staff().get(MathsFortnight.teacherOf(state)));
        out.println(text.text("fortnight.title", russian.date(MathsFortnight.FIRST_DAY),
                russian.date(MathsFortnight.LAST_DAY), teacher));
        List<String> controlWorks = Programme.of(state).controlWorksOf(MathsFortnight.CLASS).stream()
                .filter(w -> w.subjectCode().equals(Subjects.MATHS)).map(ControlWork::date).sorted()
                .map(russian::date).toList();
        out.println(text.text("fortnight.controlWorks", String.join(", ", controlWorks)));
        JournalPage page = journal.page(MathsFortnight.FIRST_DAY, MathsFortnight.LAST_DAY);
        JournalPageExcerpt excerpt = new JournalPageExcerpt(text, out);
        excerpt.printMarks(page, PAGE_LINES);
        ThematicPlan plan = Programme.of(state).thematicPlan(MathsFortnight.CLASS, Subjects.MATHS).orElseThrow();
        excerpt.printLessons(journal, page, plan);
        out.println();
        Actor deputy = Actor.of(YugraSchool.DEPUTY_HEAD);
        new LatenessReport(state, russian, text, out)
                .print(school.engine().journals().read(deputy, YugraSchool.ID, MathsFortnight.JOURNAL));
        out.println();
        QuarterReport quarter = new QuarterReport(state, russian, text, out);
        quarter.printForecast(journal, page.rows().get(FORECAST_LINE - 1).student(), MathsFortnight.FORECAST_DAY);
        out.println();
        quarter.printSheet(school.engine().reports().summarySheet(deputy, YugraSchool.ID, MathsFortnight.CLASS),
                MathsFortnight.QUARTER);
        quarter.printClose(journal, MathsFortnight.QUARTER);
        out.println();
        new CorrectionHistory(state, russian, text, out).print(journal);
    }
}
