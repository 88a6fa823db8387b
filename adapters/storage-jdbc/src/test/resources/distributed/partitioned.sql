-- The store's schema (issue 13's V2: per-school positions) with its tables partitioned by HASH
-- (school_key) into 4 partitions each, as an administrator would create it on plain PostgreSQL: the
-- store opens over it with migrate=false. Same columns, keys and checks as db-migration/postgresql;
-- every key includes school_key, so PostgreSQL enforces each key on the parent (it requires the
-- partition key in every unique key of a partitioned table), and a statement naming school_key = ?
-- is planned against one partition (PartitionedEventStoreTest reads the plans).
-- Runs in the current schema (search_path).

CREATE TABLE journal_stream (
    school_key VARCHAR(500) COLLATE "C" NOT NULL,
    stream_id  VARCHAR(500) COLLATE "C" NOT NULL,
    CONSTRAINT journal_stream_pk PRIMARY KEY (school_key, stream_id),
    CONSTRAINT journal_stream_school_key_ck CHECK (
        POSITION('/' IN school_key) = 0
        AND (stream_id = school_key
             OR SUBSTRING(stream_id FROM 1 FOR CHAR_LENGTH(school_key) + 1) = school_key || '/'))
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
) PARTITION BY HASH (school_key);

CREATE TABLE journal_school (
    school_key    VARCHAR(500) COLLATE "C" NOT NULL,
    last_position BIGINT                   NOT NULL,
    CONSTRAINT journal_school_pk PRIMARY KEY (school_key),
    CONSTRAINT journal_school_school_key_ck CHECK (POSITION('/' IN school_key) = 0),
    CONSTRAINT journal_school_position_ck CHECK (last_position >= 0)
) PARTITION BY HASH (school_key);

CREATE TABLE journal_stream_p0 PARTITION OF journal_stream FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE journal_stream_p1 PARTITION OF journal_stream FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE journal_stream_p2 PARTITION OF journal_stream FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE journal_stream_p3 PARTITION OF journal_stream FOR VALUES WITH (MODULUS 4, REMAINDER 3);

CREATE TABLE journal_event_p0 PARTITION OF journal_event FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE journal_event_p1 PARTITION OF journal_event FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE journal_event_p2 PARTITION OF journal_event FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE journal_event_p3 PARTITION OF journal_event FOR VALUES WITH (MODULUS 4, REMAINDER 3);

CREATE TABLE journal_school_p0 PARTITION OF journal_school FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE journal_school_p1 PARTITION OF journal_school FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE journal_school_p2 PARTITION OF journal_school FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE journal_school_p3 PARTITION OF journal_school FOR VALUES WITH (MODULUS 4, REMAINDER 3);

-- The snapshots of folded streams (V3), partitioned like the rest.
CREATE TABLE journal_snapshot (
    school_key VARCHAR(500) COLLATE "C"    NOT NULL,
    stream_id  VARCHAR(500) COLLATE "C"    NOT NULL,
    version    BIGINT                      NOT NULL,
    last_hash  TEXT                        NOT NULL,
    format     INTEGER                     NOT NULL,
    state      BYTEA                       NOT NULL,
    written_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT journal_snapshot_pk PRIMARY KEY (school_key, stream_id),
    CONSTRAINT journal_snapshot_version_ck CHECK (version >= 1),
    CONSTRAINT journal_snapshot_format_ck CHECK (format >= 1)
) PARTITION BY HASH (school_key);

CREATE TABLE journal_snapshot_p0 PARTITION OF journal_snapshot FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE journal_snapshot_p1 PARTITION OF journal_snapshot FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE journal_snapshot_p2 PARTITION OF journal_snapshot FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE journal_snapshot_p3 PARTITION OF journal_snapshot FOR VALUES WITH (MODULUS 4, REMAINDER 3);
