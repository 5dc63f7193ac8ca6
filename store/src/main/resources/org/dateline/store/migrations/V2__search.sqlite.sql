-- Full-text search over articles and quotes: SQLite's FTS5 with Porter stemming.
CREATE VIRTUAL TABLE search_index USING fts5(
  title, body, kind UNINDEXED, document_id UNINDEXED, ref UNINDEXED,
  tokenize = 'porter unicode61'
);
