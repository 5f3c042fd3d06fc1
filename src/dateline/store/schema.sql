-- The corpus store: dateline/1 documents and their records, plus the fused stories.
-- Offsets are character offsets into documents.text (end exclusive), as in dateline/1.
-- Record ids (e1, t3, a2...) are unique within a document: join on (doc_id, id).

CREATE TABLE IF NOT EXISTS documents (
    id               VARCHAR PRIMARY KEY,   -- sha256 of text (or the id the input gave)
    path             VARCHAR,
    label            VARCHAR,               -- how messages name it: path, or "file.jsonl:3" for a record
    url              VARCHAR,
    title            VARCHAR,
    outlet           VARCHAR,               -- the url's host without www.
    published        DATE,
    published_from   VARCHAR,
    pipeline_version VARCHAR NOT NULL,      -- dateline version + pipeline fingerprint
    ingested_at      TIMESTAMP DEFAULT current_timestamp,
    sketch           UBIGINT[],             -- bottom-k MinHash of word shingles (near duplicates)
    text             VARCHAR NOT NULL,
    json             JSON NOT NULL          -- the whole dateline/1 document
);

CREATE TABLE IF NOT EXISTS events (
    doc_id VARCHAR NOT NULL, id VARCHAR NOT NULL,
    type VARCHAR NOT NULL, mode VARCHAR, cameo_root VARCHAR, context VARCHAR[],
    trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    sentence VARCHAR, sentence_start INTEGER, sentence_end INTEGER,
    location VARCHAR, location_start INTEGER, location_end INTEGER, place_id VARCHAR,
    date VARCHAR, timex_id VARCHAR,
    modality VARCHAR, citation_id VARCHAR, quote_id VARCHAR, attributed_to VARCHAR,
    confidence DOUBLE
);

CREATE TABLE IF NOT EXISTS event_actors (
    doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, position INTEGER,
    text VARCHAR, start INTEGER, "end" INTEGER, actor_id VARCHAR
);

CREATE TABLE IF NOT EXISTS event_recipients (
    doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, position INTEGER,
    text VARCHAR, start INTEGER, "end" INTEGER, actor_id VARCHAR
);

CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR NOT NULL, id VARCHAR NOT NULL,
    text VARCHAR, start INTEGER, "end" INTEGER, direct BOOLEAN,
    speaker VARCHAR, speaker_start INTEGER, speaker_end INTEGER, speaker_actor_id VARCHAR,
    cue VARCHAR, cue_start INTEGER, cue_end INTEGER,
    date VARCHAR, citation_id VARCHAR
);

CREATE TABLE IF NOT EXISTS citations (
    doc_id VARCHAR NOT NULL, id VARCHAR NOT NULL,
    text VARCHAR, start INTEGER, "end" INTEGER, outlets VARCHAR[], date VARCHAR
);

CREATE TABLE IF NOT EXISTS quantities (
    doc_id VARCHAR NOT NULL, id VARCHAR NOT NULL,
    text VARCHAR, start INTEGER, "end" INTEGER,
    value DOUBLE, unit VARCHAR, approximate BOOLEAN, measure VARCHAR, date VARCHAR,
    sentence_start INTEGER, sentence_end INTEGER
);

CREATE TABLE IF NOT EXISTS timexes (
    doc_id VARCHAR NOT NULL, id VARCHAR NOT NULL,
    text VARCHAR, start INTEGER, "end" INTEGER,
    type VARCHAR, value VARCHAR, mod VARCHAR, anchor VARCHAR, calendar VARCHAR
);

CREATE TABLE IF NOT EXISTS actors (
    doc_id VARCHAR NOT NULL, id VARCHAR NOT NULL,
    name VARCHAR, code VARCHAR, kind VARCHAR, country VARCHAR, aliases VARCHAR[]
);

CREATE TABLE IF NOT EXISTS places (
    doc_id VARCHAR NOT NULL, id VARCHAR NOT NULL,
    name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, geonames_id BIGINT, kind VARCHAR
);

CREATE TABLE IF NOT EXISTS entities (
    doc_id VARCHAR NOT NULL, id VARCHAR NOT NULL,
    text VARCHAR, start INTEGER, "end" INTEGER, label VARCHAR, actor_id VARCHAR, place_id VARCHAR
);

-- Written by fusion (rebuilt after every ingest).

CREATE TABLE IF NOT EXISTS duplicates (
    doc_id VARCHAR NOT NULL,       -- a near-duplicate (syndicated) copy ...
    original_id VARCHAR NOT NULL,  -- ... of this document (the earliest published of its group)
    similarity DOUBLE              -- estimated Jaccard similarity of word shingles
);

CREATE TABLE IF NOT EXISTS stories (
    id VARCHAR PRIMARY KEY,
    type VARCHAR, mode VARCHAR, cameo_root VARCHAR,
    date VARCHAR, date_start DATE, date_end DATE,
    actors VARCHAR[], actor_codes VARCHAR[], recipients VARCHAR[], recipient_codes VARCHAR[],
    place VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, place_kind VARCHAR,
    sources INTEGER,               -- independent sources: near-duplicate copies count once
    documents INTEGER,
    first_outlet VARCHAR, first_published DATE, first_doc_id VARCHAR,
    fatalities DOUBLE,             -- the lowest killed figure its sources give, if any
    conflicts JSON                 -- [{"field": "date"|"place"|measure, "values": [{"value", "documents"}]}]
);

CREATE TABLE IF NOT EXISTS story_sources (
    story_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
    sentence VARCHAR, sentence_start INTEGER, sentence_end INTEGER,
    trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    date VARCHAR, place VARCHAR,
    citation VARCHAR, cited_outlets VARCHAR[],
    outlet VARCHAR, published DATE,
    duplicate_of VARCHAR           -- set when this document is a near-duplicate copy of another
);

CREATE TABLE IF NOT EXISTS figures (
    id VARCHAR PRIMARY KEY,
    measure VARCHAR, unit VARCHAR, place VARCHAR, country VARCHAR, date VARCHAR,
    documents INTEGER, sources INTEGER, min_value DOUBLE, max_value DOUBLE,
    disagree BOOLEAN               -- independent sources give different figures
);

CREATE TABLE IF NOT EXISTS figure_sources (
    figure_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, quantity_id VARCHAR NOT NULL,
    value DOUBLE, approximate BOOLEAN, text VARCHAR, sentence VARCHAR,
    start INTEGER, "end" INTEGER, outlet VARCHAR, published DATE, duplicate_of VARCHAR
);

CREATE TABLE IF NOT EXISTS store_state (
    key VARCHAR PRIMARY KEY,       -- "fused": the documents the stories were built from
    value VARCHAR
);
