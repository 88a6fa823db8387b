package org.schooljournal.spi.identity;

import java.util.Objects;
import org.schooljournal.spi.ErrorCode;
import org.schooljournal.spi.JournalException;

/**
 * A sign-in was refused (ACC-6): code {@link ErrorCode#ACCESS_DENIED}, with the check that failed
 * ({@link #refusal()}) and a message naming the value and the rule. Nothing is bound or granted.
 *
 * <p>This class is immutable and thread-safe.
 */
public class SignInRefusedException extends JournalException {

    private static final long serialVersionUID = 1L;

    private final SignInRefusal refusal;

    /**
     * Creates a refusal.
     *
     * @param refusal the check that failed
     * @param message what failed, naming the value and the rule
     */
    public SignInRefusedException(SignInRefusal refusal, String message) {
        this(refusal, message, null);
    }

    /**
     * Creates a refusal with its cause.
     *
     * @param refusal the check that failed
     * @param message what failed, naming the value and the rule
     * @param cause the library's failure, or null
     */
    public SignInRefusedException(SignInRefusal refusal, String message, Throwable cause) {
        super(ErrorCode.ACCESS_DENIED, "sign-in refused (" + Objects.requireNonNull(refusal, "refusal") + "): "
                + message, cause);
        this.refusal = refusal;
    }

    /** Returns the check that failed. */
    public SignInRefusal refusal() {
        return refusal;
    }
}
