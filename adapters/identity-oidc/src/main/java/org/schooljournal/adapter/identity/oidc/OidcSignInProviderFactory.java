package org.schooljournal.adapter.identity.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;
import org.schooljournal.spi.ServiceProvider;
import org.schooljournal.spi.identity.SignInProvider;
import org.schooljournal.spi.identity.SignInProviderFactory;

/**
 * Makes {@link OidcSignInProvider}s for discovery (provider {@value #ID}), with the system clock.
 * Settings: {@code issuer} and {@code client-id} (required), {@code client-secret} and {@code scope}
 * (optional).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class OidcSignInProviderFactory implements SignInProviderFactory {

    /** The provider's identifier. */
    public static final String ID = "oidc";

    private static final Set<String> NAMES = Set.of("issuer", "client-id", "client-secret", "scope");

    /** Creates the factory; {@link java.util.ServiceLoader} calls it. */
    public OidcSignInProviderFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return ServiceProvider.DEFAULT_PRIORITY;
    }

    /**
     * {@inheritDoc}
     *
     * @throws JournalException CONFIGURATION if a setting is unknown or missing, naming it; or as
     *     {@link OidcSignInProvider#discover}
     */
    @Override
    public SignInProvider create(Map<String, String> settings) {
        Set<String> unknown = new TreeSet<>(settings.keySet());
        unknown.removeAll(NAMES);
        if (!unknown.isEmpty()) {
            throw new JournalException(ErrorCode.CONFIGURATION, "the identity provider '" + ID + "' knows no setting "
                    + unknown + "; it takes " + new TreeSet<>(NAMES));
        }
        OidcSettings oidc;
        try {
            oidc = OidcSettings.of(new URI(required(settings, "issuer")), required(settings, "client-id"))
                    .withClientSecret(settings.getOrDefault("client-secret", ""))
                    .withScope(settings.getOrDefault("scope", "openid"));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new JournalException(ErrorCode.CONFIGURATION, "the identity provider '" + ID + "': " + e.getMessage(), e);
        }
        return OidcSignInProvider.discover(oidc, Clock.systemUTC());
    }

    private static String required(Map<String, String> settings, String name) {
        String value = settings.get(name);
        if (value == null || value.isBlank()) {
            throw new JournalException(ErrorCode.CONFIGURATION, "the identity provider '" + ID + "' needs setting '"
                    + name + "'");
        }
        return value;
    }
}
