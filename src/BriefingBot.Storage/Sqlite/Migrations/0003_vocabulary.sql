-- The words the article index holds (as stems) and in how many articles: read to correct a misspelled question word.
CREATE VIRTUAL TABLE articles_vocab USING fts5vocab (articles_fts, row);
