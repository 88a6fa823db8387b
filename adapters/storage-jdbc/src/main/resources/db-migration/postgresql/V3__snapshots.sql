-- Snapshots of folded streams (issue 13, "Bounded memory"): per stream, the latest snapshot the
-- engine wrote — the stream's state at a version, in the engine's format, with the hash of the
-- stream's envelope at that version. A snapshot is a cache, never a record: the engine uses it only
-- if that envelope has that hash and the format is its own, and folds the events otherwise; rows may
-- be deleted at any time. The key starts with the school, so that a distributed database keeps a
-- school's snapshots on its shard (co-located with journal_event). No foreign key: a snapshot
-- outlives nothing, and a purge deletes it with its stream.

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
);
