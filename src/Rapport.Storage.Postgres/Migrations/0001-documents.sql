-- Documents and their full-text index. The tsvector is a generated column, so PostgreSQL keeps it in step
-- with the text inside the same transaction and no trigger or application code can forget to.
-- Only the first 400,000 characters are indexed: a tsvector may not exceed 1 MB, and a document longer than
-- that would otherwise be refused outright.
CREATE TABLE documents (
    seq          bigserial   PRIMARY KEY,
    -- The "C" collation makes id comparisons bytewise, so a prefix lookup is a plain range scan of the index.
    id           text        COLLATE "C" NOT NULL UNIQUE CHECK (id ~ '^[0-9a-f]{64}$'),
    title        text        NOT NULL,
    origin       text        NOT NULL,
    publisher    text,
    published_on text,
    language     text        NOT NULL,
    format       text        NOT NULL,
    text         text        NOT NULL,
    ingested_at  timestamptz NOT NULL,
    search       tsvector    GENERATED ALWAYS AS (
                     setweight(to_tsvector('english'::regconfig, title), 'A')
                     || setweight(to_tsvector('english'::regconfig, left(text, 400000)), 'B')
                 ) STORED
);

CREATE INDEX documents_search ON documents USING gin (search);
