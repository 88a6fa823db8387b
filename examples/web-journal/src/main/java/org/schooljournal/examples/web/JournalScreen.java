package org.schooljournal.examples.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.journal.Journal;
import org.schooljournal.core.journal.JournalKey;
import org.schooljournal.core.programme.Programme;
import org.schooljournal.core.validation.InvalidCommandException;

/**
 * The teacher's journal page, {@code GET /journal/{class}/{subject}[?from=YYYY-MM-DD]}: the class
 * list against the lessons of a fortnight from the Monday of the date given (by default the Monday
 * of last week), with each lesson's deadlines (ATT-2, MRK-2), late entries flagged with their
 * lateness, corrections with their history (MRK-10), period marks (MRK-7) and the lessons' topics
 * and homework. The journal is read through the engine, which refuses a reader who may not see it
 * (ACC-2, ACC-3: 403); its forms are {@link JournalForms}.
 *
 * <p>This class is thread-safe.
 */
public final class JournalScreen {

    private static final String TEMPLATE = "journal.jte";

    private final Site site;
    private final Texts texts = new Texts("web/journal");
    private final JournalFortnight fortnight;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    private JournalScreen(Site site) {
        this.site = site;
        this.fortnight = new JournalFortnight(site, texts);
    }

    static void routes(Site site, RoutesConfig routes) {
        JournalScreen screen = new JournalScreen(site);
        routes.get("/journal/{class}/{subject}", screen::show);
        JournalForms.routes(screen, site, routes);
    }

    /**
     * Renders the journal's page from the Monday of {@code from}'s week for two weeks, as the actor
     * reads it, without HTTP: for a benchmark of the page's server time.
     *
     * @param site the site
     * @param actor the reader; the engine checks they may read the journal (ACC-2, ACC-3)
     * @param key the journal
     * @param from any date of the page's first week
     * @return the page's HTML
     * @throws org.schooljournal.core.access.AccessDeniedException if the actor may not read the journal
     */
    public static String render(Site site, Actor actor, JournalKey key, LocalDate from) {
        Objects.requireNonNull(actor, "actor");
        JournalScreen screen = new JournalScreen(site);
        Chrome chrome = new Chrome(screen.title(key), site.texts(), Optional.of(site.nameOf(actor.personId())),
                "benchmark", false, Paths.journal(key));
        return screen.html(chrome, screen.view(actor, key, JournalFortnight.monday(from), Optional.empty()));
    }

    private void show(Context ctx) {
        show(ctx, key(ctx), from(ctx.queryParam("from")), Optional.empty());
    }

    /** Answers the page, with the refusal of a form placed on it if one was refused. */
    void show(Context ctx, JournalKey key, LocalDate from, Optional<JournalRefusal> refusal) {
        Actor actor = WebSession.signedIn(ctx);
        JournalView view;
        try {
            view = view(actor, key, from, refusal);
        } catch (InvalidCommandException outsideTheJournal) {
            ctx.status(HttpStatus.BAD_REQUEST);
            site.render(ctx, "error.jte", texts.get("dates.title"), texts.get("dates.text", from.toString()));
            return;
        }
        if (refusal.isPresent()) {
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        ctx.contentType("text/html; charset=utf-8").result(html(site.chrome(ctx, title(key)), view));
    }

    private JournalView view(Actor actor, JournalKey key, LocalDate from, Optional<JournalRefusal> refusal) {
        Journal journal = site.engine().journals().read(actor, site.schoolId(), key);
        return fortnight.view(actor, journal, from, refusal);
    }

    private String html(Chrome chrome, JournalView view) {
        StringOutput output = new StringOutput(64 * 1024);
        templates.render(TEMPLATE, Map.of("chrome", chrome, "view", view, "texts", texts), output);
        return output.toString();
    }

    private String title(JournalKey key) {
        return texts.get("title", key.holderCode(),
                Programme.of(site.school()).subjectName(key.subjectCode()));
    }

    /** Returns the texts of the page. */
    Texts texts() {
        return texts;
    }

    /** Returns the journal the address names. */
    static JournalKey key(Context ctx) {
        try {
            return new JournalKey(ctx.pathParam("class"), ctx.pathParam("subject"));
        } catch (IllegalArgumentException noJournal) {
            throw new NotFoundResponse("no journal " + ctx.pathParam("class") + "/" + ctx.pathParam("subject"));
        }
    }

    /**
     * Returns the Monday of the page asked for: of the date given, or by default of last week; a
     * date that is not one gives the default.
     */
    LocalDate from(String given) {
        if (given != null && !given.isBlank()) {
            try {
                return JournalFortnight.monday(LocalDate.parse(given.strip()));
            } catch (DateTimeParseException notADate) {
                // the default page, as for no date
            }
        }
        return JournalFortnight.defaultFrom(site.today());
    }
}
