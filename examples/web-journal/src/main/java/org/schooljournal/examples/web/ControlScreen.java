package org.schooljournal.examples.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.SchoolRights;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.journal.LessonRef;
import org.schooljournal.core.journal.PeriodRef;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.reports.ControlCounts;
import org.schooljournal.core.reports.JournalControl;
import org.schooljournal.core.reports.LateEntry;
import org.schooljournal.core.reports.ResultCounting;
import org.schooljournal.core.reports.SuccessReport;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.core.validation.InvalidCommandException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * The head's control page (REP-5, A2-head 14; REP-1), for the administration alone (ACC-4): the
 * completeness and timeliness of the journals per teacher and per class from the engine's {@link
 * org.schooljournal.core.reports.Reports#control control}, the chosen class's lessons without a
 * topic and late entries each linked to its day in the journal ({@link #lessonLink}), the success
 * rates as a chart and a table, and the printouts ({@link Printouts}). The page reads; it enters
 * nothing.
 */
final class ControlScreen {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EE, d MMMM yyyy", Texts.RUSSIAN);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Texts.RUSSIAN);

    private final Site site;
    private final Texts texts = new Texts("web/control");

    private ControlScreen(Site site) {
        this.site = site;
    }

    static void routes(Site site, RoutesConfig routes) {
        ControlScreen screen = new ControlScreen(site);
        Printouts printouts = new Printouts(site, screen.texts);
        routes.get(Paths.CONTROL, screen::show);
        routes.get(Paths.PRINTOUTS + "/{file}", printouts::download);
    }

    /**
     * Refuses (403) anyone but the administration, by the engine's own rule (ACC-4), before
     * anything is read: a class's homeroom teacher may read the class's control through the engine,
     * but this page is the administration's.
     */
    static Actor administration(Site site, Context ctx) {
        Actor actor = WebSession.signedIn(ctx);
        SchoolRights.requireAdministration(actor, site.school(), "read", "the control page of school " + site.schoolId());
        return actor;
    }

    private void show(Context ctx) {
        Actor actor = administration(site, ctx);
        SchoolState school = site.school();
        SchoolCalendar calendar = site.calendar();
        ControlQuery query = ControlQuery.of(ctx, calendar, site.today());
        if (query.classCode().isPresent() && !school.structure().classes().containsKey(query.classCode().get())) {
            query = query.withError(ControlQuery.CLASS, query.classCode().get());
        }
        Optional<ControlView.Control> control = Optional.empty();
        Optional<ControlView.Success> success = Optional.empty();
        if (query.errors().isEmpty()) {
            try {
                control = Optional.of(control(actor, school, query));
                success = Optional.of(success(actor, school, query));
            } catch (InvalidCommandException e) {
                for (InvalidCommandException.Violation violation : e.violations()) {
                    query = query.withError(field(violation.field()), query.value(field(violation.field())));
                }
                control = Optional.empty();
                success = Optional.empty();
            } catch (NotFoundException e) {
                query = query.withError(field(e.field()), query.value(field(e.field())));
                control = Optional.empty();
                success = Optional.empty();
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        query.errors().forEach((field, value) -> errors.put(field, texts.get("error." + field, value)));
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        ControlView view = new ControlView(texts, query, classes(school, query), periods(calendar, query), errors,
                control, success, errors.isEmpty() ? printouts(query) : List.of());
        site.render(ctx, "control.jte", texts.get("title"), view);
    }

    /** Returns the form's field of an engine's refusal: the dates and the class by their names, else the dates. */
    private static String field(String engineField) {
        return switch (engineField) {
            case "classCode" -> ControlQuery.CLASS;
            case "to" -> ControlQuery.TO;
            case "period" -> ControlQuery.PERIOD;
            default -> ControlQuery.FROM;
        };
    }

    private ControlView.Control control(Actor actor, SchoolState school, ControlQuery query) {
        Instant now = site.clock().instant();
        JournalControl report = query.classCode()
                .map(code -> site.engine().reports().classControl(actor, site.schoolId(), code, query.from(), query.to(),
                        now, JournalControl.DEFAULT_MINIMUM_MARKS))
                .orElseGet(() -> site.engine().reports().control(actor, site.schoolId(), query.from(), query.to(), now,
                        JournalControl.DEFAULT_MINIMUM_MARKS));
        Programme programme = Programme.of(school);
        List<ControlView.CountLine> byTeacher = new ArrayList<>();
        report.byTeacher().forEach((teacher, counts) ->
                byTeacher.add(line(school.structure().staffName(teacher), "", counts)));
        List<ControlView.CountLine> byClass = new ArrayList<>();
        report.byClass().forEach((classCode, counts) -> byClass.add(line(classCode,
                Paths.CONTROL + withClass(query, classCode) + "#missing", counts)));
        List<ControlView.MissingJournal> missing = new ArrayList<>();
        List<ControlView.LateLine> late = new ArrayList<>();
        if (query.classCode().isPresent()) {
            Roster roster = Roster.of(school);
            for (JournalControl.Row row : report.rows()) {
                String subject = subject(programme, row.journal());
                if (!row.lessonsNotGiven().isEmpty()) {
                    String teacher = row.teacherId().map(school.structure()::staffName)
                            .orElse(texts.get("missing.noTeacher"));
                    missing.add(new ControlView.MissingJournal(
                            texts.get("missing.journal", subject, teacher, row.lessonsNotGiven().size()),
                            row.lessonsNotGiven().stream().map(lesson -> lessonLink(row.journal(), lesson)).toList()));
                }
                for (LateEntry entry : row.lateEntries()) {
                    late.add(late(entry, subject, roster));
                }
            }
        }
        return new ControlView.Control(texts.get("range", query.from().format(DAY), query.to().format(DAY)),
                texts.get("asOf", site.now().format(MOMENT)), byTeacher, byClass,
                line(texts.get("counts.total"), "", report.total()), query.classCode(), missing, late);
    }

    private ControlView.CountLine line(String name, String href, ControlCounts counts) {
        return new ControlView.CountLine(name, href, counts, ControlView.percent(counts.givenPercent(), texts),
                ControlView.percent(counts.homeworkPercent(), texts));
    }

    private ControlView.LateLine late(LateEntry entry, String subject, Roster roster) {
        LocalDate day = entry.lesson().map(LessonRef::date)
                .orElseGet(() -> entry.recordedAt().atZone(site.zone()).toLocalDate());
        ControlView.Link lesson = entry.lesson().map(l -> lessonLink(entry.journal(), l))
                .orElseGet(() -> new ControlView.Link(texts.get("late.noLesson"),
                        JournalFortnight.address(entry.journal(), JournalFortnight.monday(day), "")));
        String lateness = texts.get("late.by", ControlView.duration(entry.lateBy(), texts))
                + (entry.causedByFailure() ? ", " + texts.get("late.byFailure") : "");
        return new ControlView.LateLine(subject, lesson, texts.get("kind." + entry.kind().name()),
                entry.studentId().flatMap(roster::student).map(s -> s.fullName()).orElse(""),
                entry.deadline().map(d -> d.atZone(site.zone()).format(MOMENT)).orElse(texts.get("notAvailable")),
                entry.recordedAt().atZone(site.zone()).format(MOMENT), lateness);
    }

    /** Returns the link to a lesson's day in its journal, at the lesson's column. */
    static ControlView.Link lessonLink(JournalKey journal, LessonRef lesson, Texts texts) {
        return new ControlView.Link(texts.get("missing.lesson", lesson.date().format(DAY), lesson.slot()),
                JournalFortnight.lessonAddress(journal, lesson));
    }

    private ControlView.Link lessonLink(JournalKey journal, LessonRef lesson) {
        return lessonLink(journal, lesson, texts);
    }

    private static String subject(Programme programme, JournalKey journal) {
        return journal.holderCode() + " × " + programme.subjectName(journal.subjectCode());
    }

    private ControlView.Success success(Actor actor, SchoolState school, ControlQuery query) {
        Instant now = site.clock().instant();
        String periodName = periodName(query.period());
        SuccessReport report;
        List<SuccessReport.Line> lines;
        String scope;
        if (query.classCode().isPresent()) {
            report = site.engine().reports().success(actor, site.schoolId(), query.classCode().get(), query.period(),
                    ResultCounting.DEFAULT, now);
            lines = report.subjects();
            scope = texts.get("success.bySubject", query.classCode().get());
        } else {
            report = site.engine().reports().success(actor, site.schoolId(), query.period(), ResultCounting.DEFAULT, now);
            lines = report.classes();
            scope = texts.get("success.byClass");
        }
        List<ControlView.SuccessLine> table = lines.stream().map(line -> new ControlView.SuccessLine(line.name(),
                line.rate().counted(), line.rate().succeeded(), ControlView.percent(line.rate().successPercent(), texts),
                line.rate().quality(), ControlView.percent(line.rate().qualityPercent(), texts), line.rate().unmarked()))
                .toList();
        SuccessChart chart = SuccessChart.of(lines, texts.get("success.chartTitle", scope, periodName),
                texts.get("success.chartDesc"), texts);
        return new ControlView.Success(texts.get("success.heading", periodName),
                texts.get("success.caption", scope, periodName), table, chart);
    }

    /** Returns the period's Russian name: «1-я четверть», «2-е полугодие», «год». */
    String periodName(PeriodRef period) {
        return texts.get("period." + period.kind().name(), period.number());
    }

    private List<ControlView.Option> classes(SchoolState school, ControlQuery query) {
        List<ControlView.Option> options = new ArrayList<>();
        options.add(new ControlView.Option("", texts.get("form.allClasses"), query.classCode().isEmpty()));
        for (String code : school.structure().classes().keySet()) {
            options.add(new ControlView.Option(code, code, query.classCode().filter(code::equals).isPresent()));
        }
        return options;
    }

    private List<ControlView.Option> periods(SchoolCalendar calendar, ControlQuery query) {
        return calendar.studyPeriods().stream().map(PeriodRef::of).distinct()
                .map(p -> new ControlView.Option(p.toString(), periodName(p), p.equals(query.period()))).toList();
    }

    private List<ControlView.Printout> printouts(ControlQuery query) {
        List<ControlView.Printout> printouts = new ArrayList<>();
        String range = texts.get("range", query.from().format(DAY), query.to().format(DAY));
        printouts.add(new ControlView.Printout(texts.get("printouts.control", range), downloads("control", query)));
        query.classCode().ifPresent(code -> printouts.add(new ControlView.Printout(
                texts.get("printouts.summary", code), downloads("summary", query))));
        return printouts;
    }

    private List<ControlView.Link> downloads(String form, ControlQuery query) {
        return List.of("pdf", "xlsx").stream().map(format -> new ControlView.Link(texts.get("printouts." + format),
                Paths.PRINTOUTS + "/" + form + "." + format + query.queryString())).toList();
    }

    private static String withClass(ControlQuery query, String classCode) {
        return new ControlQuery(Optional.of(classCode), query.from(), query.to(), query.period(), Map.of(), Map.of())
                .queryString();
    }
}
