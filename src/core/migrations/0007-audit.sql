-- Schema version 7: the audit trail, an append-only and hash-chained log of every write
-- (kr-audit.h).
--
-- Every insert, update and delete of an entity table adds one row to audit_log, in the same
-- transaction as the change: when (UTC, ISO 8601 with milliseconds), who (the account signed in
-- on the connection, by id and by its user name as it was then), what (the table and the row's
-- id, and the employee the row belongs to) and how: `changes` is a JSON object that maps each
-- field to [old, new], with only the changed fields for an update and every non-NULL field for
-- an insert or a delete. The row's id is the record's entity_id, not one of its fields, except
-- when an update changes it. Password hashes are never copied here: their values read
-- "[redacted]", so the log tells that a password changed but never what it is.
--
-- Who, when and the hashes come from SQL functions that kr-audit.c registers on every
-- connection kr_database_open() makes: kr_audit_now (), kr_audit_account (), kr_audit_user ()
-- and kr_audit_hash (...). A connection without them, such as the sqlite3 shell, cannot write
-- any audited table at all ("no such function: kr_audit_now"): whoever edits a database behind
-- Karier's back must first drop triggers, which verification then notices as broken links.
--
-- The hash chain: each row carries prev_hash, the hash of the row before it ('' for the first),
-- and hash = kr_audit_hash (prev_hash, at, account_id, user_name, action, entity, entity_id,
-- employee_id, changes), the SHA-256 of a canonical serialisation of those nine values that
-- kr-audit.h spells out. Changing, removing or reordering a past row breaks the chain at that
-- row or the one after it, which kr_audit_verify () reports. audit_state keeps the id and hash
-- of the newest row, and the next row chains onto it, so that removing the newest rows is
-- noticed too. Nothing here stops a determined user of the sqlite3 shell from rewriting the
-- whole chain and audit_state after the row they changed: the chain makes tampering evident
-- to whoever kept a copy of a later hash (karier-tool audit verify prints the newest one), not
-- impossible.

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  -- UTC, "YYYY-MM-DDTHH:MM:SS.mmmZ"
  at TEXT NOT NULL,
  -- The signed-in account, NULL when nobody was signed in (a database without accounts, a
  -- failed sign-in); user_name is the account's user name as it was then. No foreign key:
  -- the log outlives what it names.
  account_id INTEGER,
  user_name TEXT,
  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  -- The table name, and the id of the row in it
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  -- The employee the row belongs to, for the profile's history of changes: the employee
  -- itself, or the owner of a history row; NULL for units, positions and accounts
  employee_id INTEGER,
  -- JSON: {"field": [old, new], ...}
  changes TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);

-- The profile's history of changes, and the history of one row, newest first.
CREATE INDEX audit_log_employee_idx ON audit_log (employee_id);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);

-- The newest row of the chain: its id and hash. One row, written only by the trigger below.
-- It cannot be deleted; updating it is not guarded, because a guard would cost every write
-- and stop no one who can drop a trigger.
CREATE TABLE audit_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_id INTEGER NOT NULL,
  last_hash TEXT NOT NULL
);

INSERT INTO audit_state (id, last_id, last_hash) VALUES (1, 0, '');

-- The entity triggers write here; the trigger on the view stamps who, computes the hash from
-- audit_state and moves audit_state on, in one place. The time comes from the entity triggers
-- so that it is read once: the hash and the row must hold the same value.
CREATE VIEW audit_append (at, action, entity, entity_id, employee_id, changes) AS
  SELECT at, action, entity, entity_id, employee_id, changes FROM audit_log WHERE 0;

CREATE TRIGGER audit_append_insert INSTEAD OF INSERT ON audit_append
BEGIN
  INSERT INTO audit_log (at, account_id, user_name, action, entity, entity_id, employee_id,
                         changes, prev_hash, hash)
  VALUES (NEW.at, kr_audit_account (), kr_audit_user (), NEW.action, NEW.entity, NEW.entity_id,
          NEW.employee_id, NEW.changes, (SELECT last_hash FROM audit_state WHERE id = 1),
          kr_audit_hash ((SELECT last_hash FROM audit_state WHERE id = 1), NEW.at,
                         kr_audit_account (), kr_audit_user (), NEW.action, NEW.entity,
                         NEW.entity_id, NEW.employee_id, NEW.changes));
  UPDATE audit_state
  SET last_id = last_insert_rowid (),
      last_hash = (SELECT hash FROM audit_log WHERE id = last_insert_rowid ())
  WHERE id = 1;
