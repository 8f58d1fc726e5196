-- Schema version 10: kenaikan pangkat (KP) pipeline and its facts (DOMAIN 4; kr-promotion.h,
-- kr-promotion-repository.h).
--
-- A promotion is one employee's KP proposal for one period (TMT). It walks candidate ->
-- documents_complete -> proposed -> pertek -> decree -> effective, or ends cancelled; every
-- move is a promotion_transition row (who, when, why). Its document checklist (the kind's
-- list, kr-promotion-rules.c) is one promotion_document row per item. When it becomes
-- effective core inserts the rank_history row (promotion.rank_history_id) in the same
-- transaction, so the employee's current rank (migration 5 triggers) changes with it.
--
-- ujian_dinas and angka_kredit are facts the eligibility rules read: the passed ujian dinas
-- (II -> III, III -> IV) and the angka kredit of functional officials per year and source.
--
-- Golongan are SIMPEG codes (golongan x 10 + ruang, 11 = I/a .. 45 = IV/e), as rank_history.
-- Every write of these tables is in the audit trail (the triggers at the end).

CREATE TABLE promotion (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  -- KrKpKind
  kind TEXT NOT NULL
    CHECK (kind IN ('reguler', 'pilihan_struktural', 'pilihan_fungsional', 'penyesuaian_ijazah',
                    'pengabdian', 'anumerta')),
  -- The period date (TMT proposed)
  period TEXT NOT NULL CHECK (period LIKE '____-__-__'),
  from_golongan INTEGER NOT NULL
    CHECK (from_golongan BETWEEN 11 AND 14 OR from_golongan BETWEEN 21 AND 24
           OR from_golongan BETWEEN 31 AND 34 OR from_golongan BETWEEN 41 AND 45),
  from_tmt TEXT CHECK (from_tmt LIKE '____-__-__'),
  to_golongan INTEGER NOT NULL
    CHECK (to_golongan BETWEEN 11 AND 14 OR to_golongan BETWEEN 21 AND 24
           OR to_golongan BETWEEN 31 AND 34 OR to_golongan BETWEEN 41 AND 45),
  -- KrPromotionStage
  stage TEXT NOT NULL DEFAULT 'candidate'
    CHECK (stage IN ('candidate', 'documents_complete', 'proposed', 'pertek', 'decree',
                     'effective', 'cancelled')),
  -- BKN's pertimbangan teknis
  pertek_number TEXT CHECK (pertek_number <> ''),
  pertek_date TEXT CHECK (pertek_date LIKE '____-__-__'),
  -- The decree (SK) and its TMT
  sk_number TEXT CHECK (sk_number <> ''),
  sk_date TEXT CHECK (sk_date LIKE '____-__-__'),
  tmt TEXT CHECK (tmt LIKE '____-__-__'),
  notes TEXT CHECK (notes <> ''),
  -- The rank history row made when effective
  rank_history_id INTEGER REFERENCES rank_history (id) ON DELETE SET NULL,
  CHECK (to_golongan > from_golongan),
  CHECK (stage NOT IN ('pertek') OR (pertek_number IS NOT NULL AND pertek_date IS NOT NULL)),
  CHECK (stage NOT IN ('decree', 'effective')
         OR (sk_number IS NOT NULL AND sk_date IS NOT NULL AND tmt IS NOT NULL))
);

-- One open proposal per employee and period
CREATE UNIQUE INDEX promotion_open_idx ON promotion (employee_id, period)
  WHERE stage <> 'cancelled';
CREATE INDEX promotion_stage_idx ON promotion (stage, period);
CREATE INDEX promotion_period_idx ON promotion (period, stage);

CREATE TABLE promotion_document (
  id INTEGER PRIMARY KEY,
  promotion_id INTEGER NOT NULL REFERENCES promotion (id) ON DELETE CASCADE,
  -- A code of the kind's checklist (kr_promotion_documents_for_kind ())
  code TEXT NOT NULL CHECK (code <> ''),
  -- The checklist order
  position INTEGER NOT NULL CHECK (position >= 0),
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  note TEXT CHECK (note <> ''),
  UNIQUE (promotion_id, code)
);

