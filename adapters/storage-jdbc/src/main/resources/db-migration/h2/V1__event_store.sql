-- School Journal's event store in an embedded H2 database: the tables, keys and checks of
-- db/migration/postgresql/V1__event_store.sql (read its header), in H2's types:
--   * VARCHAR without a length for text, VARBINARY for payloads (up to 1 000 000 000 bytes);
--   * no collation clause: H2 compares text as Java's String does.
-- The primary key (stream_id, sequence) enforces a stream's expected version; the one-row counter
-- journal_position orders the appends that assign global positions.

CREATE TABLE journal_stream (
    stream_id  VARCHAR(500) NOT NULL,
    school_key VARCHAR(500) NOT NULL,
    CONSTRAINT journal_stream_pk PRIMARY KEY (stream_id),
    CONSTRAINT journal_stream_school_key_ck CHECK (
        POSITION('/' IN school_key) = 0
        AND (stream_id = school_key
             OR SUBSTRING(stream_id FROM 1 FOR CHAR_LENGTH(school_key) + 1) = school_key || '/'))
);

CREATE TABLE journal_event (
    global_position BIGINT                      NOT NULL,
    stream_id       VARCHAR(500)                NOT NULL,
    school_key      VARCHAR(500)                NOT NULL,
    sequence        BIGINT                      NOT NULL,
    event_id        UUID                        NOT NULL,
    event_type      VARCHAR                     NOT NULL,
    schema_version  INTEGER                     NOT NULL,
    payload         VARBINARY                   NOT NULL,
    actor           VARCHAR                     NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    previous_hash   VARCHAR                     NOT NULL,
    hash            VARCHAR                     NOT NULL,
    hash_algorithm  VARCHAR                     NOT NULL,
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
