package org.schooljournal.core.identity;

import java.util.List;
import org.pcollections.PVector;
import org.pcollections.TreePVector;

/**
 * The sign-ins of a school on one day of its zone, granted and refused, in the order recorded
 * (ACC-6): the state of the day's sign-in stream.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param attempts the sign-ins, in order
 */
public record SignInDay(List<SignInAttempted> attempts) {

    /** Takes the list as a persistent one. */
    public SignInDay {
        attempts = attempts instanceof PVector<SignInAttempted> vector ? vector : TreePVector.from(attempts);
    }

    /** Returns a day with no sign-in. */
    public static SignInDay empty() {
        return new SignInDay(TreePVector.empty());
    }

    SignInDay with(SignInAttempted attempt) {
        return new SignInDay(((PVector<SignInAttempted>) attempts).plus(attempt));
    }
}
