/**
 * The JDBC storage adapter: the durable store of the storage port (DESIGN.md, principles 2 and 8),
 * in PostgreSQL — and, unchanged, in PostgreSQL-compatible distributed SQL — or in an embedded H2
 * file. {@link org.schooljournal.adapter.jdbc.JdbcEventStoreProvider} (id {@code jdbc}, the default
 * priority, so discovery prefers it to the in-memory store) opens a HikariCP pool from the settings
 * {@code url}, {@code user}, {@code password}, {@code poolSize};
 * {@link org.schooljournal.adapter.jdbc.JdbcEventStore#of(javax.sql.DataSource)} runs over a host's
 * own pool. It passes {@code EventStoreContract} of adapters/tck on both databases.
 *
 * <h2>Schema</h2>
 * Flyway migrations in {@code db-migration/postgresql} and {@code db-migration/h2}, applied when a
 * store opens, with their history in {@code journal_schema_history} (not Flyway's default table, so
 * that the store can live in a schema whose host application uses Flyway too; a non-empty schema is
 * baselined at version 0 first). Three tables:
 * <ul>
 *   <li>{@code journal_event}, the envelopes: global position, stream id, school key, sequence,
 *       event id, type, schema version, payload ({@code BYTEA}; H2 {@code VARBINARY}), actor,
 *       {@code recorded_at} ({@code TIMESTAMP(6) WITH TIME ZONE}, written in UTC, to the microsecond
 *       the engine gives), previous hash, hash, hash algorithm. Primary key (stream_id, sequence);
 *       unique (global_position) and (stream_id, event_id).</li>
 *   <li>{@code journal_stream}, one row per stream, written with its first event: it lists the
 *       streams for {@code streamIds} without scanning events, and guards a stream's creation.</li>
 *   <li>{@code journal_position}, one row: the last global position given.</li>
 * </ul>
 * Nothing is ever updated but the counter, nor deleted but a whole stream by a purge at the end of
 * its retention (ARC-1, ARC-2), which leaves the counter as it is. Identifiers are {@code COLLATE "C"} on
 * PostgreSQL so that a prefix search uses the key's index; {@code streamIds} sorts in Java, in
 * {@link java.lang.String}'s order, as the kit requires, whatever the database's collation.
 *
 * <h2>The expected version is enforced by the database</h2>
 * An append reads the stream's version in its transaction. If it is not the expected one, the
 * append is a repeat (the stream holds these event ids at exactly these sequences: the stored
 * envelopes are returned) or a conflict. Otherwise it inserts the events at the next sequences, and
 * the primary key (stream_id, sequence) — with {@code journal_stream}'s for a new stream — refuses
 * the second of two racing appends: a unique violation (SQL state 23505), after which the append
 * looks again and answers with the repeat or the {@code ConcurrencyConflictException}. The version
 * read never decides alone, so there is no read-then-write race; a future expected version is
 * caught by the read, since a stream's rows from 1 to its version never go away. All of an append
 * is one transaction: all or nothing.
 *
 * <h2>Global positions: a one-row counter, and what it costs</h2>
 * A reader that follows {@code readAll} must never later see an envelope below a position it has
 * read. Positions drawn from an identity or sequence are taken before commit, and transactions
 * commit in any order, so a reader could read 11 while 10 is still uncommitted, and miss 10 for
 * ever. The append therefore advances the counter row ({@code UPDATE journal_position SET
 * last_position = last_position + n}) and takes its positions from it, in the same transaction: the
 * row lock it holds until commit makes appends that assign positions commit one at a time, in the
 * order of their positions, so what a reader sees is always a prefix of the global order. Positions
 * have no gaps either: a rolled-back append gives its positions back.
 *
 * <p>Chosen over a transaction-level advisory lock ({@code pg_advisory_xact_lock}), which orders
 * the same way but is PostgreSQL's alone: H2 has none, and distributed databases keep them per node
 * or lack them. The counter is plain SQL on every database the adapter targets. Its price is the
 * same as the lock's: appends that assign positions wait for each other from the counter update to
 * their commit, which includes the commit's flush to disk, so their rate is bounded by the disk's
 * flush rate: on the 2-core CI machine, fsync on, about 350 single-event appends a second, from
 * one thread as from eight; a server's NVMe disk flushes many times faster. A region's busiest
 * minutes (every teacher of ~300 schools entering a lesson's marks at once) are estimated at tens a
 * second.
 * On H2 the appends of one database also take a lock in the JVM around their transaction
 * ({@code Dialect#appendLock}): H2 2.4 loses counter updates when an append rolls back its update
 * while another waits for the row (a regression test in JdbcEventStoreTest reproduces it without
 * the lock). An H2 file is open in one JVM only, and H2 writes one commit at a time anyway.
 * To keep the rest concurrent, everything else happens before the counter: the version check,
 * the stream's creation, the repeat and conflict answers; a refused append never touches it, and
 * reads never wait for it. A higher rate would need readers to hold back past in-flight
 * transactions (PostgreSQL's transaction ids and snapshots, as some event stores do), which is not
 * portable; or a global order per school, which the port does not have (see below).
 *
 * <h2>Distributed SQL: the school is the shard key</h2>
 * The engine's stream ids start with the school ({@code school-<id>}, journals under
 * {@code school-<id>/…}), and every invariant lives inside one school (DESIGN.md, principle 8).
 * So each row carries {@code school_key}, the stream id up to its first {@code /}, which the
 * database checks against the stream id, and every statement about one stream names it
 * ({@code WHERE school_key = ? AND stream_id = ?}): it is the distribution column of a sharded
 * deployment, and each such statement goes to one shard. Citus
 * ({@code create_distributed_table('journal_event', 'school_key')}, co-located with
 * {@code journal_stream}) wants the column in each unique key as well, and YugabyteDB in the hash
 * part of the primary key: a schema variant of its own, which changes no uniqueness (the school key
 * follows from the stream id) and no statement. The statements are plain SQL — no
 * {@code RETURNING}, {@code ON CONFLICT}, advisory locks or system columns — and serialization
 * failures and deadlocks (40001, 40P01) are retried. The one global point is the position counter:
 * a reference table on Citus, a hot row on YugabyteDB (run at READ COMMITTED, so that appends wait
 * for it rather than fail). Neither database has run the adapter yet.
 *
 * <p>Deploying on Citus, YugabyteDB or PostgreSQL partitioned by school, and what was tested: docs/distributed.md.
 *
 * <h2>Durability</h2>
 * An append returns after its commit. PostgreSQL with its defaults ({@code fsync},
 * {@code synchronous_commit} on) keeps an acknowledged append through a crash of the server or a
 * power cut. H2 keeps it through a killed process only with {@code WRITE_DELAY=0} — by default it
 * writes commits up to 500 ms later — so the provider adds {@code ;WRITE_DELAY=0} to an H2 URL that
 * does not set it, and a store refuses an H2 file database that delays writes. H2 does not force
 * its file to disk at each commit: an operating-system crash or a power cut may lose the last
 * commits. The crash test kills appending processes (and the PostgreSQL server) to show this; it
 * also found that H2 2.3.232 can be left unable to open its file after a killed process, which is
 * why the module takes H2 2.4.240. H2 suits a single school's server or a trial; a region's journal
 * belongs in PostgreSQL.
 *
 * <h2>Why H2 as the embedded database, not SQLite</h2>
 * H2 is pure Java, one jar from Maven Central with no native library to match to the platform;
 * it has real MVCC transactions with row locks, enforced unique and foreign keys and check
 * constraints, and the SQL types the PostgreSQL schema uses (UUID, TIMESTAMP WITH TIME ZONE,
 * binary strings up to a gigabyte), so one set of statements serves both. SQLite needs a native
 * library through JNI, allows one writer per file, and has no UUID or time-zone types.
 *
 * <h2>What the store refuses, beyond the port's checks</h2>
 * It returns every field exactly or stores nothing, so it refuses with an
 * {@link java.lang.IllegalArgumentException}, naming the field: a stream id longer than
 * {@value org.schooljournal.adapter.jdbc.JdbcEventStore#MAX_STREAM_ID_LENGTH} chars; text with
 * NUL (PostgreSQL cannot store it) or half of a surrogate pair (UTF-8 cannot encode it, and the
 * driver would replace it); a recording time finer than a microsecond (the database would round
 * it, and the hash chain would break); two events with one id in a batch, or an event id already
 * in the stream at an earlier sequence.
 *
 * <h2>Secrets</h2>
 * The password is passed to the pool only. Messages and {@code toString()} show URLs with the
 * values of {@code password=}-like parameters and of {@code user:password@} masked.
 */
package org.schooljournal.adapter.jdbc;
