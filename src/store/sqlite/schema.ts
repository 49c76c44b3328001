/** Versioned migrations: index i brings the schema from version i to i+1. Never edit a shipped step; add one. */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  -- every version ever received, keyed by (id, modified); SCOs without modified use ''. The current version of each
  -- object (latest modified) carries is_current = 1: one table, so a new object costs one row and two index entries.
  CREATE TABLE objects (
    vid INTEGER PRIMARY KEY, id TEXT NOT NULL, modified TEXT NOT NULL, type TEXT NOT NULL, name TEXT,
    revoked INTEGER NOT NULL DEFAULT 0, is_current INTEGER NOT NULL DEFAULT 0, json TEXT NOT NULL, recorded TEXT NOT NULL
  );
  CREATE UNIQUE INDEX objects_version ON objects (id, modified);
  CREATE INDEX objects_current ON objects (type, id) WHERE is_current = 1;
  CREATE TABLE claims (
    id TEXT PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL,
    literal INTEGER NOT NULL, polarity TEXT NOT NULL, source TEXT, published TEXT, recorded TEXT NOT NULL,
    confidence TEXT, evidence TEXT, markings TEXT, origin TEXT NOT NULL, retracted_by TEXT, extra TEXT
  );
  CREATE INDEX claims_subject ON claims (subject, predicate);
  CREATE INDEX claims_object ON claims (object, predicate);
  CREATE INDEX claims_predicate ON claims (predicate);
  CREATE TABLE aliases (
    norm TEXT NOT NULL, alias TEXT NOT NULL, object_id TEXT NOT NULL, object_type TEXT NOT NULL,
    claim_id TEXT NOT NULL, source TEXT
  );
  CREATE INDEX aliases_norm ON aliases (norm);
  CREATE INDEX aliases_object ON aliases (object_id);
  CREATE VIRTUAL TABLE fts USING fts5 (name, aliases, description, tokenize = 'unicode61 remove_diacritics 2', detail = column);
  `,
]
