/**
 * The engine a vendor embeds: {@link org.schooljournal.core.JournalEngine}, built once with its
 * clock, rule set, store and notification channel, and a directory of facets, one per concept of
 * the regulation — {@code schools()}, {@code journals()}, {@code diaries()},
 * {@code notifications()}, {@code reports()}, {@code archive()}, {@code retention()}. Every
 * command, whatever its concept, goes through {@code execute(actor, command)}; reads and
 * workflows through the facets (docs/architecture.md says why). No facet calls back into the
 * engine.
 */
package org.schooljournal.core;
