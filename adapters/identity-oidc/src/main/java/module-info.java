/**
 * Sign-in through any OpenID Connect provider for the identity port (ACC-6), with Nimbus
 * oauth2-oidc-sdk. Found by discovery; its package is exported for the provider, its settings and
 * the factory's identifier.
 *
 * <p>oauth2-oidc-sdk's jar names no module: {@code oauth2.oidc.sdk} is the name the JDK derives
 * from the jar's file name, as storage-jdbc's {@code flyway.core}; Nimbus JOSE+JWT is a named module.
 */
@SuppressWarnings("requires-automatic")
module org.schooljournal.adapter.identity.oidc {
    requires transitive org.schooljournal.spi;
    requires oauth2.oidc.sdk;
    requires com.nimbusds.jose.jwt;

    exports org.schooljournal.adapter.identity.oidc;

    provides org.schooljournal.spi.identity.SignInProviderFactory
            with org.schooljournal.adapter.identity.oidc.OidcSignInProviderFactory;
}
