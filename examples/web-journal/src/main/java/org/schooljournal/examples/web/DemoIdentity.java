package org.schooljournal.examples.web;

import java.time.Clock;
import org.schooljournal.adapter.identity.oidc.LoopbackOidcProvider;
import org.schooljournal.adapter.identity.oidc.OidcSettings;
import org.schooljournal.adapter.identity.oidc.OidcSignInProvider;
import org.schooljournal.spi.identity.SignInProvider;

/**
 * The demo's identity provider: adapters/identity-oidc's loopback OpenID Connect provider, started
 * with the app on a free port of 127.0.0.1 (discovery, JWKS, code flow with PKCE, signed ID tokens),
 * and the real OIDC adapter talking to it as a deployment's would talk to ЕСИА's or the region's
 * provider (ACC-6). The provider approves at once whomever the sign-in page names in its
 * {@code login_hint}: that is the demo's only shortcut.
 */
final class DemoIdentity implements AutoCloseable {

    private final LoopbackOidcProvider idp;
    private final OidcSignInProvider provider;

    private DemoIdentity(LoopbackOidcProvider idp, OidcSignInProvider provider) {
        this.idp = idp;
        this.provider = provider;
    }

    /** Starts the provider on the clock, and discovers it through the adapter. */
    static DemoIdentity start(Clock clock) {
        LoopbackOidcProvider idp = LoopbackOidcProvider.start(clock);
        try {
            return new DemoIdentity(idp, OidcSignInProvider.discover(OidcSettings.of(idp.issuer(),
                    LoopbackOidcProvider.CLIENT_ID).withClientSecret(LoopbackOidcProvider.CLIENT_SECRET), clock));
        } catch (RuntimeException e) {
            idp.close();
            throw e;
        }
    }

    /** Returns the adapter, the engine's port to the provider. */
    SignInProvider provider() {
        return provider;
    }

    /** Returns the provider's issuer, the first half of every demo person's subject. */
    String issuer() {
        return provider.issuer();
    }

    @Override
    public void close() {
        idp.close();
    }
}
