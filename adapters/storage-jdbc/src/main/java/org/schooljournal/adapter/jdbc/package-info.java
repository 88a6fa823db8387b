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
 * baselined at version 0 first), unless the store is opened with {@code migrate=false} over a
 * schema someone else made (a distributed or partitioned one). Four tables, every key of which
 * leads with the school:
 * <ul>
 *   <li>{@code journal_event}, the envelopes: school position, stream id, school key, sequence,
 *       event id, type, schema version, payload ({@code BYTEA}; H2 {@code VARBINARY}), actor,
 *       {@code recorded_at} ({@code TIMESTAMP(6) WITH TIME ZONE}, written in UTC, to the microsecond
 *       the engine gives), previous hash, hash, hash algorithm. Primary key (school_key, stream_id,
 *       sequence); unique (school_key, school_position) and (school_key, stream_id, event_id);
 *       foreign key (school_key, stream_id) to {@code journal_stream}.</li>
 *   <li>{@code journal_stream}, one row per stream, key (school_key, stream_id), written with its
 *       first event: it lists the streams for {@code streamIds} without scanning events, and guards
 *       a stream's creation.</li>
 *   <li>{@code journal_school}, one row per school: the last position given in the school.</li>
 *   <li>{@code journal_snapshot} (migration 3), the latest snapshot of a folded stream, key
 *       (school_key, stream_id): a cache the engine may use or ignore, never a record
 *       ({@link org.schooljournal.spi.storage.SnapshotStore}).</li>
 * </ul>
 * Nothing is ever updated but a school's counter, nor deleted but a whole stream by a purge at the
 * end of its retention (ARC-1, ARC-2), which leaves the counter as it is. Migration 2
 * ({@code V2__per_school_positions.sql}) turned the store-wide counter of version 1 into these
 * per-school counters: existing envelopes keep their positions, and each school continues above the
 * old counter. Identifiers are {@code COLLATE "C"} on PostgreSQL; {@code streamIds} sorts in Java,
 * in {@link java.lang.String}'s order, as the kit requires, whatever the database's collation.
 *
 * <h2>The expected version is enforced by the database</h2>
 * An append inserts its first event at the sequence after the expected version only if its stream
 * holds the sequence before it ({@code INSERT … SELECT … WHERE EXISTS}: a future version inserts
 * nothing), and its other events plainly after it in the same transaction (a class's roll call of
 * 24 events: plain inserts cost a third less), and the primary key — with {@code journal_stream}'s
 * for a new stream — refuses a sequence another append took: a unique violation (SQL state 23505).
 * Only then does the store read the stream's version, and answers with the stored envelopes of a
 * repeat (the stream holds these event ids at exactly these sequences), a {@code
 * ConcurrencyConflictException}, or the refusal of an event id stored at an earlier sequence. A
 * successful append reads nothing: no {@code SELECT MAX(sequence)}, no catch-up. All of an append
 * is in one transaction: all or nothing.
 *
 * <h2>Positions: one counter per school, and group commit</h2>
 * A reader that follows a school with {@code readSchool} must never later see an envelope below a
 * position it has read. Positions drawn from an identity or sequence are taken before commit, and
 * transactions commit in any order, so a reader could read 11 while 10 is still uncommitted, and
 * miss 10 for ever. An append therefore advances its school's counter row ({@code UPDATE
 * journal_school SET last_position = last_position + n WHERE school_key = ? RETURNING
 * last_position}; H2: {@code SELECT … FROM FINAL TABLE (UPDATE …)}; a new school's row is
 * inserted) and takes its positions from it, in the same transaction: the row lock it holds until
 * commit makes the appends of one school commit one at a time, in the order of their positions, so
 * what a reader of the school sees is always a prefix of its order. A rolled-back append gives its
 * positions back; a purge leaves a gap. Schools never wait for each other: there is no store-wide
 * row.
 *
 * <p>The commit's flush to disk is what bounds a durable store's rate, so the store shares it:
 * appends go through one writer per store ({@code GroupCommit}), which takes every append waiting
 * when it is free — of all threads, streams and schools, one per stream — and stores them in one
 * transaction: the counters of their schools advanced in school-key order (two transactions never
 * wait for each other crosswise), the new streams, one JDBC batch of event inserts, one commit. It
 * never waits for a batch to fill, so a lone append costs what it did; appends that arrive during a
 * commit make up the next. If the database refuses the transaction (a conflict, a repeat, a bad
 * event id), it is rolled back and each of its appends is made alone, so that each caller gets its
 * own answer; deadlocks and serialization failures repeat it. Every caller returns only after the
 * commit that holds its append.
 * On H2 the transactions of one database also take a lock in the JVM ({@code Dialect#appendLock}):
 * H2 2.4 loses counter updates when a transaction rolls back its update while another waits for
 * the row. An H2 file is open in one JVM only, and H2 writes one commit at a time anyway.
 *
 * <h2>Distributed SQL: the school is the shard key</h2>
 * The engine's stream ids start with the school ({@code school-<id>}, journals under
 * {@code school-<id>/…}), and every invariant lives inside one school (DESIGN.md, principle 8).
 * So each row carries {@code school_key}, the stream id up to its first {@code /}
 * ({@code SchoolKey.of}), which the database checks against the stream id; every key includes it,
 * and every statement about a stream or a school names it ({@code WHERE school_key = ?}): it is
 * the distribution column of a sharded deployment, and each such statement goes to one shard. On
 * Citus, {@code create_distributed_table} on {@code school_key} for the three tables, co-located;
 * on YugabyteDB, {@code school_key} in the hash part of the keys. Nothing orders by a sequence
 * object, there is no store-wide hot row, and a transaction of several schools locks their
 * counters in key order. A stream listing whose prefix names a school ({@code school-1/…}) searches
 * that school only. The statements use {@code UPDATE … RETURNING} and {@code INSERT … ON CONFLICT
 * DO NOTHING} (PostgreSQL, Citus and YugabyteDB all have them); serialization failures and
 * deadlocks (40001, 40P01) are retried. Neither Citus nor YugabyteDB has run the adapter here.
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
