/**
 * JMH benchmarks of School Journal, each measured with its baseline in the same run
 * (docs/benchmarks.md has the command, the machine and the results).
 *
 * <ul>
 *   <li>{@link org.schooljournal.benchmarks.EngineBenchmark}: commands per second through
 *       {@code JournalEngine.execute} on the in-memory store, against appending pre-built
 *       {@code EventData} to the store alone.
 *   <li>{@link org.schooljournal.benchmarks.ChainBenchmark}: envelopes per second through
 *       {@code ChainVerifier.verify}, against plain SHA-256 over the same canonical bytes.
 *   <li>{@link org.schooljournal.benchmarks.Ratios}: reads JMH's JSON result file and prints each
 *       result with its ratio to its baseline and to its target.
 * </ul>
 *
 * <p>Decisions: the module is compiled by {@code mvn verify} but holds no tests and binds no
 * execution, so the benchmarks cannot rot and never run in the build. Schools are set up through
 * the engine's commands, as a vendor would ({@link org.schooljournal.benchmarks.BenchSchool}).
 * Every benchmark consumes what it computes with a {@code Blackhole}; its set-up checks that the
 * work it measures is the work intended (one event per command, a chain that verifies, canonical
 * bytes whose SHA-256 is the stored hash).
 */
package org.schooljournal.benchmarks;
