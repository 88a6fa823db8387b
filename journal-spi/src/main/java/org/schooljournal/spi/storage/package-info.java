/**
 * The storage port (DESIGN.md, principle 2): an {@link org.schooljournal.spi.storage.EventStore}
 * keeps hash-chained envelopes ({@link org.schooljournal.spi.storage.EventEnvelope},
 * {@link org.schooljournal.spi.storage.EventData}) per stream, appending all or nothing at the
 * stream's expected version ({@link org.schooljournal.spi.storage.ConcurrencyConflictException}
 * otherwise), without knowing the domain; made by an
 * {@link org.schooljournal.spi.storage.EventStoreProvider} (port {@code storage}). Every adapter
 * runs adapters/tck's {@code EventStoreContract}.
 */
package org.schooljournal.spi.storage;
