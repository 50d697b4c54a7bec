-- Facts extracted from each document, stored with the document in the same transaction. The columns are what
-- queries filter on; payload is the fact in the extraction JSON contract (docs/extraction-json.md).
CREATE TABLE extraction_runs (
    document_id       TEXT NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    extractor_version TEXT NOT NULL,
    facts             INTEGER NOT NULL
);

CREATE TABLE facts (
    seq          INTEGER PRIMARY KEY,
    document_id  TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('actor', 'statement', 'meeting', 'support', 'assessment')),
    span_start   INTEGER NOT NULL CHECK (span_start >= 0),
    span_end     INTEGER NOT NULL CHECK (span_end >= span_start),
    rule         TEXT    NOT NULL,
    rule_version INTEGER NOT NULL,
    date         TEXT,
    date_first   TEXT,
    date_last    TEXT,
    subject      TEXT,
    object       TEXT,
    payload      TEXT    NOT NULL CHECK (json_valid(payload))
);

CREATE INDEX facts_by_document ON facts (document_id, span_start);
CREATE INDEX facts_by_kind_date ON facts (kind, date_first);