END;

-- Append-only: the log refuses every other write.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'audit_log: the audit trail is append-only; records cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'audit_log: the audit trail is append-only; records cannot be deleted');
END;

CREATE TRIGGER audit_state_no_delete BEFORE DELETE ON audit_state
BEGIN
  SELECT RAISE (ABORT, 'audit_state: the state of the audit trail cannot be deleted');
END;

-- One trigger per write on each entity table. Each builds `changes` from a list of (field, old,
-- new) rows filtered by what changed. The employee's current education, rank, position and unit
-- (migrations 3 and 5) are left out: they are copies of the histories, whose own rows are
-- logged, and the update trigger does not even run for a write of only those (the settling of
-- a bulk load). An update that changes nothing leaves no record.
--
-- A new entity table needs its three triggers here in a later migration; test-audit.c fails
-- for a table without them.

-- unit

CREATE TRIGGER unit_audit_insert AFTER INSERT ON unit
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'unit', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'parent_id' AS k, NEW.parent_id AS n UNION ALL
       SELECT 'code', NEW.code UNION ALL
       SELECT 'name', NEW.name UNION ALL
       SELECT 'kind', NEW.kind)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER unit_audit_update AFTER UPDATE ON unit
WHEN OLD.id IS NOT NEW.id OR OLD.parent_id IS NOT NEW.parent_id OR OLD.code IS NOT NEW.code
  OR OLD.name IS NOT NEW.name OR OLD.kind IS NOT NEW.kind
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'unit', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'parent_id', OLD.parent_id, NEW.parent_id UNION ALL
       SELECT 'code', OLD.code, NEW.code UNION ALL
       SELECT 'name', OLD.name, NEW.name UNION ALL
       SELECT 'kind', OLD.kind, NEW.kind)
     WHERE o IS NOT n));
END;

CREATE TRIGGER unit_audit_delete AFTER DELETE ON unit
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'unit', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'parent_id' AS k, OLD.parent_id AS o UNION ALL
       SELECT 'code', OLD.code UNION ALL
       SELECT 'name', OLD.name UNION ALL
       SELECT 'kind', OLD.kind)
     WHERE o IS NOT NULL));
END;

-- position

CREATE TRIGGER position_audit_insert AFTER INSERT ON position
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'position', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'unit_id' AS k, NEW.unit_id AS n UNION ALL
       SELECT 'name', NEW.name UNION ALL
       SELECT 'kind', NEW.kind UNION ALL
       SELECT 'level', NEW.level UNION ALL
       SELECT 'kelas_jabatan', NEW.kelas_jabatan UNION ALL
       SELECT 'is_head', NEW.is_head)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER position_audit_update AFTER UPDATE ON position
WHEN OLD.id IS NOT NEW.id OR OLD.unit_id IS NOT NEW.unit_id OR OLD.name IS NOT NEW.name
  OR OLD.kind IS NOT NEW.kind OR OLD.level IS NOT NEW.level
  OR OLD.kelas_jabatan IS NOT NEW.kelas_jabatan OR OLD.is_head IS NOT NEW.is_head
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'position', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'unit_id', OLD.unit_id, NEW.unit_id UNION ALL
       SELECT 'name', OLD.name, NEW.name UNION ALL
       SELECT 'kind', OLD.kind, NEW.kind UNION ALL
       SELECT 'level', OLD.level, NEW.level UNION ALL
       SELECT 'kelas_jabatan', OLD.kelas_jabatan, NEW.kelas_jabatan UNION ALL
       SELECT 'is_head', OLD.is_head, NEW.is_head)
     WHERE o IS NOT n));
END;

CREATE TRIGGER position_audit_delete AFTER DELETE ON position
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'position', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'unit_id' AS k, OLD.unit_id AS o UNION ALL
       SELECT 'name', OLD.name UNION ALL
       SELECT 'kind', OLD.kind UNION ALL
       SELECT 'level', OLD.level UNION ALL
       SELECT 'kelas_jabatan', OLD.kelas_jabatan UNION ALL
       SELECT 'is_head', OLD.is_head)
     WHERE o IS NOT NULL));
END;

-- employee

