package org.schooljournal.adapter.signature.gost;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The one BouncyCastle provider of this module, used by instance: the JVM's provider list is left alone. */
final class BouncyCastle {

    /** The provider. */
    static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
