-- Server A's part of the store's schema spread over two PostgreSQL servers: the store's tables,
-- partitioned by HASH (school_key) into two partitions, remainder 0 a table on A and remainder 1 a
-- FOREIGN TABLE on server B (postgres_fdw, the server ${server}; B's tables come from
-- two-servers-remote.sql in B's schema ${remote_schema}). The store opens over it on A with
-- migrate=false.
--
-- PostgreSQL cannot enforce a unique index on a partitioned table that has a foreign partition
-- ("cannot create unique index on partitioned table … contains partitions that are foreign
-- tables"), nor a foreign key that references one. So the parents here have no keys: each server's
-- partition has its own primary and unique keys and its own foreign key, A's below and B's in
-- two-servers-remote.sql. Since every key includes school_key and a school lives wholly in one
-- partition, the partitions' keys together are the keys of the whole. Runs in the current schema.

CREATE TABLE journal_stream (
    school_key VARCHAR(500) COLLATE "C" NOT NULL,
    stream_id  VARCHAR(500) COLLATE "C" NOT NULL
) PARTITION BY HASH (school_key);

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
    hash_algorithm  TEXT                        NOT NULL
) PARTITION BY HASH (school_key);

CREATE TABLE journal_school (
    school_key    VARCHAR(500) COLLATE "C" NOT NULL,
    last_position BIGINT                   NOT NULL
) PARTITION BY HASH (school_key);

-- Remainder 0: on server A, with the keys of the V2 schema.
CREATE TABLE journal_stream_local PARTITION OF journal_stream (
    CONSTRAINT journal_stream_local_pk PRIMARY KEY (school_key, stream_id),
    CONSTRAINT journal_stream_local_school_key_ck CHECK (
        POSITION('/' IN school_key) = 0
        AND (stream_id = school_key
             OR SUBSTRING(stream_id FROM 1 FOR CHAR_LENGTH(school_key) + 1) = school_key || '/'))
) FOR VALUES WITH (MODULUS 2, REMAINDER 0);

CREATE TABLE journal_event_local PARTITION OF journal_event (
    CONSTRAINT journal_event_local_pk PRIMARY KEY (school_key, stream_id, sequence),
    CONSTRAINT journal_event_local_position_uk UNIQUE (school_key, school_position),
    CONSTRAINT journal_event_local_event_id_uk UNIQUE (school_key, stream_id, event_id),
    CONSTRAINT journal_event_local_stream_fk FOREIGN KEY (school_key, stream_id)
        REFERENCES journal_stream_local (school_key, stream_id),
    CONSTRAINT journal_event_local_school_key_ck CHECK (
        POSITION('/' IN school_key) = 0
        AND (stream_id = school_key
             OR SUBSTRING(stream_id FROM 1 FOR CHAR_LENGTH(school_key) + 1) = school_key || '/')),
    CONSTRAINT journal_event_local_sequence_ck CHECK (sequence >= 1),
    CONSTRAINT journal_event_local_position_ck CHECK (school_position >= 1),
    CONSTRAINT journal_event_local_schema_version_ck CHECK (schema_version >= 1)
) FOR VALUES WITH (MODULUS 2, REMAINDER 0);

CREATE TABLE journal_school_local PARTITION OF journal_school (
    CONSTRAINT journal_school_local_pk PRIMARY KEY (school_key),
    CONSTRAINT journal_school_local_school_key_ck CHECK (POSITION('/' IN school_key) = 0),
    CONSTRAINT journal_school_local_position_ck CHECK (last_position >= 0)
) FOR VALUES WITH (MODULUS 2, REMAINDER 0);

-- Remainder 1: on server B; B's tables enforce their keys.
CREATE FOREIGN TABLE journal_stream_remote PARTITION OF journal_stream
    FOR VALUES WITH (MODULUS 2, REMAINDER 1)
    SERVER ${server} OPTIONS (schema_name '${remote_schema}', table_name 'journal_stream');

CREATE FOREIGN TABLE journal_event_remote PARTITION OF journal_event
    FOR VALUES WITH (MODULUS 2, REMAINDER 1)
    SERVER ${server} OPTIONS (schema_name '${remote_schema}', table_name 'journal_event');

CREATE FOREIGN TABLE journal_school_remote PARTITION OF journal_school
    FOR VALUES WITH (MODULUS 2, REMAINDER 1)
    SERVER ${server} OPTIONS (schema_name '${remote_schema}', table_name 'journal_school');

-- The snapshots of folded streams (V3): a local partition with its key, a remote one on B.
CREATE TABLE journal_snapshot (
    school_key VARCHAR(500) COLLATE "C"    NOT NULL,
    stream_id  VARCHAR(500) COLLATE "C"    NOT NULL,
    version    BIGINT                      NOT NULL,
    last_hash  TEXT                        NOT NULL,
    format     INTEGER                     NOT NULL,
    state      BYTEA                       NOT NULL,
    written_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
) PARTITION BY HASH (school_key);

CREATE TABLE journal_snapshot_local PARTITION OF journal_snapshot (
    CONSTRAINT journal_snapshot_local_pk PRIMARY KEY (school_key, stream_id)
) FOR VALUES WITH (MODULUS 2, REMAINDER 0);

CREATE FOREIGN TABLE journal_snapshot_remote PARTITION OF journal_snapshot
    FOR VALUES WITH (MODULUS 2, REMAINDER 1)
    SERVER ${server} OPTIONS (schema_name '${remote_schema}', table_name 'journal_snapshot');
