package org.schooljournal.examples.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.diary.Diary;

/**
 * The guardian's diary page: a student's week. Unfinished: a skeleton that reads the week through
 * the engine (so its access rules apply) and shows whose diary it is.
 */
final class DiaryScreen {

    private final Site site;

    private DiaryScreen(Site site) {
        this.site = site;
    }

    static void routes(Site site, RoutesConfig routes) {
        DiaryScreen screen = new DiaryScreen(site);
        routes.get("/diary/{student}", screen::show);
    }

    private void show(Context ctx) {
        Actor actor = WebSession.signedIn(ctx);
        String student = ctx.pathParam("student");
        LocalDate monday = site.today().with(DayOfWeek.MONDAY);
        Diary diary = site.engine().diaries().read(actor, site.schoolId(), student, monday, monday.plusDays(6));
        site.render(ctx, "diary.jte", site.nameOf(student), diary);
    }
}
