/**
 * Rule sets as data with a legal reference (DESIGN.md, principle 4): each rule of a region's
 * regulation — its requirement ID ({@link org.schooljournal.rules.ruleset.RuleId}), its clause,
 * its parameters and its enforcement (RECORD, WARN, REJECT) — read from a JSON document by
 * {@link org.schooljournal.rules.ruleset.RuleSets}. Yugra's 2020 set is built in; another region
 * ships its own through a {@link org.schooljournal.rules.ruleset.RuleSetProvider} found by
 * journal-spi's {@code Bootstrap}; a school lays its own settings over the region's with
 * {@link org.schooljournal.rules.ruleset.RuleSet#withOverrides(String)}. A document that breaks a
 * rule's parameters is refused whole, naming the rule, the parameter and the value.
 */
package org.schooljournal.rules.ruleset;
