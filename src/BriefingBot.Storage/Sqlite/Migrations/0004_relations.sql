-- Supports / opposes relations read from the stored articles: who (party) stands where (supports 1 or 0) on whom or
-- what (target), stated by one stored sentence. They are read after the articles are stored, so ingestion keeps its
-- pace; articles.relations_read marks the articles read (those stored before this migration are read too). The
-- target index finds "Guaido" in "Juan Guaido".
ALTER TABLE articles ADD COLUMN relations_read INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ix_articles_relations_unread ON articles (id) WHERE relations_read = 0;

CREATE TABLE relations (
    id        INTEGER PRIMARY KEY,
    sentence  INTEGER NOT NULL REFERENCES sentences (id),
    party     TEXT NOT NULL,
    supports  INTEGER NOT NULL,
    target    TEXT NOT NULL
);
CREATE INDEX ix_relations_sentence ON relations (sentence);
CREATE VIRTUAL TABLE relations_fts USING fts5 (target, content = 'relations', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