CREATE TRIGGER employee_audit_insert AFTER INSERT ON employee
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'employee', NEW.id, NEW.id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'nip' AS k, NEW.nip AS n UNION ALL
       SELECT 'name', NEW.name UNION ALL
       SELECT 'title_front', NEW.title_front UNION ALL
       SELECT 'title_back', NEW.title_back UNION ALL
       SELECT 'birth_place', NEW.birth_place UNION ALL
       SELECT 'birth_date', NEW.birth_date UNION ALL
       SELECT 'gender', NEW.gender UNION ALL
       SELECT 'religion', NEW.religion UNION ALL
       SELECT 'marital_status', NEW.marital_status UNION ALL
       SELECT 'nik', NEW.nik UNION ALL
       SELECT 'phone', NEW.phone UNION ALL
       SELECT 'email', NEW.email UNION ALL
       SELECT 'address', NEW.address UNION ALL
       SELECT 'kind', NEW.kind UNION ALL
       SELECT 'status', NEW.status UNION ALL
       SELECT 'tmt_cpns', NEW.tmt_cpns UNION ALL
       SELECT 'tmt_pns', NEW.tmt_pns)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER employee_audit_update AFTER UPDATE OF
  id, nip, name, title_front, title_back, birth_place, birth_date, gender,
  religion, marital_status, nik, phone, email, address, kind, status,
  tmt_cpns, tmt_pns
ON employee
WHEN OLD.id IS NOT NEW.id OR OLD.nip IS NOT NEW.nip OR OLD.name IS NOT NEW.name
  OR OLD.title_front IS NOT NEW.title_front OR OLD.title_back IS NOT NEW.title_back
  OR OLD.birth_place IS NOT NEW.birth_place OR OLD.birth_date IS NOT NEW.birth_date
  OR OLD.gender IS NOT NEW.gender OR OLD.religion IS NOT NEW.religion
  OR OLD.marital_status IS NOT NEW.marital_status OR OLD.nik IS NOT NEW.nik
  OR OLD.phone IS NOT NEW.phone OR OLD.email IS NOT NEW.email OR OLD.address IS NOT NEW.address
  OR OLD.kind IS NOT NEW.kind OR OLD.status IS NOT NEW.status OR OLD.tmt_cpns IS NOT NEW.tmt_cpns
  OR OLD.tmt_pns IS NOT NEW.tmt_pns
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'employee', NEW.id, NEW.id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'nip', OLD.nip, NEW.nip UNION ALL
       SELECT 'name', OLD.name, NEW.name UNION ALL
       SELECT 'title_front', OLD.title_front, NEW.title_front UNION ALL
       SELECT 'title_back', OLD.title_back, NEW.title_back UNION ALL
       SELECT 'birth_place', OLD.birth_place, NEW.birth_place UNION ALL
       SELECT 'birth_date', OLD.birth_date, NEW.birth_date UNION ALL
       SELECT 'gender', OLD.gender, NEW.gender UNION ALL
       SELECT 'religion', OLD.religion, NEW.religion UNION ALL
       SELECT 'marital_status', OLD.marital_status, NEW.marital_status UNION ALL
       SELECT 'nik', OLD.nik, NEW.nik UNION ALL
       SELECT 'phone', OLD.phone, NEW.phone UNION ALL
       SELECT 'email', OLD.email, NEW.email UNION ALL
       SELECT 'address', OLD.address, NEW.address UNION ALL
       SELECT 'kind', OLD.kind, NEW.kind UNION ALL
       SELECT 'status', OLD.status, NEW.status UNION ALL
       SELECT 'tmt_cpns', OLD.tmt_cpns, NEW.tmt_cpns UNION ALL
       SELECT 'tmt_pns', OLD.tmt_pns, NEW.tmt_pns)
     WHERE o IS NOT n));
END;

CREATE TRIGGER employee_audit_delete AFTER DELETE ON employee
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'employee', OLD.id, OLD.id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'nip' AS k, OLD.nip AS o UNION ALL
       SELECT 'name', OLD.name UNION ALL
       SELECT 'title_front', OLD.title_front UNION ALL
       SELECT 'title_back', OLD.title_back UNION ALL
       SELECT 'birth_place', OLD.birth_place UNION ALL
       SELECT 'birth_date', OLD.birth_date UNION ALL
       SELECT 'gender', OLD.gender UNION ALL
       SELECT 'religion', OLD.religion UNION ALL
       SELECT 'marital_status', OLD.marital_status UNION ALL
       SELECT 'nik', OLD.nik UNION ALL
       SELECT 'phone', OLD.phone UNION ALL
       SELECT 'email', OLD.email UNION ALL
       SELECT 'address', OLD.address UNION ALL
       SELECT 'kind', OLD.kind UNION ALL
       SELECT 'status', OLD.status UNION ALL
       SELECT 'tmt_cpns', OLD.tmt_cpns UNION ALL
       SELECT 'tmt_pns', OLD.tmt_pns)
     WHERE o IS NOT NULL));
