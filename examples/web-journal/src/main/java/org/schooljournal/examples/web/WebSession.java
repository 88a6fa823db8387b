package org.schooljournal.examples.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.schooljournal.core.access.Actor;

/**
 * What the server keeps for one browser: the person signed in, the form token that every form
 * carries back (CSRF), and whether the version for the visually impaired is on. The actor of a
 * request is always taken from here, never from the page. The session's cookie is HttpOnly and
 * SameSite=Lax ({@link WebApp}).
 */
public final class WebSession {

    /** The name of the hidden field that carries the form token. */
    public static final String TOKEN_FIELD = "csrf";

    private static final String PERSON = "person";
    private static final String TOKEN = "csrf";
    private static final String VISUALLY_IMPAIRED = "vi";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebSession() {
    }

    /** Returns the person signed in on this browser, if any. */
    public static Optional<Actor> actor(Context ctx) {
        return Optional.ofNullable(ctx.<String>sessionAttribute(PERSON)).map(Actor::of);
    }

    /** Returns the person signed in; answers 401 (the sign-in page) if there is none. */
    public static Actor signedIn(Context ctx) {
        return actor(ctx).orElseThrow(() -> new UnauthorizedResponse("sign in first"));
    }

    /**
     * Signs the person in: a new session, so that an id known before the sign-in is worth nothing
     * after it (session fixation), with a new form token.
     */
    static void signIn(Context ctx, Actor actor) {
        boolean visuallyImpaired = visuallyImpaired(ctx);
        ctx.req().getSession().invalidate();
        ctx.req().getSession(true);
        ctx.sessionAttribute(PERSON, actor.personId());
        ctx.sessionAttribute(TOKEN, newToken());
        if (visuallyImpaired) {
            ctx.sessionAttribute(VISUALLY_IMPAIRED, Boolean.TRUE);
        }
    }

    /** Signs out: the session ends. */
    static void signOut(Context ctx) {
        ctx.req().getSession().invalidate();
    }

    /** Returns this session's form token, made when first asked for. */
    public static String token(Context ctx) {
        String token = ctx.sessionAttribute(TOKEN);
        if (token == null) {
            token = newToken();
            ctx.sessionAttribute(TOKEN, token);
        }
        return token;
    }

    /** Refuses the request (403) unless its form carries this session's token. */
    static void checkToken(Context ctx) {
        String expected = ctx.sessionAttribute(TOKEN);
        String given = ctx.formParam(TOKEN_FIELD);
        if (expected == null || given == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
            throw new ForbiddenResponse("the form's token (field " + TOKEN_FIELD + ") is missing or is not this session's");
        }
    }

    /** Returns whether the version for the visually impaired is on (UX-2). */
    public static boolean visuallyImpaired(Context ctx) {
        return Boolean.TRUE.equals(ctx.sessionAttribute(VISUALLY_IMPAIRED));
    }

    /** Turns the version for the visually impaired on or off. */
    static void visuallyImpaired(Context ctx, boolean on) {
        ctx.sessionAttribute(VISUALLY_IMPAIRED, on ? Boolean.TRUE : null);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
