-- Snapshots of folded streams: the table of db-migration/postgresql/V3__snapshots.sql (read its
-- header), in H2's types.

CREATE TABLE journal_snapshot (
    school_key VARCHAR(500)                NOT NULL,
    stream_id  VARCHAR(500)                NOT NULL,
    version    BIGINT                      NOT NULL,
    last_hash  VARCHAR                     NOT NULL,
    format     INTEGER                     NOT NULL,
    state      VARBINARY                   NOT NULL,
    written_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT journal_snapshot_pk PRIMARY KEY (school_key, stream_id),
    CONSTRAINT journal_snapshot_version_ck CHECK (version >= 1),
    CONSTRAINT journal_snapshot_format_ck CHECK (format >= 1)
);
