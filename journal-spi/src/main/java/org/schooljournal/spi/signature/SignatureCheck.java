package org.schooljournal.spi.signature;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking a detached electronic signature (ACC-8): who signed, when the signature
 * could be read that far, and whether it holds or the reason it does not.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param signatory who signed and when, if the signature names a signer and its certificate
 * @param failure why the signature does not hold; empty when it holds
 */
public record SignatureCheck(Optional<Signatory> signatory, Optional<String> failure) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if it holds without a signatory, or the reason is blank
     */
    public SignatureCheck {
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(failure, "failure");
        if (failure.isEmpty() && signatory.isEmpty()) {
            throw new IllegalArgumentException("a signature that holds names its signatory");
        }
        if (failure.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("a signature that does not hold says why; the reason was blank");
        }
    }

    /** Returns the result of a signature that holds. */
    public static SignatureCheck valid(Signatory signatory) {
        return new SignatureCheck(Optional.of(signatory), Optional.empty());
    }

    /** Returns the result of a signature that does not hold, with its signatory if it names one. */
    public static SignatureCheck invalid(Optional<Signatory> signatory, String reason) {
        return new SignatureCheck(signatory, Optional.of(reason));
    }

    /** Returns whether the signature holds. */
    public boolean valid() {
        return failure.isEmpty();
    }

    /** Returns the result in one English sentence. */
    public String describe() {
        String who = signatory.map(Signatory::describe).orElse("an unknown signer");
        return failure.map(reason -> "the signature by " + who + " does not hold: " + reason)
                .orElse("signed by " + who);
    }
}
