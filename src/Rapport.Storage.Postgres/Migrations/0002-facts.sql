-- Facts extracted from each document, stored with the document in the same transaction. The columns are what
-- queries filter on; payload is the fact in the extraction JSON contract (docs/extraction-json.md).
CREATE TABLE extraction_runs (
    document_id       text    COLLATE "C" NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    extractor_version text    NOT NULL,
    facts             integer NOT NULL
);

CREATE TABLE facts (
    seq          bigserial PRIMARY KEY,
    document_id  text      COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    kind         text      NOT NULL CHECK (kind IN ('actor', 'statement', 'meeting', 'support', 'assessment')),
    span_start   integer   NOT NULL CHECK (span_start >= 0),
    span_end     integer   NOT NULL CHECK (span_end >= span_start),
    rule         text      NOT NULL,
    rule_version integer   NOT NULL,
    date         text,
    date_first   date,
    date_last    date,
    subject      text,
    object       text,
    payload      jsonb     NOT NULL
);

CREATE INDEX facts_by_document ON facts (document_id, span_start);
CREATE INDEX facts_by_kind_date ON facts (kind, date_first);
