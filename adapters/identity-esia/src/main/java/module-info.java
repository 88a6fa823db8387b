/**
 * Sign-in through ЕСИА for the identity port (ACC-6). Its package is exported for the provider
 * and its settings; the host makes the provider with its signer, so nothing is found by discovery.
 */
module org.schooljournal.adapter.identity.esia {
    requires transitive org.schooljournal.spi;
    requires java.net.http;
    requires com.nimbusds.jose.jwt;
    requires org.bouncycastle.provider;

    exports org.schooljournal.adapter.identity.esia;
}
