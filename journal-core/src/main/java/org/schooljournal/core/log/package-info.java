/**
 * The log, as the facets share it; knows nothing of the domain and is not exported
 * (docs/architecture.md). Streams of one kind folded into states and kept as snapshots
 * ({@link org.schooljournal.core.log.FoldedStreams}); the hash chain of every stream
 * ({@link org.schooljournal.core.log.HashChain}, ARC-4); the codec of every stored event type
 * under its explicit, versioned name, with upcasts of older versions
 * ({@link org.schooljournal.core.log.EventCodec}, {@link org.schooljournal.core.log.EventFamily};
 * docs/event-log.md); the streams' names ({@link org.schooljournal.core.log.SchoolStreams}); and
 * the one decide-and-append loop of school, journal and diary streams
 * ({@link org.schooljournal.core.log.StreamWriter}).
 */
package org.schooljournal.core.log;
