-- The actor registry, the analysts' decisions about actor identity, and outlet grades.
-- actor_mentions is written with each document's facts, in the same transaction: each actor key the facts name,
-- with each name the document writes it with.
CREATE TABLE actor_mentions (
    document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    actor_key   text COLLATE "C" NOT NULL,
    name        text NOT NULL,
    kind        text,
    affiliation text,
    PRIMARY KEY (document_id, actor_key, name)
);

CREATE INDEX actor_mentions_by_key ON actor_mentions (actor_key);

-- Append-only: the current identity of actors is derived from the whole log (the last decision about a pair wins),
-- so that every decision can be undone by a later one and the history of who decided what is never lost.
CREATE TABLE actor_decisions (
    seq        bigserial PRIMARY KEY,
    kind       text NOT NULL CHECK (kind IN ('merge', 'split', 'distinct')),
    actor_a    text NOT NULL,
    actor_b    text NOT NULL,
    who        text NOT NULL,
    decided_at timestamptz NOT NULL,
    why        text,
    CHECK (actor_a <> actor_b)
);

CREATE FUNCTION actor_decisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the actor decision log is append-only';
END;
$$;

CREATE TRIGGER actor_decisions_no_change BEFORE UPDATE OR DELETE ON actor_decisions
FOR EACH ROW EXECUTE FUNCTION actor_decisions_append_only();

CREATE TABLE outlet_grades (
    outlet_key text NOT NULL PRIMARY KEY,
    outlet     text NOT NULL,
    grade      text NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
    who        text NOT NULL,
    graded_at  timestamptz NOT NULL
);
