-- School Journal's event store on PostgreSQL and PostgreSQL-compatible databases (Citus, YugabyteDB).
-- The design is explained in the package-info of org.schooljournal.adapter.jdbc; in short:
--   * journal_event holds the envelopes. Its primary key (stream_id, sequence) is what enforces a
--     stream's expected version: two appends at one sequence cannot both commit.
--   * journal_stream lists the streams (streamIds) and guards a stream's creation the same way.
--   * journal_position is the one-row counter of global positions. An append advances it in its own
--     transaction, so appends that assign positions commit one at a time, in the order of their
--     positions, and a reader of the global order never later sees a position below one it has read.
--   * school_key is the stream id up to its first '/' ('school-42' of 'school-42/journal-5A-math'):
--     the school, the natural shard key of a distributed deployment (DESIGN.md, principle 8).
-- Identifiers use the "C" collation: byte order, so that a prefix search uses the index whatever the
-- database's collation; the store sorts stream ids in Java's String order itself.
-- Nothing here is ever updated or deleted, but the counter.

CREATE TABLE journal_stream (
    stream_id  VARCHAR(500) COLLATE "C" NOT NULL,
    school_key VARCHAR(500) COLLATE "C" NOT NULL,
    CONSTRAINT journal_stream_pk PRIMARY KEY (stream_id),
    CONSTRAINT journal_stream_school_key_ck CHECK (
        POSITION('/' IN school_key) = 0
        AND (stream_id = school_key
             OR SUBSTRING(stream_id FROM 1 FOR CHAR_LENGTH(school_key) + 1) = school_key || '/'))
);

CREATE TABLE journal_event (
    global_position BIGINT                      NOT NULL,
    stream_id       VARCHAR(500) COLLATE "C"    NOT NULL,
    school_key      VARCHAR(500) COLLATE "C"    NOT NULL,
    sequence        BIGINT                      NOT NULL,
    event_id        UUID                        NOT NULL,
    event_type      TEXT                        NOT NULL,
    schema_version  INTEGER                     NOT NULL,
    payload         BYTEA                       NOT NULL,
    actor           TEXT                        NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    previous_hash   TEXT                        NOT NULL,
    hash            TEXT                        NOT NULL,
    hash_algorithm  TEXT                        NOT NULL,
    CONSTRAINT journal_event_pk PRIMARY KEY (stream_id, sequence),
    CONSTRAINT journal_event_position_uk UNIQUE (global_position),
    CONSTRAINT journal_event_event_id_uk UNIQUE (stream_id, event_id),
    CONSTRAINT journal_event_stream_fk FOREIGN KEY (stream_id) REFERENCES journal_stream (stream_id),
    CONSTRAINT journal_event_school_key_ck CHECK (
        POSITION('/' IN school_key) = 0
        AND (stream_id = school_key
             OR SUBSTRING(stream_id FROM 1 FOR CHAR_LENGTH(school_key) + 1) = school_key || '/')),
    CONSTRAINT journal_event_sequence_ck CHECK (sequence >= 1),
    CONSTRAINT journal_event_position_ck CHECK (global_position >= 1),
    CONSTRAINT journal_event_schema_version_ck CHECK (schema_version >= 1)
);

CREATE TABLE journal_position (
    id            INTEGER NOT NULL,
    last_position BIGINT  NOT NULL,
    CONSTRAINT journal_position_pk PRIMARY KEY (id),
    CONSTRAINT journal_position_single_row_ck CHECK (id = 1)
);

INSERT INTO journal_position (id, last_position) VALUES (1, 0);