END;

-- rank_history

CREATE TRIGGER rank_history_audit_insert AFTER INSERT ON rank_history
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'rank_history', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'employee_id' AS k, NEW.employee_id AS n UNION ALL
       SELECT 'golongan', NEW.golongan UNION ALL
       SELECT 'promotion_kind', NEW.promotion_kind UNION ALL
       SELECT 'tmt', NEW.tmt UNION ALL
       SELECT 'sk_number', NEW.sk_number UNION ALL
       SELECT 'sk_date', NEW.sk_date)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER rank_history_audit_update AFTER UPDATE ON rank_history
WHEN OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id
  OR OLD.golongan IS NOT NEW.golongan OR OLD.promotion_kind IS NOT NEW.promotion_kind
  OR OLD.tmt IS NOT NEW.tmt OR OLD.sk_number IS NOT NEW.sk_number
  OR OLD.sk_date IS NOT NEW.sk_date
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'rank_history', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'golongan', OLD.golongan, NEW.golongan UNION ALL
       SELECT 'promotion_kind', OLD.promotion_kind, NEW.promotion_kind UNION ALL
       SELECT 'tmt', OLD.tmt, NEW.tmt UNION ALL
       SELECT 'sk_number', OLD.sk_number, NEW.sk_number UNION ALL
       SELECT 'sk_date', OLD.sk_date, NEW.sk_date)
     WHERE o IS NOT n));
END;

CREATE TRIGGER rank_history_audit_delete AFTER DELETE ON rank_history
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'rank_history', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'employee_id' AS k, OLD.employee_id AS o UNION ALL
       SELECT 'golongan', OLD.golongan UNION ALL
       SELECT 'promotion_kind', OLD.promotion_kind UNION ALL
       SELECT 'tmt', OLD.tmt UNION ALL
       SELECT 'sk_number', OLD.sk_number UNION ALL
       SELECT 'sk_date', OLD.sk_date)
     WHERE o IS NOT NULL));
END;

-- position_history

CREATE TRIGGER position_history_audit_insert AFTER INSERT ON position_history
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'position_history', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'employee_id' AS k, NEW.employee_id AS n UNION ALL
       SELECT 'position_id', NEW.position_id UNION ALL
       SELECT 'tmt', NEW.tmt UNION ALL
       SELECT 'sk_number', NEW.sk_number UNION ALL
       SELECT 'sk_date', NEW.sk_date)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER position_history_audit_update AFTER UPDATE ON position_history
WHEN OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id
  OR OLD.position_id IS NOT NEW.position_id OR OLD.tmt IS NOT NEW.tmt
  OR OLD.sk_number IS NOT NEW.sk_number OR OLD.sk_date IS NOT NEW.sk_date
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'position_history', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'position_id', OLD.position_id, NEW.position_id UNION ALL
       SELECT 'tmt', OLD.tmt, NEW.tmt UNION ALL
       SELECT 'sk_number', OLD.sk_number, NEW.sk_number UNION ALL
       SELECT 'sk_date', OLD.sk_date, NEW.sk_date)
     WHERE o IS NOT n));
END;

CREATE TRIGGER position_history_audit_delete AFTER DELETE ON position_history
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'position_history', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'employee_id' AS k, OLD.employee_id AS o UNION ALL
       SELECT 'position_id', OLD.position_id UNION ALL
       SELECT 'tmt', OLD.tmt UNION ALL
       SELECT 'sk_number', OLD.sk_number UNION ALL
       SELECT 'sk_date', OLD.sk_date)
     WHERE o IS NOT NULL));
END;

-- education_history

CREATE TRIGGER education_history_audit_insert AFTER INSERT ON education_history
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'education_history', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'employee_id' AS k, NEW.employee_id AS n UNION ALL
       SELECT 'level', NEW.level UNION ALL
       SELECT 'institution', NEW.institution UNION ALL
       SELECT 'major', NEW.major UNION ALL
       SELECT 'graduation_year', NEW.graduation_year UNION ALL
       SELECT 'sk_number', NEW.sk_number UNION ALL
       SELECT 'sk_date', NEW.sk_date)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER education_history_audit_update AFTER UPDATE ON education_history
