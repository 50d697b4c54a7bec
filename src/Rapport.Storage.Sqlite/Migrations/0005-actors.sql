-- The actor registry, the analysts' decisions about actor identity, and outlet grades.
-- actor_mentions is written with each document's facts, in the same transaction: each actor key the facts name,
-- with each name the document writes it with.
CREATE TABLE actor_mentions (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    actor_key   TEXT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT,
    affiliation TEXT,
    PRIMARY KEY (document_id, actor_key, name)
) WITHOUT ROWID;

CREATE INDEX actor_mentions_by_key ON actor_mentions (actor_key);

-- Append-only: the current identity of actors is derived from the whole log (the last decision about a pair wins),
-- so that every decision can be undone by a later one and the history of who decided what is never lost.
CREATE TABLE actor_decisions (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'distinct')),
    actor_a    TEXT NOT NULL,
    actor_b    TEXT NOT NULL,
    who        TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    why        TEXT,
    CHECK (actor_a <> actor_b)
);

CREATE TRIGGER actor_decisions_no_update BEFORE UPDATE ON actor_decisions BEGIN
    SELECT RAISE(ABORT, 'the actor decision log is append-only');
END;

CREATE TRIGGER actor_decisions_no_delete BEFORE DELETE ON actor_decisions BEGIN
    SELECT RAISE(ABORT, 'the actor decision log is append-only');
END;

CREATE TABLE outlet_grades (
    outlet_key TEXT NOT NULL PRIMARY KEY,
    outlet     TEXT NOT NULL,
    grade      TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
    who        TEXT NOT NULL,
    graded_at  TEXT NOT NULL
);
