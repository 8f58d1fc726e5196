-- Schema version 3: positions (jabatan), employees, their histories and the search index.
--
-- Codes are stored as text; each list matches an enum of core, named beside it, and the
-- repositories (kr-unit-repository.c, kr-employee-repository.c) translate between the two.
-- Official Indonesian terms stay Indonesian. Dates are ISO 8601 text (YYYY-MM-DD).
-- Portable SQL except for the triggers' LIMIT and the FTS5 table at the end.

-- A position (jabatan) of a unit. Several employees may hold the same position.
CREATE TABLE position (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
  name TEXT NOT NULL CHECK (name <> ''),
  -- KrPositionKind
  kind TEXT NOT NULL
    CHECK (kind IN ('jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas',
                    'pelaksana', 'fungsional_keahlian', 'fungsional_keterampilan')),
  -- KrPositionLevel (jenjang); only functional positions have one
  level TEXT,
  -- Set per instansi (DOMAIN 3.2); NULL when not known
  kelas_jabatan INTEGER CHECK (kelas_jabatan BETWEEN 1 AND 17),
  -- 1 for the position that leads the unit
  is_head INTEGER NOT NULL DEFAULT 0 CHECK (is_head IN (0, 1)),
  UNIQUE (unit_id, name),
  CHECK ((kind = 'fungsional_keahlian'
          AND level IN ('ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'))
         OR (kind = 'fungsional_keterampilan'
             AND level IN ('pemula', 'terampil', 'mahir', 'penyelia'))
         OR (kind NOT IN ('fungsional_keahlian', 'fungsional_keterampilan') AND level IS NULL))
);

-- At most one head position per unit.
CREATE UNIQUE INDEX position_head_idx ON position (unit_id) WHERE is_head = 1;

CREATE TABLE employee (
  id INTEGER PRIMARY KEY,
  -- NIP or NI PPPK, 18 digits without spaces
  nip TEXT NOT NULL UNIQUE CHECK (nip LIKE '__________________'),
  name TEXT NOT NULL CHECK (name <> ''),
  title_front TEXT CHECK (title_front <> ''),  -- gelar depan
  title_back TEXT CHECK (title_back <> ''),    -- gelar belakang
  birth_place TEXT CHECK (birth_place <> ''),
  birth_date TEXT NOT NULL CHECK (birth_date LIKE '____-__-__'),
  -- KrGender
  gender TEXT NOT NULL CHECK (gender IN ('M', 'F')),
  -- KrReligion
  religion TEXT CHECK (religion IN ('islam', 'kristen', 'katolik', 'hindu', 'buddha',
                                    'khonghucu', 'kepercayaan')),
  -- KrMaritalStatus
  marital_status TEXT
    CHECK (marital_status IN ('belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati')),
  -- NIK of the KTP, 16 digits
  nik TEXT CHECK (nik LIKE '________________'),
  phone TEXT CHECK (phone <> ''),
  email TEXT CHECK (email <> ''),
  address TEXT CHECK (address <> ''),
  -- KrEmployeeKind
  kind TEXT NOT NULL CHECK (kind IN ('pns', 'cpns', 'pppk')),
  -- KrEmployeeStatus (kedudukan hukum)
  status TEXT NOT NULL DEFAULT 'aktif'
    CHECK (status IN ('aktif', 'tugas_belajar', 'cltn', 'diberhentikan_sementara',
                      'penerima_uang_tunggu', 'masa_persiapan_pensiun', 'pensiun', 'meninggal',
                      'diberhentikan', 'berhenti')),
  -- TMT CPNS; for a PPPK the TMT of the first contract
  tmt_cpns TEXT CHECK (tmt_cpns LIKE '____-__-__'),
  tmt_pns TEXT CHECK (tmt_pns LIKE '____-__-__'),

  -- The current education, rank, position and unit. They are copies of the newest history
  -- rows, kept here so that the employee list can sort and filter by them at 10^6 rows.
  -- ONLY the triggers on the history tables below write them; the guard triggers refuse
  -- any other write, so they can never disagree with the histories.
  -- KrEducation of the education_history row with the latest graduation year
  education TEXT,
  -- golongan and TMT of the newest rank_history row
  golongan INTEGER,
  rank_tmt TEXT,
  -- position, TMT and the position's unit of the newest position_history row
  position_id INTEGER REFERENCES position (id),
  position_tmt TEXT,
  unit_id INTEGER REFERENCES unit (id)
);

