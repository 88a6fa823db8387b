package org.schooljournal.examples.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.diary.Diary;
import org.schooljournal.core.diary.DiaryState;
import org.schooljournal.core.journal.EntryRef;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.roster.Student;
import org.schooljournal.core.validation.InvalidCommandException;

/**
 * The guardian's diary page, {@code /diary/{student}[?week=YYYY-MM-DD]}: a student's week read
 * through the engine ({@code engine.diaries().read}), which refuses anyone but the student and
 * their guardians (DRY-2, PD-2: 403) and registers a guardian's opening as the read receipt of
 * the remarks it shows (DRY-5); the period marks and the forecast with what it takes to reach 5
 * (MRK-11); and, to a guardian, their notification settings and consent, changed by the forms of
 * {@link DiarySettings} through the engine (NTF-2, NTF-3, PD-1), POST then redirect back.
 *
 * <p>There is no «Отметить как прочитанное» button: the engine registers a guardian's reading of a
 * remark when their opening of the diary shows it (docs/diary.md, "Read receipts"), so the page,
 * which is such an opening, says when each remark was read; a button could only repeat that.
 */
final class DiaryScreen {

    /** The query parameter of the week: any date of it, {@code YYYY-MM-DD}. */
    static final String WEEK = "week";

    private final Site site;
    private final Texts texts = new Texts("web/diary");
    private final DiaryWeek week;
    private final DiaryForecasts forecasts;
    private final DiarySettings settings;

    private DiaryScreen(Site site) {
        this.site = site;
        this.week = new DiaryWeek(texts, site.zone());
        this.forecasts = new DiaryForecasts(site, texts);
        this.settings = new DiarySettings(site, texts);
    }

    static void routes(Site site, RoutesConfig routes) {
        DiaryScreen screen = new DiaryScreen(site);
        routes.get("/diary/{student}", ctx -> screen.show(ctx, Map.of()));
        routes.post("/diary/{student}" + DiaryView.CONSENT, screen::recordConsent);
        routes.post("/diary/{student}" + DiaryView.NOTIFICATIONS, screen::setNotifications);
    }

    /** Returns the address of the student's diary at the week of the date. */
    static String weekOf(String studentId, LocalDate date) {
        return Paths.diary(studentId) + "?" + WEEK + "=" + DiaryWeek.mondayOf(date);
    }

    private void show(Context ctx, Map<String, String> errors) {
        Actor actor = WebSession.signedIn(ctx);
        String studentId = ctx.pathParam("student");
        Optional<LocalDate> asked = weekAsked(ctx);
        if (asked.isEmpty()) {
            refuseWeek(ctx);
            return;
        }
        LocalDate monday = DiaryWeek.mondayOf(asked.get());
        Diary diary;
        try {
            diary = site.engine().diaries().read(actor, site.schoolId(), studentId, monday, monday.plusDays(6));
        } catch (InvalidCommandException e) {
            refuseWeek(ctx);
            return;
        }
        Roster roster = Roster.of(site.school());
        boolean guardian = roster.represents(actor.personId(), studentId);
        DiaryView view = new DiaryView(texts, studentId, week.week(monday), weekOf(studentId, monday),
                new DiaryView.Link(texts.get("week.previous"), weekOf(studentId, monday.minusWeeks(1)), false),
                new DiaryView.Link(texts.get("week.next"), weekOf(studentId, monday.plusWeeks(1)), false),
                guardian ? children(roster, actor, studentId, monday) : List.of(), week.days(diary),
                week.notes(diary, guardian ? readAt(actor, studentId, diary) : Map.of(), guardian), week.results(diary),
                forecasts.of(diary), week.teachers(diary),
                guardian ? Optional.of(settings.of(actor.personId(), errors)) : Optional.empty());
        if (!errors.isEmpty()) {
            ctx.status(422);
        }
        site.render(ctx, "diary.jte", texts.get("title", site.nameOf(studentId)), view);
    }

    /** Returns the week asked for, today's if none; empty if the parameter is no date. */
    private Optional<LocalDate> weekAsked(Context ctx) {
        String asked = ctx.queryParam(WEEK);
        if (asked == null || asked.isBlank()) {
            return Optional.of(site.today());
        }
        try {
            return Optional.of(LocalDate.parse(asked.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void refuseWeek(Context ctx) {
        ctx.status(HttpStatus.BAD_REQUEST);
        site.render(ctx, "error.jte", texts.get("error.week.title"), texts.get("error.week", String.valueOf(ctx.queryParam(WEEK))));
    }

    /** Returns the guardian's children, each a link to their diary at the same week, when they have more than one. */
    private List<DiaryView.Link> children(Roster roster, Actor guardian, String studentId, LocalDate monday) {
        List<Student> children = roster.studentsOf(guardian.personId());
        if (children.size() < 2) {
            return List.of();
        }
        return children.stream().map(child -> new DiaryView.Link(child.fullName(), weekOf(child.personId(), monday),
                child.personId().equals(studentId))).toList();
    }

    /**
     * Returns when the guardian first read each remark and message of the diary, as the diary's
     * stream holds it after this opening (DRY-5).
     */
    private Map<EntryRef, Instant> readAt(Actor guardian, String studentId, Diary diary) {
        DiaryState state = site.engine().diaries().log(guardian, site.schoolId(), studentId);
        Map<EntryRef, Instant> read = new HashMap<>();
        for (EntryRef ref : diary.remarksAndMessages()) {
            state.readAt(ref, guardian.personId()).ifPresent(at -> read.put(ref, at));
        }
        return read;
    }

    private void recordConsent(Context ctx) {
        Actor guardian = guardianOf(ctx);
        Map<String, String> errors = settings.recordConsent(ctx, guardian);
        backOrShow(ctx, errors);
    }

    private void setNotifications(Context ctx) {
        Actor guardian = guardianOf(ctx);
        Map<String, String> errors = settings.setNotifications(ctx, guardian);
        backOrShow(ctx, errors);
    }

    /** Returns the person signed in, who must be a guardian of the page's student: 403 otherwise (PD-2). */
    private Actor guardianOf(Context ctx) {
        Actor actor = WebSession.signedIn(ctx);
        if (!Roster.of(site.school()).represents(actor.personId(), ctx.pathParam("student"))) {
            throw new ForbiddenResponse("only a guardian of the student changes their own settings here");
        }
        return actor;
    }

    /** Redirects back to the diary's settings if the form was taken; otherwise shows the page with the refusals. */
    private void backOrShow(Context ctx, Map<String, String> errors) {
        if (errors.isEmpty()) {
            String back = WebApp.back(ctx);
            ctx.redirect(back.startsWith(Paths.diary(ctx.pathParam("student"))) ? back + "#settings"
                    : Paths.diary(ctx.pathParam("student")) + "#settings");
        } else {
            show(ctx, errors);
        }
    }
}
