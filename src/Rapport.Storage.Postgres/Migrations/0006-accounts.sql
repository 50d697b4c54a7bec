-- The web server's accounts and the API tokens scripts use in their place.
-- Names compare case-insensitively through name_key (the lower-cased name), the same way in every backend;
-- name keeps the spelling the account was created with, for display.
CREATE TABLE users (
    name_key      text COLLATE "C" NOT NULL PRIMARY KEY,
    name          text NOT NULL,
    role          text NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL,
    disabled      boolean NOT NULL DEFAULT false
);

-- Only a hash of each token's secret is kept, so a copy of the database does not hand out working tokens.
-- Tokens are revoked, never deleted, so that what a script did stays attributable.
CREATE TABLE api_tokens (
    id          text COLLATE "C" NOT NULL PRIMARY KEY,
    user_key    text COLLATE "C" NOT NULL REFERENCES users (name_key),
    secret_hash text NOT NULL,
    label       text NOT NULL,
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);

CREATE INDEX api_tokens_by_user ON api_tokens (user_key);