CREATE TABLE promotion_transition (
  id INTEGER PRIMARY KEY,
  promotion_id INTEGER NOT NULL REFERENCES promotion (id) ON DELETE CASCADE,
  -- Equal to to_stage for the row that records the creation
  from_stage TEXT NOT NULL,
  to_stage TEXT NOT NULL,
  at TEXT NOT NULL,
  account_id INTEGER,
  user_name TEXT,
  reason TEXT CHECK (reason <> '')
);

CREATE INDEX promotion_transition_promotion_idx ON promotion_transition (promotion_id, id);

CREATE TABLE ujian_dinas (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  -- KrUjianDinasLevel: tingkat I (II/d -> III/a) or tingkat II (III/d -> IV/a)
  level TEXT NOT NULL CHECK (level IN ('ii_iii', 'iii_iv')),
  date TEXT NOT NULL CHECK (date LIKE '____-__-__'),
  certificate TEXT CHECK (certificate <> ''),
  UNIQUE (employee_id, level)
);

CREATE TABLE angka_kredit (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 1980 AND 2200),
  value REAL NOT NULL CHECK (value BETWEEN 0 AND 10000),
  -- KrAngkaKreditSource
  source TEXT NOT NULL CHECK (source IN ('konversi', 'integrasi', 'pak')),
  UNIQUE (employee_id, year, source)
);

-- The audit trail (migration 7): three triggers per table, as there.

-- promotion

CREATE TRIGGER promotion_audit_insert AFTER INSERT ON promotion
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'promotion', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'employee_id' AS k, NEW.employee_id AS n UNION ALL
       SELECT 'kind', NEW.kind UNION ALL
       SELECT 'period', NEW.period UNION ALL
       SELECT 'from_golongan', NEW.from_golongan UNION ALL
       SELECT 'from_tmt', NEW.from_tmt UNION ALL
       SELECT 'to_golongan', NEW.to_golongan UNION ALL
       SELECT 'stage', NEW.stage UNION ALL
       SELECT 'pertek_number', NEW.pertek_number UNION ALL
       SELECT 'pertek_date', NEW.pertek_date UNION ALL
       SELECT 'sk_number', NEW.sk_number UNION ALL
       SELECT 'sk_date', NEW.sk_date UNION ALL
       SELECT 'tmt', NEW.tmt UNION ALL
       SELECT 'notes', NEW.notes UNION ALL
       SELECT 'rank_history_id', NEW.rank_history_id)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER promotion_audit_update AFTER UPDATE ON promotion
WHEN OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id OR OLD.kind IS NOT NEW.kind
  OR OLD.period IS NOT NEW.period OR OLD.from_golongan IS NOT NEW.from_golongan
  OR OLD.from_tmt IS NOT NEW.from_tmt OR OLD.to_golongan IS NOT NEW.to_golongan
  OR OLD.stage IS NOT NEW.stage OR OLD.pertek_number IS NOT NEW.pertek_number
  OR OLD.pertek_date IS NOT NEW.pertek_date OR OLD.sk_number IS NOT NEW.sk_number
  OR OLD.sk_date IS NOT NEW.sk_date OR OLD.tmt IS NOT NEW.tmt OR OLD.notes IS NOT NEW.notes
  OR OLD.rank_history_id IS NOT NEW.rank_history_id
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'promotion', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'kind', OLD.kind, NEW.kind UNION ALL
       SELECT 'period', OLD.period, NEW.period UNION ALL
       SELECT 'from_golongan', OLD.from_golongan, NEW.from_golongan UNION ALL
       SELECT 'from_tmt', OLD.from_tmt, NEW.from_tmt UNION ALL
       SELECT 'to_golongan', OLD.to_golongan, NEW.to_golongan UNION ALL
       SELECT 'stage', OLD.stage, NEW.stage UNION ALL
       SELECT 'pertek_number', OLD.pertek_number, NEW.pertek_number UNION ALL
       SELECT 'pertek_date', OLD.pertek_date, NEW.pertek_date UNION ALL
       SELECT 'sk_number', OLD.sk_number, NEW.sk_number UNION ALL
       SELECT 'sk_date', OLD.sk_date, NEW.sk_date UNION ALL
       SELECT 'tmt', OLD.tmt, NEW.tmt UNION ALL
       SELECT 'notes', OLD.notes, NEW.notes UNION ALL
       SELECT 'rank_history_id', OLD.rank_history_id, NEW.rank_history_id)
     WHERE o IS NOT n));