-- The list's sort keys and filters.
CREATE INDEX employee_name_idx ON employee (name);
CREATE INDEX employee_golongan_idx ON employee (golongan, rank_tmt);
CREATE INDEX employee_unit_idx ON employee (unit_id, name);
CREATE INDEX employee_position_idx ON employee (position_id);
CREATE INDEX employee_kind_idx ON employee (kind, name);
CREATE INDEX employee_status_idx ON employee (status, name);
-- Retirement: BUP is reached at a birth date cut-off.
CREATE INDEX employee_birth_date_idx ON employee (birth_date);

-- Histories. Each row carries its decree (SK number and date). A row's employee owns it.

CREATE TABLE rank_history (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  -- PNS and CPNS: SIMPEG code, golongan × 10 + ruang, 11 (I/a) to 45 (IV/e);
  -- PPPK: 100 + golongan, 101 (I) to 117 (XVII)
  golongan INTEGER NOT NULL
    CHECK (golongan BETWEEN 11 AND 14 OR golongan BETWEEN 21 AND 24
           OR golongan BETWEEN 31 AND 34 OR golongan BETWEEN 41 AND 45
           OR golongan BETWEEN 101 AND 117),
  -- KrPromotionKind
  promotion_kind TEXT NOT NULL
    CHECK (promotion_kind IN ('pengangkatan', 'reguler', 'pilihan', 'anumerta', 'pengabdian',
                              'penyesuaian_ijazah', 'penurunan')),
  tmt TEXT NOT NULL CHECK (tmt LIKE '____-__-__'),
  sk_number TEXT CHECK (sk_number <> ''),
  sk_date TEXT CHECK (sk_date LIKE '____-__-__')
);

CREATE INDEX rank_history_employee_idx ON rank_history (employee_id, tmt);

CREATE TABLE position_history (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  position_id INTEGER NOT NULL REFERENCES position (id) ON DELETE RESTRICT,
  tmt TEXT NOT NULL CHECK (tmt LIKE '____-__-__'),
  sk_number TEXT CHECK (sk_number <> ''),
  sk_date TEXT CHECK (sk_date LIKE '____-__-__')
);

CREATE INDEX position_history_employee_idx ON position_history (employee_id, tmt);
CREATE INDEX position_history_position_idx ON position_history (position_id);

CREATE TABLE education_history (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  -- KrEducation
  level TEXT NOT NULL
    CHECK (level IN ('sd', 'sltp', 'sltp_kejuruan', 'slta', 'd2', 'sgplb', 'd3', 's1', 's2',
                     's3')),
  institution TEXT CHECK (institution <> ''),
  major TEXT CHECK (major <> ''),
  graduation_year INTEGER NOT NULL CHECK (graduation_year BETWEEN 1900 AND 2999),
  -- The certificate (ijazah): its number and date
  sk_number TEXT CHECK (sk_number <> ''),
  sk_date TEXT CHECK (sk_date LIKE '____-__-__')
);

CREATE INDEX education_history_employee_idx ON education_history (employee_id, graduation_year);

CREATE TABLE discipline_history (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  -- KrDisciplineLevel
  level TEXT NOT NULL CHECK (level IN ('ringan', 'sedang', 'berat')),
  sanction TEXT NOT NULL CHECK (sanction <> ''),
  -- KrDisciplineRegulation: the regulation under which the sanction was given
  regulation TEXT NOT NULL CHECK (regulation IN ('PP 94/2021', 'PP 53/2010')),
  -- The sanction's first and last day; end_date is NULL for a sanction without a period
  tmt TEXT NOT NULL CHECK (tmt LIKE '____-__-__'),
  end_date TEXT CHECK (end_date LIKE '____-__-__'),
  sk_number TEXT CHECK (sk_number <> ''),
  sk_date TEXT CHECK (sk_date LIKE '____-__-__'),
  CHECK (end_date IS NULL OR end_date >= tmt)
);

CREATE INDEX discipline_history_employee_idx ON discipline_history (employee_id, tmt);

