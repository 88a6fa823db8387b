package org.schooljournal.examples.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.schooljournal.core.access.Actor;
import org.schooljournal.spi.identity.Subject;
import org.schooljournal.spi.identity.VerifiedSignIn;

/**
 * The demo sign-in, clearly marked as one: a list of the demo people, each a button. Choosing one
 * signs in through the engine's identity facet as a verified sign-in of the demo issuer would
 * ({@link DemoPeople#ISSUER}), so the sign-in is recorded and a blocked account refused (ACC-6,
 * PD-4) as with ЕСИА; a real deployment puts its ЕСИА or OIDC provider here instead
 * (docs/identity.md).
 */
final class SignInPage {

    /** The assurance the demo sign-in claims: none. */
    static final String DEMO_ASSURANCE = "demo";

    private final Site site;

    SignInPage(Site site) {
        this.site = site;
    }

    void routes(RoutesConfig routes) {
        routes.get(Paths.SIGN_IN, this::show);
        routes.post(Paths.SIGN_IN, this::signIn);
        routes.post(Paths.SIGN_OUT, ctx -> {
            WebSession.signOut(ctx);
            ctx.redirect(Paths.SIGN_IN);
        });
    }

    private void show(Context ctx) {
        site.render(ctx, "sign-in.jte", site.texts().get("signIn.title"), site.people().all());
    }

    private void signIn(Context ctx) {
        String id = ctx.formParam("person");
        DemoPeople.Person person = site.people().find(id == null ? "" : id)
                .orElseThrow(() -> new BadRequestResponse("person: " + id + " is not one of the demo people"));
        Actor actor = site.engine().identity().signIn(site.schoolId(),
                new VerifiedSignIn(new Subject(DemoPeople.ISSUER, person.id()), DEMO_ASSURANCE, site.clock().instant()));
        WebSession.signIn(ctx, actor);
        ctx.redirect(person.home());
    }
}