END;

CREATE TRIGGER promotion_audit_delete AFTER DELETE ON promotion
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'promotion', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'employee_id' AS k, OLD.employee_id AS o UNION ALL
       SELECT 'kind', OLD.kind UNION ALL
       SELECT 'period', OLD.period UNION ALL
       SELECT 'from_golongan', OLD.from_golongan UNION ALL
       SELECT 'from_tmt', OLD.from_tmt UNION ALL
       SELECT 'to_golongan', OLD.to_golongan UNION ALL
       SELECT 'stage', OLD.stage UNION ALL
       SELECT 'pertek_number', OLD.pertek_number UNION ALL
       SELECT 'pertek_date', OLD.pertek_date UNION ALL
       SELECT 'sk_number', OLD.sk_number UNION ALL
       SELECT 'sk_date', OLD.sk_date UNION ALL
       SELECT 'tmt', OLD.tmt UNION ALL
       SELECT 'notes', OLD.notes UNION ALL
       SELECT 'rank_history_id', OLD.rank_history_id)
     WHERE o IS NOT NULL));
END;

-- promotion_document

CREATE TRIGGER promotion_document_audit_insert AFTER INSERT ON promotion_document
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'promotion_document', NEW.id, (SELECT employee_id FROM promotion WHERE id = NEW.promotion_id),
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'promotion_id' AS k, NEW.promotion_id AS n UNION ALL
       SELECT 'code', NEW.code UNION ALL
       SELECT 'position', NEW.position UNION ALL
       SELECT 'done', NEW.done UNION ALL
       SELECT 'note', NEW.note)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER promotion_document_audit_update AFTER UPDATE ON promotion_document
WHEN OLD.id IS NOT NEW.id OR OLD.promotion_id IS NOT NEW.promotion_id OR OLD.code IS NOT NEW.code
  OR OLD.position IS NOT NEW.position OR OLD.done IS NOT NEW.done OR OLD.note IS NOT NEW.note
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'promotion_document', NEW.id, (SELECT employee_id FROM promotion WHERE id = NEW.promotion_id),
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'promotion_id', OLD.promotion_id, NEW.promotion_id UNION ALL
       SELECT 'code', OLD.code, NEW.code UNION ALL
       SELECT 'position', OLD.position, NEW.position UNION ALL
       SELECT 'done', OLD.done, NEW.done UNION ALL
       SELECT 'note', OLD.note, NEW.note)
     WHERE o IS NOT n));
END;

CREATE TRIGGER promotion_document_audit_delete AFTER DELETE ON promotion_document
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'promotion_document', OLD.id, (SELECT employee_id FROM promotion WHERE id = OLD.promotion_id),
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'promotion_id' AS k, OLD.promotion_id AS o UNION ALL
       SELECT 'code', OLD.code UNION ALL
       SELECT 'position', OLD.position UNION ALL
       SELECT 'done', OLD.done UNION ALL
       SELECT 'note', OLD.note)
     WHERE o IS NOT NULL));
END;

-- promotion_transition

CREATE TRIGGER promotion_transition_audit_insert AFTER INSERT ON promotion_transition
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'promotion_transition', NEW.id, (SELECT employee_id FROM promotion WHERE id = NEW.promotion_id),
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'promotion_id' AS k, NEW.promotion_id AS n UNION ALL
       SELECT 'from_stage', NEW.from_stage UNION ALL
       SELECT 'to_stage', NEW.to_stage UNION ALL
       SELECT 'at', NEW.at UNION ALL
       SELECT 'account_id', NEW.account_id UNION ALL
       SELECT 'user_name', NEW.user_name UNION ALL
       SELECT 'reason', NEW.reason)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER promotion_transition_audit_update AFTER UPDATE ON promotion_transition
