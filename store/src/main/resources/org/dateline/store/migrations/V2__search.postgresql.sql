-- Full-text search over articles and quotes: a stored English tsvector with a GIN index.
CREATE TABLE search_index (
  id BIGSERIAL PRIMARY KEY,
  title TEXT,
  body TEXT NOT NULL,
  kind TEXT NOT NULL,
  document_id BIGINT NOT NULL REFERENCES documents (id),
  ref TEXT,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || body)) STORED
);
CREATE INDEX search_index_tsv ON search_index USING GIN (tsv);
