-- Documents and their full-text index. The FTS table holds no copy of the text (external content),
-- so a document's text is stored once; triggers keep the index in step inside the same transaction.
CREATE TABLE documents (
    seq          INTEGER PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE CHECK (length(id) = 64),
    title        TEXT    NOT NULL,
    origin       TEXT    NOT NULL,
    publisher    TEXT,
    published_on TEXT,
    language     TEXT    NOT NULL,
    format       TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    ingested_at  TEXT    NOT NULL
);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_after_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER documents_after_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
