-- Per-school positions: db-migration/postgresql/V2__per_school_positions.sql (read its header),
-- in H2's forms.

ALTER TABLE journal_event DROP CONSTRAINT journal_event_stream_fk;
ALTER TABLE journal_event DROP CONSTRAINT journal_event_pk;
ALTER TABLE journal_event DROP CONSTRAINT journal_event_position_uk;
ALTER TABLE journal_event DROP CONSTRAINT journal_event_event_id_uk;
ALTER TABLE journal_stream DROP CONSTRAINT journal_stream_pk;

ALTER TABLE journal_event ALTER COLUMN global_position RENAME TO school_position;

ALTER TABLE journal_stream ADD CONSTRAINT journal_stream_pk PRIMARY KEY (school_key, stream_id);
ALTER TABLE journal_event ADD CONSTRAINT journal_event_pk PRIMARY KEY (school_key, stream_id, sequence);
ALTER TABLE journal_event ADD CONSTRAINT journal_event_position_uk UNIQUE (school_key, school_position);
ALTER TABLE journal_event ADD CONSTRAINT journal_event_event_id_uk UNIQUE (school_key, stream_id, event_id);
ALTER TABLE journal_event ADD CONSTRAINT journal_event_stream_fk FOREIGN KEY (school_key, stream_id)
    REFERENCES journal_stream (school_key, stream_id);

CREATE TABLE journal_school (
    school_key    VARCHAR(500) NOT NULL,
    last_position BIGINT       NOT NULL,
    CONSTRAINT journal_school_pk PRIMARY KEY (school_key),
    CONSTRAINT journal_school_school_key_ck CHECK (POSITION('/' IN school_key) = 0),
    CONSTRAINT journal_school_position_ck CHECK (last_position >= 0)
);

INSERT INTO journal_school (school_key, last_position)
SELECT s.school_key, p.last_position
FROM (SELECT DISTINCT school_key FROM journal_stream) s CROSS JOIN journal_position p;

DROP TABLE journal_position;
