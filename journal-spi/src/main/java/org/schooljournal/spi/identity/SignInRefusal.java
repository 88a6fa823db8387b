package org.schooljournal.spi.identity;

/**
 * Why a sign-in was refused (ACC-6, PD-3, PD-4): the check of the protocol or of the school that
 * failed. Recorded with every refusal in the school's sign-in record.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SignInRefusal {
    /** The callback's state is not the one this sign-in started with: foreign, forged or replayed. */
    STATE,
    /** The sign-in started too long ago, or was finished already. */
    EXPIRED_SIGN_IN,
    /** The provider reported an error on the callback (the user declined, the request was wrong). */
    PROVIDER_ERROR,
    /** The provider refused the code at the token exchange (a wrong PKCE verifier, a used code). */
    CODE_EXCHANGE,
    /** The token's signature does not verify against the provider's keys. */
    TOKEN_SIGNATURE,
    /** The token was issued by another issuer. */
    TOKEN_ISSUER,
    /** The token is meant for another client (its audience). */
    TOKEN_AUDIENCE,
    /** The token has expired, or is not valid yet. */
    TOKEN_EXPIRED,
    /** The token's nonce is not this sign-in's. */
    TOKEN_NONCE,
    /** The token is malformed or lacks a claim the protocol requires. */
    TOKEN_MALFORMED,
    /** The subject is bound to no person of the school (PD-3). */
    UNKNOWN_SUBJECT,
    /** The bound person's account is blocked by a compromise report (PD-4). */
    BLOCKED_ACCOUNT
}
