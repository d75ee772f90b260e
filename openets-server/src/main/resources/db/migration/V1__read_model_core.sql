-- The read model's core tables. One script for H2 (PostgreSQL mode) and PostgreSQL: no ON CONFLICT (col),
-- no RETURNING; upserts are MERGE statements issued by the projector.

-- How far the read model has got: the last journal sequence projected and its timestamp. Exactly one row.
CREATE TABLE projection_position (
    id                    SMALLINT PRIMARY KEY,
    last_sequence         BIGINT   NOT NULL,
    last_timestamp_millis BIGINT   NOT NULL,
    CONSTRAINT projection_position_one_row CHECK (id = 1)
);
INSERT INTO projection_position (id, last_sequence, last_timestamp_millis) VALUES (1, 0, 0);

-- Every event of every journaled command, in journal order, as JSON.
CREATE TABLE journal_events (
    sequence         BIGINT       NOT NULL,
    event_index      INTEGER      NOT NULL,
    event_code       INTEGER      NOT NULL,
    event_type       VARCHAR(120) NOT NULL,
    actor_id         VARCHAR(200) NOT NULL,
    timestamp_millis BIGINT       NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    event            JSONB        NOT NULL,
    PRIMARY KEY (sequence, event_index)
);
CREATE INDEX journal_events_by_type ON journal_events (event_type, sequence);
CREATE INDEX journal_events_by_actor ON journal_events (actor_id, sequence);

-- Balances: the sum of every movement of every event, per account, unit type and position, in tonnes.
-- A row whose quantity returns to 0 stays (the account once held that unit); readers treat a missing row as 0.
CREATE TABLE holdings (
    account_id      VARCHAR(100) NOT NULL,
    unit            VARCHAR(100) NOT NULL,
    position        VARCHAR(20)  NOT NULL,
    quantity_tonnes BIGINT       NOT NULL,
    PRIMARY KEY (account_id, unit, position)
);