WHEN OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id OR OLD.level IS NOT NEW.level
  OR OLD.institution IS NOT NEW.institution OR OLD.major IS NOT NEW.major
  OR OLD.graduation_year IS NOT NEW.graduation_year OR OLD.sk_number IS NOT NEW.sk_number
  OR OLD.sk_date IS NOT NEW.sk_date
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'education_history', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'level', OLD.level, NEW.level UNION ALL
       SELECT 'institution', OLD.institution, NEW.institution UNION ALL
       SELECT 'major', OLD.major, NEW.major UNION ALL
       SELECT 'graduation_year', OLD.graduation_year, NEW.graduation_year UNION ALL
       SELECT 'sk_number', OLD.sk_number, NEW.sk_number UNION ALL
       SELECT 'sk_date', OLD.sk_date, NEW.sk_date)
     WHERE o IS NOT n));
END;

CREATE TRIGGER education_history_audit_delete AFTER DELETE ON education_history
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'education_history', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'employee_id' AS k, OLD.employee_id AS o UNION ALL
       SELECT 'level', OLD.level UNION ALL
       SELECT 'institution', OLD.institution UNION ALL
       SELECT 'major', OLD.major UNION ALL
       SELECT 'graduation_year', OLD.graduation_year UNION ALL
       SELECT 'sk_number', OLD.sk_number UNION ALL
       SELECT 'sk_date', OLD.sk_date)
     WHERE o IS NOT NULL));
END;

-- discipline_history

CREATE TRIGGER discipline_history_audit_insert AFTER INSERT ON discipline_history
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'discipline_history', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'employee_id' AS k, NEW.employee_id AS n UNION ALL
       SELECT 'level', NEW.level UNION ALL
       SELECT 'sanction', NEW.sanction UNION ALL
       SELECT 'regulation', NEW.regulation UNION ALL
       SELECT 'tmt', NEW.tmt UNION ALL
       SELECT 'end_date', NEW.end_date UNION ALL
       SELECT 'sk_number', NEW.sk_number UNION ALL
       SELECT 'sk_date', NEW.sk_date)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER discipline_history_audit_update AFTER UPDATE ON discipline_history
WHEN OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id OR OLD.level IS NOT NEW.level
  OR OLD.sanction IS NOT NEW.sanction OR OLD.regulation IS NOT NEW.regulation
  OR OLD.tmt IS NOT NEW.tmt OR OLD.end_date IS NOT NEW.end_date
  OR OLD.sk_number IS NOT NEW.sk_number OR OLD.sk_date IS NOT NEW.sk_date
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'discipline_history', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'level', OLD.level, NEW.level UNION ALL
       SELECT 'sanction', OLD.sanction, NEW.sanction UNION ALL
       SELECT 'regulation', OLD.regulation, NEW.regulation UNION ALL
       SELECT 'tmt', OLD.tmt, NEW.tmt UNION ALL
       SELECT 'end_date', OLD.end_date, NEW.end_date UNION ALL
       SELECT 'sk_number', OLD.sk_number, NEW.sk_number UNION ALL
       SELECT 'sk_date', OLD.sk_date, NEW.sk_date)
     WHERE o IS NOT n));
END;

CREATE TRIGGER discipline_history_audit_delete AFTER DELETE ON discipline_history
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'discipline_history', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'employee_id' AS k, OLD.employee_id AS o UNION ALL
       SELECT 'level', OLD.level UNION ALL
       SELECT 'sanction', OLD.sanction UNION ALL
       SELECT 'regulation', OLD.regulation UNION ALL
       SELECT 'tmt', OLD.tmt UNION ALL
       SELECT 'end_date', OLD.end_date UNION ALL
       SELECT 'sk_number', OLD.sk_number UNION ALL
       SELECT 'sk_date', OLD.sk_date)
     WHERE o IS NOT NULL));
END;

-- award_history

CREATE TRIGGER award_history_audit_insert AFTER INSERT ON award_history
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'award_history', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'employee_id' AS k, NEW.employee_id AS n UNION ALL
       SELECT 'kind', NEW.kind UNION ALL
       SELECT 'name', NEW.name UNION ALL
       SELECT 'year', NEW.year UNION ALL
       SELECT 'sk_number', NEW.sk_number UNION ALL
       SELECT 'sk_date', NEW.sk_date)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER award_history_audit_update AFTER UPDATE ON award_history
