package org.schooljournal.examples.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.Set;
import org.schooljournal.core.access.Actor;
import org.schooljournal.core.access.Role;

/**
 * The head's control page (REP-5). Unfinished: a skeleton that lets only the administration in.
 */
final class ControlScreen {

    private final Site site;

    private ControlScreen(Site site) {
        this.site = site;
    }

    static void routes(Site site, RoutesConfig routes) {
        ControlScreen screen = new ControlScreen(site);
        routes.get(Paths.CONTROL, screen::show);
    }

    private void show(Context ctx) {
        Actor actor = WebSession.signedIn(ctx);
        Set<Role> roles = site.school().rolesOf(actor.personId());
        if (!roles.contains(Role.HEAD) && !roles.contains(Role.DEPUTY_HEAD)) {
            throw new ForbiddenResponse("the control page is the administration's");
        }
        site.render(ctx, "control.jte", site.texts().get("control.title"), "");
    }
}
