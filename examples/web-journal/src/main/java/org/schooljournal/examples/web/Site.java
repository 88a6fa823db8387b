package org.schooljournal.examples.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.schooljournal.core.JournalEngine;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.roster.Roster;
import org.schooljournal.core.school.SchoolState;
import org.schooljournal.examples.schoolday.DemoSchool;
import org.schooljournal.rules.calendar.SchoolCalendar;

/**
 * What every page works with: the engine, its clock, the school's time zone, the demo people, the
 * common texts and the templates, compiled at build time.
 *
 * <p>This class is thread-safe.
 */
public final class Site {

    private final JournalEngine engine;
    private final Clock clock;
    private final DemoPeople people;
    private final DemoIdentity identity;
    private final Texts texts = new Texts("web/common");
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    Site(JournalEngine engine, Clock clock, DemoPeople people, DemoIdentity identity) {
        this.engine = engine;
        this.clock = clock;
        this.people = people;
        this.identity = identity;
    }

    /** Returns the engine. */
    public JournalEngine engine() {
        return engine;
    }

    /** Returns the clock the engine runs on. */
    public Clock clock() {
        return clock;
    }

    /** Returns the school's id. */
    public String schoolId() {
        return DemoSchool.ID;
    }

    /** Returns the school's state now. */
    public SchoolState school() {
        return engine.host().school(DemoSchool.ID);
    }

    /** Returns the school's time zone, in which every deadline is shown: Yugra's, where it was registered. */
    public ZoneId zone() {
        return SchoolCalendar.YUGRA;
    }

    /** Returns the time now in the school's zone. */
    public ZonedDateTime now() {
        return clock.instant().atZone(zone());
    }

    /** Returns today's date in the school's zone. */
    public LocalDate today() {
        return now().toLocalDate();
    }

    /** Returns the school's calendar now: its periods, holidays and lesson times. */
    public SchoolCalendar calendar() {
        return school().structure().calendar(SchoolCalendar.YUGRA).orElseThrow();
    }

    /** Returns the demo people. */
    DemoPeople people() {
        return people;
    }

    /** Returns the demo's identity provider. */
    DemoIdentity identity() {
        return identity;
    }

    /** Returns the texts common to every page. */
    public Texts texts() {
        return texts;
    }

    /** Returns the name of the person: a member of staff, a student or a guardian. */
    public String nameOf(String personId) {
        SchoolState state = school();
        Roster roster = Roster.of(state);
        return roster.student(personId).map(s -> s.fullName())
                .or(() -> roster.guardian(personId).map(g -> g.fullName()))
                .orElseGet(() -> state.structure().staffName(personId));
    }

    /** Returns the frame of a page with the title, for this request. */
    public Chrome chrome(Context ctx, String title) {
        return new Chrome(title, texts, WebSession.actor(ctx).map(Actor::personId).map(this::nameOf),
                WebSession.token(ctx), WebSession.visuallyImpaired(ctx),
                ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString());
    }

    /**
     * Renders the page's template, which takes the frame as {@code chrome} and the page's view as
     * {@code view}, as the response.
     */
    public void render(Context ctx, String template, String title, Object view) {
        StringOutput output = new StringOutput();
        templates.render(template, Map.of("chrome", chrome(ctx, title), "view", view), output);
        ctx.contentType("text/html; charset=utf-8").result(output.toString());
    }
}
