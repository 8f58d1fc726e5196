-- Schema version 2: the tree of organisation units (instansi, perangkat daerah, bidang, ...).
-- The kind names are official terms and stay Indonesian.

CREATE TABLE unit (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL
    CHECK (kind IN ('instansi', 'perangkat_daerah', 'bidang', 'sub_bidang', 'upt')),
  CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE INDEX unit_parent_id_idx ON unit (parent_id);

PRAGMA user_version = 2;
