-- Schema version 1: mark the file as a Karier database and record which program made it.
-- :program_version and :now are bound by the migration runner (kr-database.c).

CREATE TABLE karier_meta (
  key TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
);

INSERT INTO karier_meta (key, value) VALUES
  ('created_by_version', :program_version),
  ('created_at', :now);

-- 0x4B524552, 'KRER': KR_DATABASE_APPLICATION_ID in kr-database.h.
PRAGMA application_id = 1263682898;

PRAGMA user_version = 1;
