package org.schooljournal.adapter.oneroster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.journal.EntryKind;
import org.schooljournal.core.journal.GradingSystem;
import org.schooljournal.core.journal.JournalEntry;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.JournalState;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.journal.SpecialMark;
import org.schooljournal.core.journal.WorkKind;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.programme.TeachingAssignment;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.rules.calendar.AcademicYear;
import org.schooljournal.rules.calendar.StudyPeriod;

/**
 * The gradebook part of a school's OneRoster data set (EXC-1, REP-10), read from its journals
 * through journal-core's public API: the kinds of work and the period marks as categories; each
 * work — the marks of one kind of work at one lesson of a journal — and each journal's period marks
 * of one study period as line items; each current mark and period mark as a result; each journal's
 * grading system as its score scale, linked to the works' line items. Only current values count
 * (MRK-10): a corrected mark gives its last value, a removed or voided one (PD-4) gives none.
 *
 * <p>A result's {@code scoreStatus} is {@code fully graded}, but {@code exempt} for «осв» and
 * {@code not submitted} with {@code missing} for «н/а»; {@code late} is the entry's timing as it
 * stands — entered after its rule's deadline (MRK-2, MRK-3, MRK-4; MRK-7 for period marks) and
 * excused by no declared technical failure. The mapping is in docs/exchange.md.
 *
 * <p>{@link #tables} is thread-safe; an instance is one call's builder and is never shared.
 */
final class Gradebook {

    /** The category of the period marks, beside one per {@link WorkKind}. */
    private static final String PERIOD = "PERIOD";

    private final SchoolState school;
    private final String org;
    private final ZoneId zone;
    private final TableBuilder categories = new TableBuilder(OneRosterFile.CATEGORIES);
    private final TableBuilder lineItems = new TableBuilder(OneRosterFile.LINE_ITEMS);
    private final TableBuilder itemScales = new TableBuilder(OneRosterFile.LINE_ITEM_SCORE_SCALES);
    private final TableBuilder results = new TableBuilder(OneRosterFile.RESULTS);
    private final TableBuilder scales = new TableBuilder(OneRosterFile.SCORE_SCALES);
    private final Set<String> kindsUsed = new TreeSet<>(Comparator.comparing(Gradebook::categoryOrder));

    private Gradebook(SchoolState school, ZoneId zone) {
        this.school = school;
        this.org = school.schoolId();
        this.zone = zone;
    }

    /**
     * Returns the gradebook's tables: categories, lineItems, lineItemScoreScales, results and
     * scoreScales, each possibly without rows.
     *
     * @param engine the engine holding the school
     * @param reader who reads it: one who may read every journal of the school (PD-2)
     * @param school the school's state, as the reader read it
     */
    static List<Table> tables(JournalEngine engine, Actor reader, SchoolState school) {
        Gradebook gradebook = new Gradebook(school, engine.schools().rules(school).calendar().zone());
        for (TeachingAssignment load : Programme.of(school).teachingLoad()) {
            JournalKey key = new JournalKey(load.holderCode(), load.subjectCode());
            gradebook.journal(key, engine.journals().read(reader, school.schoolId(), key).state());
        }
        return gradebook.build();
    }

    private void journal(JournalKey key, JournalState journal) {
        String classId = SourcedIds.journal(key.holderCode(), key.subjectCode());
        GradingSystem grading = journal.grading();
        boolean scaled = false;
        for (JournalEntry entry : journal.entries(EntryKind.MARK)) {
            Optional<String> work = entry.detail("work");
            if (!entry.present() || entry.lesson().isEmpty() || entry.studentId().isEmpty() || work.isEmpty()) {
                continue;
            }
            LessonRef lesson = entry.lesson().get();
            String item = SourcedIds.workItem(classId, lesson.date(), lesson.slot(), work.get());
            if (!lineItems.has(item)) {
                kindsUsed.add(work.get());
                lineItems.row(item, lineItem(Titles.work(WorkKind.valueOf(work.get()).russianName(), lesson.date(),
                        lesson.slot()), lesson.date(), lesson.date(), classId, work.get(), session(lesson.date()),
                        grading));
                itemScales.row(SourcedIds.itemScale(item), "title", Titles.scale(grading.name()),
                        "lineItemSourcedId", item, "scoreScaleSourcedId", SourcedIds.scale(classId));
            }
            result(classId, item, entry, grading);
            scaled = true;
        }
        for (JournalEntry entry : journal.entries(EntryKind.PERIOD_MARK)) {
            if (!entry.present() || entry.period().isEmpty() || entry.studentId().isEmpty()) {
                continue;
            }
            PeriodRef period = PeriodRef.parse(entry.period().get());
            Optional<StudyPeriod> studyPeriod = school.structure().studyPeriods().stream()
                    .filter(p -> p.kind() == period.kind() && p.number() == period.number()).findFirst();
            String session = studyPeriod.map(p -> SourcedIds.period(p.kind(), p.number())).orElseGet(this::year);
            LocalDate first = studyPeriod.map(StudyPeriod::firstDay).orElseGet(() -> academicYear().firstDay());
            LocalDate last = studyPeriod.map(StudyPeriod::lastDay).orElseGet(() -> academicYear().lastDay());
            String item = SourcedIds.periodItem(classId, period.toString());
            kindsUsed.add(PERIOD);
            lineItems.row(item, lineItem(Titles.periodMarks(period.kind(), period.number()), first, last, classId,
                    PERIOD, session, grading));
            result(classId, item, entry, grading);
        }
        if (scaled) {
            scales.row(SourcedIds.scale(classId), "title", Titles.scale(grading.name()), "type",
                    grading.name().toLowerCase(Locale.ROOT).replace('_', '-'), "orgSourcedId", org,
                    "courseSourcedId", SourcedIds.course(key.subjectCode()), "classSourcedId", classId,
                    "scoreScaleValue", scaleValue(grading));
        }
    }