CREATE TABLE award_history (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  -- KrAwardKind
  kind TEXT NOT NULL
    CHECK (kind IN ('satyalancana_x', 'satyalancana_xx', 'satyalancana_xxx', 'other')),
  -- Required for 'other'; the Satyalancana Karya Satya kinds carry their official name
  name TEXT CHECK (name <> ''),
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
  sk_number TEXT CHECK (sk_number <> ''),
  sk_date TEXT CHECK (sk_date LIKE '____-__-__'),
  CHECK (kind <> 'other' OR name IS NOT NULL)
);

CREATE INDEX award_history_employee_idx ON award_history (employee_id, year);

-- Current values. Each trigger recomputes the employee's copy from the newest history row
-- (by TMT or graduation year, ties broken by id); no history row leaves NULLs.

CREATE TRIGGER rank_history_current_insert AFTER INSERT ON rank_history
BEGIN
  UPDATE employee SET (golongan, rank_tmt) =
    (SELECT h.golongan, h.tmt FROM rank_history h WHERE h.employee_id = employee.id
     ORDER BY h.tmt DESC, h.id DESC LIMIT 1)
  WHERE id = NEW.employee_id;
END;

CREATE TRIGGER rank_history_current_update AFTER UPDATE ON rank_history
BEGIN
  UPDATE employee SET (golongan, rank_tmt) =
    (SELECT h.golongan, h.tmt FROM rank_history h WHERE h.employee_id = employee.id
     ORDER BY h.tmt DESC, h.id DESC LIMIT 1)
  WHERE id IN (OLD.employee_id, NEW.employee_id);
END;

CREATE TRIGGER rank_history_current_delete AFTER DELETE ON rank_history
BEGIN
  UPDATE employee SET (golongan, rank_tmt) =
    (SELECT h.golongan, h.tmt FROM rank_history h WHERE h.employee_id = employee.id
     ORDER BY h.tmt DESC, h.id DESC LIMIT 1)
  WHERE id = OLD.employee_id;
END;

CREATE TRIGGER position_history_current_insert AFTER INSERT ON position_history
BEGIN
  UPDATE employee SET (position_id, position_tmt, unit_id) =
    (SELECT h.position_id, h.tmt, p.unit_id
     FROM position_history h JOIN position p ON p.id = h.position_id
     WHERE h.employee_id = employee.id ORDER BY h.tmt DESC, h.id DESC LIMIT 1)
  WHERE id = NEW.employee_id;
END;

CREATE TRIGGER position_history_current_update AFTER UPDATE ON position_history
BEGIN
  UPDATE employee SET (position_id, position_tmt, unit_id) =
    (SELECT h.position_id, h.tmt, p.unit_id
     FROM position_history h JOIN position p ON p.id = h.position_id
     WHERE h.employee_id = employee.id ORDER BY h.tmt DESC, h.id DESC LIMIT 1)
  WHERE id IN (OLD.employee_id, NEW.employee_id);
END;

CREATE TRIGGER position_history_current_delete AFTER DELETE ON position_history
BEGIN
  UPDATE employee SET (position_id, position_tmt, unit_id) =
    (SELECT h.position_id, h.tmt, p.unit_id
     FROM position_history h JOIN position p ON p.id = h.position_id
     WHERE h.employee_id = employee.id ORDER BY h.tmt DESC, h.id DESC LIMIT 1)
  WHERE id = OLD.employee_id;
END;

-- A position moved to another unit takes its current holders with it.
CREATE TRIGGER position_current_unit AFTER UPDATE OF unit_id ON position
WHEN OLD.unit_id IS NOT NEW.unit_id
BEGIN
  UPDATE employee SET unit_id = NEW.unit_id WHERE position_id = NEW.id;
END;

CREATE TRIGGER education_history_current_insert AFTER INSERT ON education_history
BEGIN
  UPDATE employee SET education =
    (SELECT h.level FROM education_history h WHERE h.employee_id = employee.id
     ORDER BY h.graduation_year DESC, h.id DESC LIMIT 1)
  WHERE id = NEW.employee_id;
END;

CREATE TRIGGER education_history_current_update AFTER UPDATE ON education_history
BEGIN
  UPDATE employee SET education =
    (SELECT h.level FROM education_history h WHERE h.employee_id = employee.id
     ORDER BY h.graduation_year DESC, h.id DESC LIMIT 1)
  WHERE id IN (OLD.employee_id, NEW.employee_id);