WHEN OLD.id IS NOT NEW.id OR OLD.promotion_id IS NOT NEW.promotion_id
  OR OLD.from_stage IS NOT NEW.from_stage OR OLD.to_stage IS NOT NEW.to_stage
  OR OLD.at IS NOT NEW.at OR OLD.account_id IS NOT NEW.account_id
  OR OLD.user_name IS NOT NEW.user_name OR OLD.reason IS NOT NEW.reason
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'promotion_transition', NEW.id, (SELECT employee_id FROM promotion WHERE id = NEW.promotion_id),
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'promotion_id', OLD.promotion_id, NEW.promotion_id UNION ALL
       SELECT 'from_stage', OLD.from_stage, NEW.from_stage UNION ALL
       SELECT 'to_stage', OLD.to_stage, NEW.to_stage UNION ALL
       SELECT 'at', OLD.at, NEW.at UNION ALL
       SELECT 'account_id', OLD.account_id, NEW.account_id UNION ALL
       SELECT 'user_name', OLD.user_name, NEW.user_name UNION ALL
       SELECT 'reason', OLD.reason, NEW.reason)
     WHERE o IS NOT n));
END;

CREATE TRIGGER promotion_transition_audit_delete AFTER DELETE ON promotion_transition
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'promotion_transition', OLD.id, (SELECT employee_id FROM promotion WHERE id = OLD.promotion_id),
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'promotion_id' AS k, OLD.promotion_id AS o UNION ALL
       SELECT 'from_stage', OLD.from_stage UNION ALL
       SELECT 'to_stage', OLD.to_stage UNION ALL
       SELECT 'at', OLD.at UNION ALL
       SELECT 'account_id', OLD.account_id UNION ALL
       SELECT 'user_name', OLD.user_name UNION ALL
       SELECT 'reason', OLD.reason)
     WHERE o IS NOT NULL));
END;

-- ujian_dinas

CREATE TRIGGER ujian_dinas_audit_insert AFTER INSERT ON ujian_dinas
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'ujian_dinas', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'employee_id' AS k, NEW.employee_id AS n UNION ALL
       SELECT 'level', NEW.level UNION ALL
       SELECT 'date', NEW.date UNION ALL
       SELECT 'certificate', NEW.certificate)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER ujian_dinas_audit_update AFTER UPDATE ON ujian_dinas
WHEN OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id OR OLD.level IS NOT NEW.level
  OR OLD.date IS NOT NEW.date OR OLD.certificate IS NOT NEW.certificate
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'ujian_dinas', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'level', OLD.level, NEW.level UNION ALL
       SELECT 'date', OLD.date, NEW.date UNION ALL
       SELECT 'certificate', OLD.certificate, NEW.certificate)
     WHERE o IS NOT n));
END;

CREATE TRIGGER ujian_dinas_audit_delete AFTER DELETE ON ujian_dinas
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'ujian_dinas', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'employee_id' AS k, OLD.employee_id AS o UNION ALL
       SELECT 'level', OLD.level UNION ALL
       SELECT 'date', OLD.date UNION ALL
       SELECT 'certificate', OLD.certificate)
     WHERE o IS NOT NULL));
END;

-- angka_kredit

CREATE TRIGGER angka_kredit_audit_insert AFTER INSERT ON angka_kredit
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'angka_kredit', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'employee_id' AS k, NEW.employee_id AS n UNION ALL
       SELECT 'year', NEW.year UNION ALL
       SELECT 'value', NEW.value UNION ALL
       SELECT 'source', NEW.source)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER angka_kredit_audit_update AFTER UPDATE ON angka_kredit
WHEN OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id OR OLD.year IS NOT NEW.year
  OR OLD.value IS NOT NEW.value OR OLD.source IS NOT NEW.source
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'angka_kredit', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'year', OLD.year, NEW.year UNION ALL
       SELECT 'value', OLD.value, NEW.value UNION ALL
       SELECT 'source', OLD.source, NEW.source)
     WHERE o IS NOT n));
END;

CREATE TRIGGER angka_kredit_audit_delete AFTER DELETE ON angka_kredit
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'angka_kredit', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'employee_id' AS k, OLD.employee_id AS o UNION ALL
       SELECT 'year', OLD.year UNION ALL
       SELECT 'value', OLD.value UNION ALL
       SELECT 'source', OLD.source)
     WHERE o IS NOT NULL));
END;

PRAGMA user_version = 10;
