package org.schooljournal.rules.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.schooljournal.spi.Bootstrap;
import org.schooljournal.spi.JournalException;

/**
 * Where rule sets come from: the built-in Yugra 2020 set (the default), JSON documents, and
 * regions' {@link RuleSetProvider}s found with {@link ServiceLoader} by journal-spi's
 * {@link Bootstrap}, the one discovery of the project.
 *
 * <p>This class is thread-safe.
 */
public final class RuleSets {

    /** The identifier of the built-in Yugra rule set. */
    public static final String YUGRA_2020 = "yugra-2020";

    private static final String YUGRA_RESOURCE = "yugra-2020.json";

    private RuleSets() {
    }

    /** Returns the built-in rule set of Yugra, order No. 287 of 28 February 2020: the default. */
    public static RuleSet yugra2020() {
        return Yugra.RULE_SET;
    }

    /**
     * Reads a rule-set document.
     *
     * @param source the document's name, used in error messages
     * @param json the document, UTF-8
     * @throws InvalidRuleSetException if the document is invalid
     * @throws UncheckedIOException if it cannot be read
     */
    public static RuleSet read(String source, InputStream json) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(json, "json");
        try (json) {
            return read(source, new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule set " + source, e);
        }
    }

    /**
     * Reads a rule-set document.
     *
     * @param source the document's name, used in error messages
     * @param json the document
     * @throws InvalidRuleSetException if the document is invalid
     */
    public static RuleSet read(String source, String json) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(json, "json");
        return RuleSetReader.INSTANCE.read(source, json);
    }

    /**
     * Returns the rule set of that identifier from the providers the context class loader finds.
     *
     * @param id the rule set's identifier, such as {@value #YUGRA_2020}
     * @return the rule set
     * @throws JournalException with code CONFIGURATION if no provider, or more than one, has that
     *     identifier; the message lists the identifiers found and the providers that failed to load
     * @throws InvalidRuleSetException if the provider's document is invalid
     */
    public static RuleSet byId(String id) {
        return byId(id, Thread.currentThread().getContextClassLoader());
    }

    /**
     * Returns the rule set of that identifier from the providers the class loader finds, through
     * {@link Bootstrap} as the ports' providers are found: a provider that fails to load is
     * reported and skipped; the others are still used.
     *
     * @param id the rule set's identifier, such as {@value #YUGRA_2020}
     * @param loader the class loader to search
     * @return the rule set
     * @throws JournalException with code CONFIGURATION if no provider, or more than one, has that
     *     identifier; the message lists the identifiers found and the providers that failed to load
     * @throws InvalidRuleSetException if the provider's document is invalid
     */
    public static RuleSet byId(String id, ClassLoader loader) {
        Objects.requireNonNull(id, "id");
        return Bootstrap.find(RuleSetProvider.PORT, RuleSetProvider.class, Optional.of(id), loader).ruleSet();
    }

    /** Holds the built-in set, read once when first asked for. */
    private static final class Yugra {
        static final RuleSet RULE_SET = read(YUGRA_RESOURCE,
                Objects.requireNonNull(RuleSets.class.getResourceAsStream(YUGRA_RESOURCE), YUGRA_RESOURCE));
    }
}
