-- Stories are events; articles belong to exactly one story. An article is the same article again when its
-- id or canonical URL matches; the same text under another id or URL is a copy, linked into the same story. Times are UTC ISO-8601 text of fixed width,
-- so they order correctly as strings.
CREATE TABLE stories (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL
);
CREATE INDEX ix_stories_first_seen ON stories (first_seen);

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    article_id     TEXT NOT NULL UNIQUE,
    canonical_url  TEXT UNIQUE,
    content_hash   TEXT NOT NULL,
    fingerprint    INTEGER NOT NULL,
    band0          INTEGER NOT NULL,
    band1          INTEGER NOT NULL,
    band2          INTEGER NOT NULL,
    band3          INTEGER NOT NULL,
    band4          INTEGER NOT NULL,
    band5          INTEGER NOT NULL,
    band6          INTEGER NOT NULL,
    title          TEXT NOT NULL,
    url            TEXT,
    source         TEXT,
    published      TEXT,
    ingested_at    TEXT NOT NULL,
    body           TEXT NOT NULL,
    summary        TEXT NOT NULL,
    story_id       INTEGER NOT NULL REFERENCES stories (id),
    duplicate_of   INTEGER REFERENCES articles (id)
);
CREATE INDEX ix_articles_story ON articles (story_id);
CREATE INDEX ix_articles_content_hash ON articles (content_hash);
CREATE INDEX ix_articles_band0 ON articles (band0);
CREATE INDEX ix_articles_band1 ON articles (band1);
CREATE INDEX ix_articles_band2 ON articles (band2);
CREATE INDEX ix_articles_band3 ON articles (band3);
CREATE INDEX ix_articles_band4 ON articles (band4);
CREATE INDEX ix_articles_band5 ON articles (band5);
CREATE INDEX ix_articles_band6 ON articles (band6);

CREATE TABLE sentences (
    id        INTEGER PRIMARY KEY,
    article   INTEGER NOT NULL REFERENCES articles (id),
    position  INTEGER NOT NULL,
    body      TEXT NOT NULL
);
CREATE INDEX ix_sentences_article ON sentences (article, position);

-- External-content full-text indexes: the text lives once, in the tables above.
CREATE VIRTUAL TABLE sentences_fts USING fts5 (body, content = 'sentences', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content = 'articles', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');

-- Ingestion state per source: conditional GET validators and health.
CREATE TABLE sources (
    location              TEXT PRIMARY KEY,
    name                  TEXT,
    etag                  TEXT,
    last_modified         TEXT,
    last_attempt_at       TEXT,
    last_success_at       TEXT,
    last_error            TEXT,
    consecutive_failures  INTEGER NOT NULL DEFAULT 0
);
