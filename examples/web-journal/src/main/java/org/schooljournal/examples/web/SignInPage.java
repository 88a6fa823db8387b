package org.schooljournal.examples.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.schooljournal.core.access.Actor;
import org.schooljournal.spi.identity.PendingSignIn;

/**
 * The sign-in, through OpenID Connect (ACC-6): the page lists the demo people, each a button;
 * choosing one starts a sign-in at the demo's provider ({@link DemoIdentity}) with the person as its
 * {@code login_hint}, the provider sends the browser back to {@value #CALLBACK} with a code, and the
 * engine's identity facet finishes it — the code exchanged with PKCE, the ID token verified, the
 * subject looked up among the school's bindings, a blocked account refused (PD-4), every attempt
 * recorded. The pending sign-in (state, nonce, verifier) stays in the server's session. Only the
 * list of people and the hint are the demo's; a deployment sends everyone to ЕСИА or the region's
 * provider, who says who they are (docs/identity.md).
 */
final class SignInPage {

    /** Where the provider sends the browser back. */
    static final String CALLBACK = Paths.SIGN_IN + "/callback";

    private static final String PENDING = "pendingSignIn";

    private final Site site;

    SignInPage(Site site) {
        this.site = site;
    }

    void routes(RoutesConfig routes) {
        routes.get(Paths.SIGN_IN, this::show);
        routes.post(Paths.SIGN_IN, this::start);
        routes.get(CALLBACK, this::finish);
        routes.post(Paths.SIGN_OUT, ctx -> {
            WebSession.signOut(ctx);
            ctx.redirect(Paths.SIGN_IN);
        });
    }

    private void show(Context ctx) {
        site.render(ctx, "sign-in.jte", site.texts().get("signIn.title"), site.people().all());
    }

    /** Starts a sign-in at the provider for the chosen demo person. */
    private void start(Context ctx) {
        String id = ctx.formParam("person");
        DemoPeople.Person person = site.people().find(id == null ? "" : id)
                .orElseThrow(() -> new BadRequestResponse("person: " + id + " is not one of the demo people"));
        // The address the browser used: the provider sends it back to the same host and port.
        PendingSignIn pending = site.identity().provider().start(URI.create(ctx.scheme() + "://" + ctx.host() + CALLBACK));
        ctx.sessionAttribute(PENDING, pending);
        ctx.redirect(pending.authorizationUri() + "&login_hint=" + URLEncoder.encode(person.id(), StandardCharsets.UTF_8));
    }

    /** Finishes the sign-in the provider sent the browser back from; refusals are a 403 page. */
    private void finish(Context ctx) {
        PendingSignIn pending = ctx.sessionAttribute(PENDING);
        if (pending == null) {
            throw new BadRequestResponse("no sign-in was started in this session");
        }
        ctx.sessionAttribute(PENDING, null);
        Map<String, String> callback = ctx.queryParamMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0)));
        Actor actor = site.engine().identity().signIn(site.schoolId(), site.identity().provider(), pending, callback);
        WebSession.signIn(ctx, actor);
        ctx.redirect(site.people().find(actor.personId()).map(DemoPeople.Person::home).orElse("/"));
    }
}