    private String[] lineItem(String title, LocalDate assigned, LocalDate due, String classId, String kind,
            String session, GradingSystem grading) {
        return new String[] {"title", title, "assignDate", assigned.toString(), "dueDate", due.toString(),
            "classSourcedId", classId, "categorySourcedId", SourcedIds.category(kind),
            "academicSessionSourcedId", session, "resultValueMin", minimum(grading), "resultValueMax",
            maximum(grading), "schoolSourcedId", org};
    }

    private void result(String classId, String item, JournalEntry entry, GradingSystem grading) {
        String value = entry.current().value();
        Optional<SpecialMark> special = SpecialMark.ofCode(value);
        String status = special.map(Gradebook::scoreStatus).orElse("fully graded");
        String score = special.isPresent() ? "" : score(value);
        String textScore = special.isPresent() || !score.equals(value) ? value : "";
        results.row(SourcedIds.result(classId, entry.number()), "lineItemSourcedId", item,
                "studentSourcedId", entry.studentId().orElseThrow(), "scoreStatus", status, "score", score,
                "scoreDate", LocalDate.ofInstant(entry.current().recordedAt(), zone).toString(),
                "comment", entry.detail("comment").orElse(""), "textScore", textScore, "classSourcedId", classId,
                "late", Boolean.toString(entry.late()),
                "missing", Boolean.toString(special.filter(SpecialMark.NOT_ASSESSED::equals).isPresent()));
    }

    /** «осв» is an exemption; «н/а» a work not assessed, missing; «безотм» the result of learning without marks. */
    private static String scoreStatus(SpecialMark special) {
        return switch (special) {
            case EXEMPT -> "exempt";
            case NOT_ASSESSED -> "not submitted";
            case UNGRADED -> "fully graded";
        };
    }

    /** Returns a mark's score: itself for «1»…«5», 1 for «зач», 0 for «незач». */
    private static String score(String mark) {
        return switch (mark) {
            case "зач" -> "1";
            case "незач" -> "0";
            default -> mark;
        };
    }

    /** Returns the least score of the system's marks; blank for learning without marks. */
    private static String minimum(GradingSystem grading) {
        return switch (grading) {
            case FIVE_POINT -> "1";
            case PASS_FAIL -> "0";
            case UNGRADED -> "";
        };
    }

    /** Returns the greatest score of the system's marks; blank for learning without marks. */
    private static String maximum(GradingSystem grading) {
        return switch (grading) {
            case FIVE_POINT -> "5";
            case PASS_FAIL -> "1";
            case UNGRADED -> "";
        };
    }

    /** Returns the scale's pairs of a mark as written and its score: {@code {5:5},{4:4},…} or {@code {зач:1},{незач:0}}. */
    private static String scaleValue(GradingSystem grading) {
        List<String> pairs = new ArrayList<>();
        List<String> marks = new ArrayList<>(grading.marks());
        if (grading == GradingSystem.FIVE_POINT) {
            marks.sort(Comparator.reverseOrder());
        }
        for (String mark : marks) {
            pairs.add("{" + mark + ":" + score(mark) + "}");
        }
        return String.join(",", pairs);
    }

    /** Returns the academic session a lesson's date falls in: its study period, else the year. */
    private String session(LocalDate date) {
        return school.structure().studyPeriods().stream()
                .filter(p -> !date.isBefore(p.firstDay()) && !date.isAfter(p.lastDay()))
                .min(Comparator.comparing(StudyPeriod::kind))
                .map(p -> SourcedIds.period(p.kind(), p.number())).orElseGet(this::year);
    }

    private AcademicYear academicYear() {
        return school.structure().academicYear().orElseThrow(() -> new IllegalArgumentException("school " + org
                + " has marks but no academic year: a OneRoster line item must name its academic session"));
    }

    private String year() {
        return SourcedIds.year(academicYear().startYear());
    }

    private List<Table> build() {
        for (String kind : kindsUsed) {
            categories.row(SourcedIds.category(kind), "title",
                    kind.equals(PERIOD) ? Titles.periodCategory() : WorkKind.valueOf(kind).russianName());
        }
        return List.of(categories.build(), lineItems.build(), itemScales.build(), results.build(), scales.build());
    }

    /** Orders the categories as the work kinds are declared, the period marks last. */
    private static int categoryOrder(String kind) {
        return kind.equals(PERIOD) ? WorkKind.values().length : WorkKind.valueOf(kind).ordinal();
    }
}