END;

CREATE TRIGGER education_history_current_delete AFTER DELETE ON education_history
BEGIN
  UPDATE employee SET education =
    (SELECT h.level FROM education_history h WHERE h.employee_id = employee.id
     ORDER BY h.graduation_year DESC, h.id DESC LIMIT 1)
  WHERE id = OLD.employee_id;
END;

-- Guards: the current values start empty and only ever equal what the histories say.

CREATE TRIGGER employee_current_insert_guard BEFORE INSERT ON employee
WHEN NEW.education IS NOT NULL OR NEW.golongan IS NOT NULL OR NEW.rank_tmt IS NOT NULL
  OR NEW.position_id IS NOT NULL OR NEW.position_tmt IS NOT NULL OR NEW.unit_id IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'employee: the current values come from the histories');
END;

CREATE TRIGGER employee_rank_guard BEFORE UPDATE OF golongan, rank_tmt ON employee
WHEN (NEW.golongan, NEW.rank_tmt) IS NOT
  (SELECT h.golongan, h.tmt FROM rank_history h WHERE h.employee_id = NEW.id
   ORDER BY h.tmt DESC, h.id DESC LIMIT 1)
BEGIN
  SELECT RAISE (ABORT, 'employee: the current rank comes from rank_history');
END;

CREATE TRIGGER employee_position_guard BEFORE UPDATE OF position_id, position_tmt, unit_id
ON employee
WHEN (NEW.position_id, NEW.position_tmt, NEW.unit_id) IS NOT
  (SELECT h.position_id, h.tmt, p.unit_id
   FROM position_history h JOIN position p ON p.id = h.position_id
   WHERE h.employee_id = NEW.id ORDER BY h.tmt DESC, h.id DESC LIMIT 1)
BEGIN
  SELECT RAISE (ABORT, 'employee: the current position comes from position_history');
END;

CREATE TRIGGER employee_education_guard BEFORE UPDATE OF education ON employee
WHEN NEW.education IS NOT
  (SELECT h.level FROM education_history h WHERE h.employee_id = NEW.id
   ORDER BY h.graduation_year DESC, h.id DESC LIMIT 1)
BEGIN
  SELECT RAISE (ABORT, 'employee: the current education comes from education_history');
END;

-- Full-text search over name (with gelar), NIP, position and unit, for prefix queries as the
-- user types. The index keeps no copy of the text: its content is the view below, and the
-- triggers after it keep the index in step with every change that alters what the view shows.
-- A 'delete' must repeat exactly the values that were indexed, which is why each trigger
-- rebuilds them from OLD values and the names as they were.
--
-- The triggers index the employees up to employee_fts_state.indexed_up_to, which is normally
-- the largest id there can be. A bulk load (kr_employee_repository_begin_bulk) lowers it to
-- the largest id before the load, so that the rows it adds are indexed once, all together, at
-- its end (kr_employee_repository_end_bulk), instead of once per change; it then raises it
-- again in the same transaction, so a committed file is always fully indexed.

CREATE TABLE employee_fts_state (
  indexed_up_to INTEGER NOT NULL
);

INSERT INTO employee_fts_state (indexed_up_to) VALUES (9223372036854775807);

CREATE VIEW employee_search AS
SELECT e.id AS id,
       coalesce(e.title_front || ' ', '') || e.name || coalesce(', ' || e.title_back, '') AS name,
       e.nip AS nip,
       p.name AS position,
       u.name AS unit
FROM employee e
LEFT JOIN position p ON p.id = e.position_id
LEFT JOIN unit u ON u.id = e.unit_id;