WHEN OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id OR OLD.kind IS NOT NEW.kind
  OR OLD.name IS NOT NEW.name OR OLD.year IS NOT NEW.year OR OLD.sk_number IS NOT NEW.sk_number
  OR OLD.sk_date IS NOT NEW.sk_date
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'award_history', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'kind', OLD.kind, NEW.kind UNION ALL
       SELECT 'name', OLD.name, NEW.name UNION ALL
       SELECT 'year', OLD.year, NEW.year UNION ALL
       SELECT 'sk_number', OLD.sk_number, NEW.sk_number UNION ALL
       SELECT 'sk_date', OLD.sk_date, NEW.sk_date)
     WHERE o IS NOT n));
END;

CREATE TRIGGER award_history_audit_delete AFTER DELETE ON award_history
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'award_history', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'employee_id' AS k, OLD.employee_id AS o UNION ALL
       SELECT 'kind', OLD.kind UNION ALL
       SELECT 'name', OLD.name UNION ALL
       SELECT 'year', OLD.year UNION ALL
       SELECT 'sk_number', OLD.sk_number UNION ALL
       SELECT 'sk_date', OLD.sk_date)
     WHERE o IS NOT NULL));
END;

-- account

CREATE TRIGGER account_audit_insert AFTER INSERT ON account
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'account', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'user_name' AS k, NEW.user_name AS n UNION ALL
       SELECT 'display_name', NEW.display_name UNION ALL
       SELECT 'employee_id', NEW.employee_id UNION ALL
       SELECT 'role', NEW.role UNION ALL
       SELECT 'unit_id', NEW.unit_id UNION ALL
       SELECT 'password_hash',
         CASE WHEN NEW.password_hash IS NOT NULL THEN '[redacted]' END UNION ALL
       SELECT 'disabled', NEW.disabled UNION ALL
       SELECT 'failed_sign_ins', NEW.failed_sign_ins UNION ALL
       SELECT 'last_failed_at', NEW.last_failed_at UNION ALL
       SELECT 'created_at', NEW.created_at)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER account_audit_update AFTER UPDATE ON account
WHEN OLD.id IS NOT NEW.id OR OLD.user_name IS NOT NEW.user_name
  OR OLD.display_name IS NOT NEW.display_name OR OLD.employee_id IS NOT NEW.employee_id
  OR OLD.role IS NOT NEW.role OR OLD.unit_id IS NOT NEW.unit_id
  OR OLD.password_hash IS NOT NEW.password_hash OR OLD.disabled IS NOT NEW.disabled
  OR OLD.failed_sign_ins IS NOT NEW.failed_sign_ins
  OR OLD.last_failed_at IS NOT NEW.last_failed_at OR OLD.created_at IS NOT NEW.created_at
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'account', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'user_name', OLD.user_name, NEW.user_name UNION ALL
       SELECT 'display_name', OLD.display_name, NEW.display_name UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'role', OLD.role, NEW.role UNION ALL
       SELECT 'unit_id', OLD.unit_id, NEW.unit_id UNION ALL
       SELECT 'password_hash', CASE WHEN OLD.password_hash IS NOT NULL THEN '[redacted]' END,
         CASE WHEN NEW.password_hash IS NOT NULL THEN '[redacted]' END UNION ALL
       SELECT 'disabled', OLD.disabled, NEW.disabled UNION ALL
       SELECT 'failed_sign_ins', OLD.failed_sign_ins, NEW.failed_sign_ins UNION ALL
       SELECT 'last_failed_at', OLD.last_failed_at, NEW.last_failed_at UNION ALL
       SELECT 'created_at', OLD.created_at, NEW.created_at)
     WHERE o IS NOT n OR (k = 'password_hash' AND OLD.password_hash IS NOT NEW.password_hash)));
END;

CREATE TRIGGER account_audit_delete AFTER DELETE ON account
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'account', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'user_name' AS k, OLD.user_name AS o UNION ALL
       SELECT 'display_name', OLD.display_name UNION ALL
       SELECT 'employee_id', OLD.employee_id UNION ALL
       SELECT 'role', OLD.role UNION ALL
       SELECT 'unit_id', OLD.unit_id UNION ALL
       SELECT 'password_hash',
         CASE WHEN OLD.password_hash IS NOT NULL THEN '[redacted]' END UNION ALL
       SELECT 'disabled', OLD.disabled UNION ALL
       SELECT 'failed_sign_ins', OLD.failed_sign_ins UNION ALL
       SELECT 'last_failed_at', OLD.last_failed_at UNION ALL
       SELECT 'created_at', OLD.created_at)
     WHERE o IS NOT NULL));
END;

PRAGMA user_version = 7;
