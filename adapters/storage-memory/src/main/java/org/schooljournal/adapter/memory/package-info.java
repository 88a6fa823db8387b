/**
 * The in-memory storage adapter: the embedded default of the storage port, for tests, examples
 * and trials (DESIGN.md, principle 6). Found by {@link java.util.ServiceLoader} with the lowest
 * priority, so any durable store on the class path wins; chosen explicitly with
 * {@code -Dschooljournal.storage=memory}. It passes {@code EventStoreContract} of adapters/tck.
 *
 * <p>Decision: {@link org.schooljournal.adapter.memory.InMemoryEventStoreProvider#create} refuses
 * any setting with a CONFIGURATION error naming it, rather than ignoring it, because settings
 * meant for a durable store that is missing must not end up silently in memory.
 */
package org.schooljournal.adapter.memory;
