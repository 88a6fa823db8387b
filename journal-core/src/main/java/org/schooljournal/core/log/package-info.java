/**
 * The log, as the facets share it; knows nothing of the domain and is not exported
 * (docs/architecture.md). Streams of one kind folded into states and kept as snapshots
 * ({@link org.schooljournal.core.log.FoldedStreams}); the hash chain of every stream
 * ({@link org.schooljournal.core.log.HashChain}, ARC-4); the codec of every stored event type
 * under its explicit, versioned name, with upcasts of older versions
 * ({@link org.schooljournal.core.log.EventCodec}, {@link org.schooljournal.core.log.EventFamily};
 * docs/event-log.md); the streams' names ({@link org.schooljournal.core.log.SchoolStreams}); and
 * the one decide-and-append loop of school, journal and diary streams
 * ({@link org.schooljournal.core.log.StreamWriter}), with its jittered waits after a concurrent
 * change ({@link org.schooljournal.core.log.Backoff}).
 *
 * <p>Every envelope is verified as it is loaded ({@link org.schooljournal.core.log.ChainLink}:
 * SHA-256 or a named stronger algorithm only, ARC-4), once per stream per engine; a stream that
 * does not verify or decode is INTEGRITY, naming the envelope (docs/integrity.md). A command a
 * host gave an id gets event ids derived from it ({@link org.schooljournal.core.log.CommandStamp},
 * {@link org.schooljournal.core.log.CommandDigest}), which the
 * {@link org.schooljournal.core.log.CommandLedger} finds again, so that a repeat appends nothing
 * (DESIGN.md, principle 9).
 */
package org.schooljournal.core.log;