CREATE VIRTUAL TABLE employee_fts USING fts5 (
  name, nip, position, unit,
  content = 'employee_search', content_rowid = 'id',
  prefix = '2 3 4',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER employee_fts_insert AFTER INSERT ON employee
WHEN NEW.id <= (SELECT indexed_up_to FROM employee_fts_state)
BEGIN
  INSERT INTO employee_fts (rowid, name, nip, position, unit)
  VALUES (NEW.id,
          coalesce(NEW.title_front || ' ', '') || NEW.name || coalesce(', ' || NEW.title_back, ''),
          NEW.nip,
          (SELECT name FROM position WHERE id = NEW.position_id),
          (SELECT name FROM unit WHERE id = NEW.unit_id));
END;

CREATE TRIGGER employee_fts_delete AFTER DELETE ON employee
WHEN OLD.id <= (SELECT indexed_up_to FROM employee_fts_state)
BEGIN
  INSERT INTO employee_fts (employee_fts, rowid, name, nip, position, unit)
  VALUES ('delete', OLD.id,
          coalesce(OLD.title_front || ' ', '') || OLD.name || coalesce(', ' || OLD.title_back, ''),
          OLD.nip,
          (SELECT name FROM position WHERE id = OLD.position_id),
          (SELECT name FROM unit WHERE id = OLD.unit_id));
END;

CREATE TRIGGER employee_fts_update AFTER UPDATE ON employee
WHEN OLD.id <= (SELECT indexed_up_to FROM employee_fts_state)
  AND (OLD.name IS NOT NEW.name OR OLD.title_front IS NOT NEW.title_front
       OR OLD.title_back IS NOT NEW.title_back OR OLD.nip IS NOT NEW.nip
       OR OLD.position_id IS NOT NEW.position_id OR OLD.unit_id IS NOT NEW.unit_id)
BEGIN
  INSERT INTO employee_fts (employee_fts, rowid, name, nip, position, unit)
  VALUES ('delete', OLD.id,
          coalesce(OLD.title_front || ' ', '') || OLD.name || coalesce(', ' || OLD.title_back, ''),
          OLD.nip,
          (SELECT name FROM position WHERE id = OLD.position_id),
          (SELECT name FROM unit WHERE id = OLD.unit_id));
  INSERT INTO employee_fts (rowid, name, nip, position, unit)
  VALUES (NEW.id,
          coalesce(NEW.title_front || ' ', '') || NEW.name || coalesce(', ' || NEW.title_back, ''),
          NEW.nip,
          (SELECT name FROM position WHERE id = NEW.position_id),
          (SELECT name FROM unit WHERE id = NEW.unit_id));
END;

CREATE TRIGGER position_fts_rename AFTER UPDATE OF name ON position
WHEN OLD.name IS NOT NEW.name
BEGIN
  INSERT INTO employee_fts (employee_fts, rowid, name, nip, position, unit)
  SELECT 'delete', e.id,
         coalesce(e.title_front || ' ', '') || e.name || coalesce(', ' || e.title_back, ''),
         e.nip, OLD.name, (SELECT name FROM unit WHERE id = e.unit_id)
  FROM employee e
  WHERE e.position_id = NEW.id AND e.id <= (SELECT indexed_up_to FROM employee_fts_state);
  INSERT INTO employee_fts (rowid, name, nip, position, unit)
  SELECT e.id,
         coalesce(e.title_front || ' ', '') || e.name || coalesce(', ' || e.title_back, ''),
         e.nip, NEW.name, (SELECT name FROM unit WHERE id = e.unit_id)
  FROM employee e
  WHERE e.position_id = NEW.id AND e.id <= (SELECT indexed_up_to FROM employee_fts_state);
END;

CREATE TRIGGER unit_fts_rename AFTER UPDATE OF name ON unit
WHEN OLD.name IS NOT NEW.name
BEGIN
  INSERT INTO employee_fts (employee_fts, rowid, name, nip, position, unit)
  SELECT 'delete', e.id,
         coalesce(e.title_front || ' ', '') || e.name || coalesce(', ' || e.title_back, ''),
         e.nip, (SELECT name FROM position WHERE id = e.position_id), OLD.name
  FROM employee e
  WHERE e.unit_id = NEW.id AND e.id <= (SELECT indexed_up_to FROM employee_fts_state);
  INSERT INTO employee_fts (rowid, name, nip, position, unit)
  SELECT e.id,
         coalesce(e.title_front || ' ', '') || e.name || coalesce(', ' || e.title_back, ''),
         e.nip, (SELECT name FROM position WHERE id = e.position_id), NEW.name
  FROM employee e
  WHERE e.unit_id = NEW.id AND e.id <= (SELECT indexed_up_to FROM employee_fts_state);
END;

PRAGMA user_version = 3;
