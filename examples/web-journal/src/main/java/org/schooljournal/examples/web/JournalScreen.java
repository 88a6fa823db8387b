package org.schooljournal.examples.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.journal.Journal;
import org.schooljournal.core.journal.JournalKey;

/**
 * The teacher's journal page: the class list against the lessons of a fortnight. Unfinished: a
 * skeleton that reads the journal through the engine (so its access rules apply) and shows its name.
 */
final class JournalScreen {

    private final Site site;

    private JournalScreen(Site site) {
        this.site = site;
    }

    static void routes(Site site, RoutesConfig routes) {
        JournalScreen screen = new JournalScreen(site);
        routes.get("/journal/{class}/{subject}", screen::show);
    }

    private void show(Context ctx) {
        Actor actor = WebSession.signedIn(ctx);
        JournalKey key = new JournalKey(ctx.pathParam("class"), ctx.pathParam("subject"));
        Journal journal = site.engine().journals().read(actor, site.schoolId(), key);
        site.render(ctx, "journal.jte", key.holderCode() + " — " + key.subjectCode(), journal);
    }
}
