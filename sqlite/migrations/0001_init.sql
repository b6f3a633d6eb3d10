-- parley store schema, version 1: articles, their sentences and coded events,
-- with a full-text index on each event's evidence (trigger and sentence).
--
-- An event is split in two rows: events holds the narrow columns that
-- filters and aggregates read (codes, countries, date, QuadClass,
-- Goldstein), so that scans stay in memory; evidence holds the texts and
-- offsets that only a page of results needs.

CREATE TABLE articles (
	rid         INTEGER PRIMARY KEY,
	id          TEXT NOT NULL UNIQUE,
	title       TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL,
	published   TEXT NOT NULL DEFAULT '', -- YYYY-MM-DD, or '' if unknown
	url         TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	hash        TEXT NOT NULL,            -- parley.ContentHash
	ingested    TEXT NOT NULL,            -- RFC 3339, UTC
	event_count INTEGER NOT NULL
);
CREATE INDEX articles_published ON articles (published DESC, id);

CREATE TABLE sentences (
	article_rid INTEGER NOT NULL REFERENCES articles (rid) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	start       INTEGER NOT NULL,
	end         INTEGER NOT NULL,
	headline    INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_rid, idx)
) WITHOUT ROWID;

CREATE TABLE events (
	-- AUTOINCREMENT: an id is never given twice, even after its event was
	-- replaced, and each batch's new events have ids above all earlier ones.
	id             INTEGER PRIMARY KEY AUTOINCREMENT,
	article_rid    INTEGER NOT NULL REFERENCES articles (rid) ON DELETE CASCADE,
	sentence       INTEGER NOT NULL,
	date           TEXT NOT NULL DEFAULT '', -- YYYY-MM-DD, or '' if undated
	source_code    TEXT NOT NULL,
	source_country TEXT NOT NULL DEFAULT '',
	target_code    TEXT,                     -- NULL when there is no target
	target_country TEXT,
	code           TEXT NOT NULL,            -- CAMEO
	root           TEXT NOT NULL,            -- its first two digits
	goldstein      REAL NOT NULL DEFAULT 0,
	quad           INTEGER NOT NULL DEFAULT 0,
	plover_type    TEXT NOT NULL DEFAULT '',
	place_name     TEXT,                     -- the place columns are NULL when there is none
	place_country  TEXT,
	place_lat      REAL,                     -- NULL when the gazetteer gave no coordinates
	place_lon      REAL,
	historical     INTEGER NOT NULL DEFAULT 0
);
-- Covers the daily and weekly timelines (QuadClass and Goldstein).
CREATE INDEX events_date ON events (date, quad, goldstein);
CREATE INDEX events_article ON events (article_rid);
CREATE INDEX events_source_code ON events (source_code);
CREATE INDEX events_source_country ON events (source_country, date);
CREATE INDEX events_target_code ON events (target_code);
CREATE INDEX events_target_country ON events (target_country, date);
CREATE INDEX events_code ON events (code);
CREATE INDEX events_place_country ON events (place_country);

CREATE TABLE evidence (
	event_id       INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
	source_text    TEXT NOT NULL,
	source_full    TEXT NOT NULL DEFAULT '', -- the dictionary's finer code, if any
	source_start   INTEGER NOT NULL,
	source_end     INTEGER NOT NULL,
	target_text    TEXT,
	target_full    TEXT,
	target_start   INTEGER,
	target_end     INTEGER,
	name           TEXT NOT NULL DEFAULT '',
	plover_mode    TEXT NOT NULL DEFAULT '',
	plover_context TEXT NOT NULL DEFAULT '',
	trigger        TEXT NOT NULL DEFAULT '',
	trigger_start  INTEGER NOT NULL,
	trigger_end    INTEGER NOT NULL,
	sentence_text  TEXT NOT NULL DEFAULT '',
	pattern        TEXT NOT NULL DEFAULT '',
	place_admin1   TEXT,
	place_kind     TEXT,
	place_geonameid INTEGER,
	place_start    INTEGER,
	place_end      INTEGER,
	mood           TEXT NOT NULL DEFAULT '',
	mentions       TEXT,                     -- JSON array of {sentence,start,end}
	outlet         TEXT NOT NULL DEFAULT ''
);

-- The store keeps events_fts in step with evidence itself, once per batch
-- (triggers would flush FTS5's pending terms at every statement).
CREATE VIRTUAL TABLE events_fts USING fts5 (
	trigger, sentence_text,
	content = 'evidence', content_rowid = 'event_id',
	tokenize = 'unicode61 remove_diacritics 2'
);
