-- The analysis record as tables. ${id} is the dialect's auto-numbered key.
-- A document is identified by the sha256 of its raw bytes: the same bytes are stored once.
CREATE TABLE documents (
  id ${id},
  sha256 TEXT NOT NULL UNIQUE,
  doc_key TEXT NOT NULL,
  url TEXT,
  path TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  ingested_at TEXT NOT NULL,
  analysis_json TEXT NOT NULL
);
CREATE INDEX documents_doc_key ON documents (doc_key);
CREATE INDEX documents_url ON documents (url);

CREATE TABLE articles (
  document_id BIGINT PRIMARY KEY REFERENCES documents (id),
  text TEXT NOT NULL,
  title TEXT,
  byline TEXT,
  outlet TEXT,
  published TEXT,
  dateline_place TEXT,
  dateline_date TEXT,
  dateline_agency TEXT,
  language TEXT
);

CREATE TABLE entities (
  document_id BIGINT NOT NULL REFERENCES documents (id),
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  titles TEXT,
  affiliation TEXT,
  actor_code TEXT,
  actor_country TEXT,
  actor_roles TEXT,
  PRIMARY KEY (document_id, entity_id)
);
CREATE INDEX entities_actor_code ON entities (actor_code);

-- mentions of entities and of places: owner_kind is 'entity' or 'place'
CREATE TABLE mentions (
  document_id BIGINT NOT NULL REFERENCES documents (id),
  owner_kind TEXT NOT NULL,
  owner_id TEXT NOT NULL,
  begin_pos INTEGER NOT NULL,
  end_pos INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX mentions_document ON mentions (document_id, owner_kind, owner_id);

CREATE TABLE places (
  document_id BIGINT NOT NULL REFERENCES documents (id),
  place_id TEXT NOT NULL,
  name TEXT NOT NULL,
  country TEXT,
  geoname_id BIGINT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  feature_code TEXT,
  PRIMARY KEY (document_id, place_id)
);

CREATE TABLE times (
  document_id BIGINT NOT NULL REFERENCES documents (id),
  time_id TEXT NOT NULL,
  type TEXT NOT NULL,
  value TEXT,
  anchor TEXT,
  begin_pos INTEGER NOT NULL,
  end_pos INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (document_id, time_id)
);

CREATE TABLE quotes (
  document_id BIGINT NOT NULL REFERENCES documents (id),
  quote_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  content_begin INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  content TEXT NOT NULL,
  cue_begin INTEGER,
  cue_end INTEGER,
  cue TEXT,
  speaker_entity TEXT,
  speaker_name TEXT,
  speaker_mention_begin INTEGER,
  speaker_mention_end INTEGER,
  speaker_mention TEXT,
  reported_by TEXT,
  reported_by_names TEXT,
  PRIMARY KEY (document_id, quote_id)
);
CREATE INDEX quotes_speaker_name ON quotes (speaker_name);

-- One row per real-world event, however many articles report it (GDELT's event table): the
-- same source and target codes, CAMEO root, date and place make the same event_key.
CREATE TABLE events (
  id ${id},
  event_key TEXT NOT NULL UNIQUE,
  source_code TEXT,
  target_code TEXT,
  cameo_root TEXT NOT NULL,
  event_date TEXT,
  place_key TEXT,
  cameo TEXT NOT NULL,
  plover TEXT,
  quad_class INTEGER,
  goldstein DOUBLE PRECISION,
  source_name TEXT,
  target_name TEXT,
  place_name TEXT,
  place_country TEXT,
  place_geoname_id BIGINT,
  place_lat DOUBLE PRECISION,
  place_lon DOUBLE PRECISION,
  place_feature_code TEXT,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  first_document_id BIGINT REFERENCES documents (id),
  date_added TEXT NOT NULL
);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_source_code ON events (source_code);
CREATE INDEX events_target_code ON events (target_code);

-- One row per article's report of an event (GDELT's mentions table), with its own evidence.
CREATE TABLE event_reports (
  id ${id},
  event_id BIGINT NOT NULL REFERENCES events (id),
  document_id BIGINT NOT NULL REFERENCES documents (id),
  report_id TEXT NOT NULL,
  cameo TEXT NOT NULL,
  plover TEXT,
  modality TEXT NOT NULL,
  claimed_by TEXT,
  source_entity TEXT,
  source_name TEXT,
  target_entity TEXT,
  target_name TEXT,
  outlet_key TEXT NOT NULL,
  evidence_begin INTEGER,
  evidence_end INTEGER,
  evidence TEXT,
  trigger_begin INTEGER,
  trigger_end INTEGER,
  trigger_text TEXT,
  confidence DOUBLE PRECISION NOT NULL,
  UNIQUE (document_id, report_id)
);
CREATE INDEX event_reports_event ON event_reports (event_id);
