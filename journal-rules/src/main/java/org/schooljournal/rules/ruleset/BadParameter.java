package org.schooljournal.rules.ruleset;

import java.time.Duration;

/**
 * A rule parameter that breaks its rule. It names the parameter, so that a rule-set reader can
 * name its JSON path; callers see an {@link IllegalArgumentException}.
 */
final class BadParameter extends IllegalArgumentException {

    private final String field;
    private final String problem;

    private BadParameter(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    String field() {
        return field;
    }

    String problem() {
        return problem;
    }

    static BadParameter invalid(String field, String problem) {
        return new BadParameter(field, problem);
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new BadParameter(field, "must not be null");
        }
        return value;
    }

    static String text(String field, String value) {
        if (required(field, value).isBlank()) {
            throw new BadParameter(field, "must not be blank");
        }
        return value;
    }

    static Duration notNegative(String field, Duration value) {
        if (required(field, value).isNegative()) {
            throw new BadParameter(field, "must not be negative, was " + value);
        }
        if (value.compareTo(ParameterBounds.MAX_DURATION) > 0) {
            throw new BadParameter(field, "must be at most " + ParameterBounds.MAX_DURATION + " (366 days), was "
                    + value);
        }
        return value;
    }

    static Duration positive(String field, Duration value) {
        if (notNegative(field, value).isZero()) {
            throw new BadParameter(field, "must be positive, was " + value);
        }
        return value;
    }

    static int atLeast(String field, int value, int min) {
        if (value < min) {
            throw new BadParameter(field, "must be at least " + min + ", was " + value);
        }
        return value;
    }

    static int within(String field, int value, int min, int max) {
        atLeast(field, value, min);
        if (value > max) {
            throw new BadParameter(field, "must be at most " + max + ", was " + value);
        }
        return value;
    }
}
