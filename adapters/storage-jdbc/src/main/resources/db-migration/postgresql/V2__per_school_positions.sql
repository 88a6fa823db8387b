-- Per-school positions (issue 13): the store-wide counter goes, every key includes the school.
--   * journal_event.global_position becomes school_position: an envelope's place in its school's
--     order. Existing rows keep their positions: unique in the whole store, hence in each school.
--   * Every unique key and the foreign key lead with school_key, so that a database sharded by
--     school (Citus, YugabyteDB, partitions by school_key) enforces them within one shard.
--   * journal_school holds each school's counter, the last position given in the school. An append
--     takes its positions from its school's row in its own transaction, so that the appends of one
--     school commit in the order of their positions, and appends of different schools never wait
--     for each other. The one-row journal_position goes.
--   * Each school present starts from the old store-wide counter, not from its own highest
--     position: a purged stream may have held a school's highest positions, and positions are never
--     given again in a school. Positions of different schools are unrelated, so the shared start
--     costs nothing but larger numbers.

ALTER TABLE journal_event DROP CONSTRAINT journal_event_stream_fk;
ALTER TABLE journal_event DROP CONSTRAINT journal_event_pk;
ALTER TABLE journal_event DROP CONSTRAINT journal_event_position_uk;
ALTER TABLE journal_event DROP CONSTRAINT journal_event_event_id_uk;
ALTER TABLE journal_stream DROP CONSTRAINT journal_stream_pk;

ALTER TABLE journal_event RENAME COLUMN global_position TO school_position;

ALTER TABLE journal_stream ADD CONSTRAINT journal_stream_pk PRIMARY KEY (school_key, stream_id);
ALTER TABLE journal_event ADD CONSTRAINT journal_event_pk PRIMARY KEY (school_key, stream_id, sequence);
ALTER TABLE journal_event ADD CONSTRAINT journal_event_position_uk UNIQUE (school_key, school_position);
ALTER TABLE journal_event ADD CONSTRAINT journal_event_event_id_uk UNIQUE (school_key, stream_id, event_id);
ALTER TABLE journal_event ADD CONSTRAINT journal_event_stream_fk FOREIGN KEY (school_key, stream_id)
    REFERENCES journal_stream (school_key, stream_id);

CREATE TABLE journal_school (
    school_key    VARCHAR(500) COLLATE "C" NOT NULL,
    last_position BIGINT                   NOT NULL,
    CONSTRAINT journal_school_pk PRIMARY KEY (school_key),
    CONSTRAINT journal_school_school_key_ck CHECK (POSITION('/' IN school_key) = 0),
    CONSTRAINT journal_school_position_ck CHECK (last_position >= 0)
);

INSERT INTO journal_school (school_key, last_position)
SELECT s.school_key, p.last_position
FROM (SELECT DISTINCT school_key FROM journal_stream) s CROSS JOIN journal_position p;

DROP TABLE journal_position;
