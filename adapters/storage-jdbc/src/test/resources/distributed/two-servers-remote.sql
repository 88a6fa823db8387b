-- Server B's part of the store's schema spread over two PostgreSQL servers: plain tables that hold
-- the schools whose hash falls on B (two-servers-local.sql makes them partitions of server A's
-- tables through postgres_fdw). They keep the keys of the V2 schema themselves: PostgreSQL cannot
-- enforce a unique index on a partitioned table that has a foreign partition, so uniqueness lives
-- on each server's partition, and a school lives wholly on one server, so per-partition keys that
-- include school_key are the whole keys. Runs in the current schema (search_path).

CREATE TABLE journal_stream (
    school_key VARCHAR(500) COLLATE "C" NOT NULL,
    stream_id  VARCHAR(500) COLLATE "C" NOT NULL,
    CONSTRAINT journal_stream_pk PRIMARY KEY (school_key, stream_id),
    CONSTRAINT journal_stream_school_key_ck CHECK (
        POSITION('/' IN school_key) = 0
        AND (stream_id = school_key
             OR SUBSTRING(stream_id FROM 1 FOR CHAR_LENGTH(school_key) + 1) = school_key || '/'))
);

CREATE TABLE journal_event (
    school_position BIGINT                      NOT NULL,
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
    CONSTRAINT journal_event_pk PRIMARY KEY (school_key, stream_id, sequence),
    CONSTRAINT journal_event_position_uk UNIQUE (school_key, school_position),
    CONSTRAINT journal_event_event_id_uk UNIQUE (school_key, stream_id, event_id),
    CONSTRAINT journal_event_stream_fk FOREIGN KEY (school_key, stream_id)
        REFERENCES journal_stream (school_key, stream_id),
    CONSTRAINT journal_event_school_key_ck CHECK (
        POSITION('/' IN school_key) = 0
        AND (stream_id = school_key
             OR SUBSTRING(stream_id FROM 1 FOR CHAR_LENGTH(school_key) + 1) = school_key || '/')),
    CONSTRAINT journal_event_sequence_ck CHECK (sequence >= 1),
    CONSTRAINT journal_event_position_ck CHECK (school_position >= 1),
    CONSTRAINT journal_event_schema_version_ck CHECK (schema_version >= 1)
);

CREATE TABLE journal_school (
    school_key    VARCHAR(500) COLLATE "C" NOT NULL,
    last_position BIGINT                   NOT NULL,
    CONSTRAINT journal_school_pk PRIMARY KEY (school_key),
    CONSTRAINT journal_school_school_key_ck CHECK (POSITION('/' IN school_key) = 0),
    CONSTRAINT journal_school_position_ck CHECK (last_position >= 0)
);

CREATE TABLE journal_snapshot (
    school_key VARCHAR(500) COLLATE "C"    NOT NULL,
    stream_id  VARCHAR(500) COLLATE "C"    NOT NULL,
    version    BIGINT                      NOT NULL,
    last_hash  TEXT                        NOT NULL,
    format     INTEGER                     NOT NULL,
    state      BYTEA                       NOT NULL,
    written_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT journal_snapshot_pk PRIMARY KEY (school_key, stream_id)
);
