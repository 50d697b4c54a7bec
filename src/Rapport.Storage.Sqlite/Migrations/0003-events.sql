-- Coded events: Rapport's own facts and imported event data on one CAMEO scale. event_months keeps running
-- monthly totals per actor pair and quad class, inside the same transaction as each insert, so that a dyad's
-- series is read from a few thousand cells rather than from millions of events.
CREATE TABLE events (
    seq          INTEGER PRIMARY KEY,
    origin       TEXT    NOT NULL,
    record_id    TEXT    NOT NULL,
    date         TEXT,
    month        TEXT,
    source_actor TEXT,
    source_name  TEXT,
    target_actor TEXT,
    target_name  TEXT,
    cameo        TEXT    NOT NULL,
    quad         INTEGER NOT NULL CHECK (quad BETWEEN 1 AND 4),
    goldstein    REAL    NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
    reference    TEXT,
    document_id  TEXT    REFERENCES documents (id) ON DELETE CASCADE,
    UNIQUE (origin, record_id)
);

CREATE INDEX events_by_document ON events (document_id) WHERE document_id IS NOT NULL;

CREATE TABLE event_months (
    source_actor  TEXT    NOT NULL,
    target_actor  TEXT    NOT NULL,
    month         TEXT    NOT NULL,
    quad          INTEGER NOT NULL,
    events        INTEGER NOT NULL,
    goldstein_sum REAL    NOT NULL,
    PRIMARY KEY (source_actor, target_actor, month, quad)
) WITHOUT ROWID;

CREATE INDEX event_months_by_target ON event_months (target_actor, source_actor, month);

CREATE TRIGGER events_count_month AFTER INSERT ON events
WHEN new.month IS NOT NULL AND new.source_actor IS NOT NULL AND new.target_actor IS NOT NULL
BEGIN
    INSERT INTO event_months (source_actor, target_actor, month, quad, events, goldstein_sum)
    VALUES (new.source_actor, new.target_actor, new.month, new.quad, 1, new.goldstein)
    ON CONFLICT DO UPDATE SET events = events + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum;
END;

CREATE TRIGGER events_uncount_month AFTER DELETE ON events
WHEN old.month IS NOT NULL AND old.source_actor IS NOT NULL AND old.target_actor IS NOT NULL
BEGIN
    UPDATE event_months SET events = events - 1, goldstein_sum = goldstein_sum - old.goldstein
    WHERE source_actor = old.source_actor AND target_actor = old.target_actor AND month = old.month AND quad = old.quad;
    DELETE FROM event_months
    WHERE source_actor = old.source_actor AND target_actor = old.target_actor AND month = old.month AND quad = old.quad AND events = 0;
END;
