package org.schooljournal.rules.ruleset;

import java.util.Objects;

/**
 * A rule-set document that cannot be used: malformed JSON, an unknown or missing rule, a missing
 * or unknown field, a value of the wrong type or one that breaks its rule. The message names the
 * document, the JSON path ({@code $.rules.ATT-2.within}) and the problem. No part of such a
 * document is ever used.
 */
public final class InvalidRuleSetException extends IllegalArgumentException {

    private final String source;
    private final String path;
    private final String problem;

    InvalidRuleSetException(String source, String path, String problem, Throwable cause) {
        super(source + ": " + path + ": " + problem, cause);
        this.source = Objects.requireNonNull(source, "source");
        this.path = Objects.requireNonNull(path, "path");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** Returns the name of the document, such as a resource name or "overrides". */
    public String source() {
        return source;
    }

    /** Returns the JSON path of the offending value, such as {@code $.rules.MRK-3.days}. */
    public String path() {
        return path;
    }

    /** Returns what is wrong with it. */
    public String problem() {
        return problem;
    }
}
