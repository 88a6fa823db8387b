package org.schooljournal.examples.web;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.schooljournal.core.access.AccessDeniedException;
import org.schooljournal.core.validation.NotFoundException;
import org.schooljournal.spi.identity.SignInRefusedException;

/**
 * The web application: its routes, the session's cookie, the form-token check before every POST,
 * and what a refusal looks like. Each page registers its own routes.
 */
public final class WebApp {

    private static final String SESSION_COOKIE = "SJSESSION";

    private WebApp() {
    }

    /** Builds the application on the site; {@code start(port)} serves it. */
    public static Javalin create(Site site) {
        SignInPage signIn = new SignInPage(site);
        // The sign-in form's answer redirects to the identity provider, which form-action must allow.
        java.net.URI idp = java.net.URI.create(site.identity().issuer());
        String policy = "default-src 'self'; frame-ancestors 'none'; form-action 'self' "
                + idp.getScheme() + "://" + idp.getAuthority();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServletContextHandler(handler -> handler.setSessionHandler(sessions()));
            config.staticFiles.add(files -> {
                files.hostedPath = Paths.STATIC;
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", policy);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "same-origin");
                if (ctx.method().name().equals("POST")) {
                    WebSession.checkToken(ctx);
                }
            });
            config.routes.get("/", ctx -> ctx.redirect(WebSession.actor(ctx)
                    .flatMap(a -> site.people().find(a.personId())).map(DemoPeople.Person::home).orElse(Paths.SIGN_IN)));
            signIn.routes(config.routes);
            config.routes.post(Paths.VERSION, ctx -> {
                WebSession.visuallyImpaired(ctx, !WebSession.visuallyImpaired(ctx));
                ctx.redirect(back(ctx));
            });
            JournalScreen.routes(site, config.routes);
            DiaryScreen.routes(site, config.routes);
            ControlScreen.routes(site, config.routes);
            config.routes.exception(UnauthorizedResponse.class, (e, ctx) -> {
                if (ctx.method().name().equals("GET")) {
                    ctx.redirect(Paths.SIGN_IN);
                } else {
                    refuse(site, ctx, HttpStatus.UNAUTHORIZED, "error.unauthorized");
                }
            });
            config.routes.exception(ForbiddenResponse.class, (e, ctx) -> refuse(site, ctx, HttpStatus.FORBIDDEN, "error.forbidden"));
            config.routes.exception(AccessDeniedException.class, (e, ctx) -> refuse(site, ctx, HttpStatus.FORBIDDEN, "error.forbidden"));
            config.routes.exception(SignInRefusedException.class, (e, ctx) -> refuse(site, ctx, HttpStatus.FORBIDDEN, "error.signInRefused"));
            config.routes.exception(BadRequestResponse.class, (e, ctx) -> refuse(site, ctx, HttpStatus.BAD_REQUEST, "error.badRequest"));
            config.routes.exception(NotFoundException.class, (e, ctx) -> refuse(site, ctx, HttpStatus.NOT_FOUND, "error.notFound"));
            // An address no route serves (Javalin's EndpointNotFound): the site's page, not Javalin's text.
            config.routes.exception(NotFoundResponse.class, (e, ctx) -> refuse(site, ctx, HttpStatus.NOT_FOUND, "error.notFound"));
            config.routes.error(HttpStatus.NOT_FOUND, ctx -> {
                if (ctx.result() == null) {
                    refuse(site, ctx, HttpStatus.NOT_FOUND, "error.notFound");
                }
            });
        });
    }

    /** The session's cookie: HttpOnly, SameSite=Lax (a redirect back from ЕСИА keeps the session), path /. */
    private static SessionHandler sessions() {
        SessionHandler sessions = new SessionHandler();
        sessions.setSessionCookie(SESSION_COOKIE);
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setMaxInactiveInterval(60 * 60);
        return sessions;
    }

    /** Returns the page a form came from (its field {@code back}), if it is one of this site's; else the home page. */
    static String back(Context ctx) {
        String back = ctx.formParam("back");
        return back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/";
    }

    private static void refuse(Site site, Context ctx, HttpStatus status, String key) {
        ctx.status(status);
        site.render(ctx, "error.jte", site.texts().get(key), site.texts().get(key + ".text"));
    }
}
