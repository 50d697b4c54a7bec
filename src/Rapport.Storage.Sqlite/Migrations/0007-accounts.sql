-- The web server's accounts and the API tokens scripts use in their place.
-- Names compare case-insensitively through name_key (the lower-cased name), the same way in every backend;
-- name keeps the spelling the account was created with, for display.
CREATE TABLE users (
    name_key      TEXT NOT NULL PRIMARY KEY,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
) WITHOUT ROWID;

-- Only a hash of each token's secret is kept, so a copy of the database does not hand out working tokens.
-- Tokens are revoked, never deleted, so that what a script did stays attributable.
CREATE TABLE api_tokens (
    id          TEXT NOT NULL PRIMARY KEY,
    user_key    TEXT NOT NULL REFERENCES users (name_key),
    secret_hash TEXT NOT NULL,
    label       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);

CREATE INDEX api_tokens_by_user ON api_tokens (user_key);
