-- Schema version 5: bulk loads that settle the current values once, and a leaner search index.
--
-- Until now every history row written during a bulk load (an import, the demo) recomputed its
-- employee's current rank, position or education at once, rewriting the employee row and its
-- dozen indexes three times per employee, and the search index was built with positions
-- kept for every token. Now the per-row triggers serve only the employees up to
-- employee_bulk_state.settled_up_to, which is normally the largest id there can be. A bulk
-- load (kr_employee_repository_begin_bulk) lowers it to the largest id before the load; the
-- employees it adds are then settled all together at its end (kr_employee_repository_end_bulk:
-- current values, then the search index), and it raises it again in the same transaction, so a
-- committed file always satisfies the rules of migration 3.

CREATE TABLE employee_bulk_state (
  settled_up_to INTEGER NOT NULL
);

INSERT INTO employee_bulk_state (settled_up_to) SELECT indexed_up_to FROM employee_fts_state;

-- Current values (see migration 3), now only for settled employees.

DROP TRIGGER rank_history_current_insert;
DROP TRIGGER rank_history_current_update;
DROP TRIGGER rank_history_current_delete;
DROP TRIGGER position_history_current_insert;
DROP TRIGGER position_history_current_update;
DROP TRIGGER position_history_current_delete;
DROP TRIGGER education_history_current_insert;
DROP TRIGGER education_history_current_update;
DROP TRIGGER education_history_current_delete;
DROP TRIGGER employee_current_insert_guard;
DROP TRIGGER employee_rank_guard;
DROP TRIGGER employee_position_guard;
DROP TRIGGER employee_education_guard;

CREATE TRIGGER rank_history_current_insert AFTER INSERT ON rank_history
WHEN NEW.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
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
  WHERE id IN (OLD.employee_id, NEW.employee_id)
    AND id <= (SELECT settled_up_to FROM employee_bulk_state);
END;

CREATE TRIGGER rank_history_current_delete AFTER DELETE ON rank_history
WHEN OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  UPDATE employee SET (golongan, rank_tmt) =
    (SELECT h.golongan, h.tmt FROM rank_history h WHERE h.employee_id = employee.id
     ORDER BY h.tmt DESC, h.id DESC LIMIT 1)
  WHERE id = OLD.employee_id;
END;

CREATE TRIGGER position_history_current_insert AFTER INSERT ON position_history
WHEN NEW.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
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
  WHERE id IN (OLD.employee_id, NEW.employee_id)
    AND id <= (SELECT settled_up_to FROM employee_bulk_state);
END;

CREATE TRIGGER position_history_current_delete AFTER DELETE ON position_history
WHEN OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  UPDATE employee SET (position_id, position_tmt, unit_id) =
    (SELECT h.position_id, h.tmt, p.unit_id
     FROM position_history h JOIN position p ON p.id = h.position_id
     WHERE h.employee_id = employee.id ORDER BY h.tmt DESC, h.id DESC LIMIT 1)
  WHERE id = OLD.employee_id;
END;

CREATE TRIGGER education_history_current_insert AFTER INSERT ON education_history
WHEN NEW.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
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
  WHERE id IN (OLD.employee_id, NEW.employee_id)
    AND id <= (SELECT settled_up_to FROM employee_bulk_state);
END;

CREATE TRIGGER education_history_current_delete AFTER DELETE ON education_history
WHEN OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  UPDATE employee SET education =
    (SELECT h.level FROM education_history h WHERE h.employee_id = employee.id
     ORDER BY h.graduation_year DESC, h.id DESC LIMIT 1)
  WHERE id = OLD.employee_id;
END;

-- Guards (see migration 3). An unsettled employee's current values are written once, by the
-- statement that settles the load, which the guards still check row by row.

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

-- The search index (see migration 3) keeps only which employees hold a token, not where:
-- the list asks for prefixes of words, never for phrases or columns, and this makes it about
-- half the size, twice as fast to build, and faster to read. One-letter prefixes get an index
-- of their own, as the first keystroke of every search asks for one.

DROP TRIGGER employee_fts_insert;
DROP TRIGGER employee_fts_delete;
DROP TRIGGER employee_fts_update;
DROP TRIGGER position_fts_rename;
DROP TRIGGER unit_fts_rename;
DROP TABLE employee_fts;
DROP TABLE employee_fts_state;

CREATE VIRTUAL TABLE employee_fts USING fts5 (
  name, nip, position, unit,
  content = 'employee_search', content_rowid = 'id',
  detail = none, columnsize = 0,
  prefix = '1 2 3 4',
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO employee_fts (employee_fts) VALUES ('rebuild');

CREATE TRIGGER employee_fts_insert AFTER INSERT ON employee
WHEN NEW.id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  INSERT INTO employee_fts (rowid, name, nip, position, unit)
  VALUES (NEW.id,
          coalesce(NEW.title_front || ' ', '') || NEW.name || coalesce(', ' || NEW.title_back, ''),
          NEW.nip,
          (SELECT name FROM position WHERE id = NEW.position_id),
          (SELECT name FROM unit WHERE id = NEW.unit_id));
END;

CREATE TRIGGER employee_fts_delete AFTER DELETE ON employee
WHEN OLD.id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  INSERT INTO employee_fts (employee_fts, rowid, name, nip, position, unit)
  VALUES ('delete', OLD.id,
          coalesce(OLD.title_front || ' ', '') || OLD.name || coalesce(', ' || OLD.title_back, ''),
          OLD.nip,
          (SELECT name FROM position WHERE id = OLD.position_id),
          (SELECT name FROM unit WHERE id = OLD.unit_id));
END;

CREATE TRIGGER employee_fts_update AFTER UPDATE ON employee
WHEN OLD.id <= (SELECT settled_up_to FROM employee_bulk_state)
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
  WHERE e.position_id = NEW.id AND e.id <= (SELECT settled_up_to FROM employee_bulk_state);
  INSERT INTO employee_fts (rowid, name, nip, position, unit)
  SELECT e.id,
         coalesce(e.title_front || ' ', '') || e.name || coalesce(', ' || e.title_back, ''),
         e.nip, NEW.name, (SELECT name FROM unit WHERE id = e.unit_id)
  FROM employee e
  WHERE e.position_id = NEW.id AND e.id <= (SELECT settled_up_to FROM employee_bulk_state);
END;

CREATE TRIGGER unit_fts_rename AFTER UPDATE OF name ON unit
WHEN OLD.name IS NOT NEW.name
BEGIN
  INSERT INTO employee_fts (employee_fts, rowid, name, nip, position, unit)
  SELECT 'delete', e.id,
         coalesce(e.title_front || ' ', '') || e.name || coalesce(', ' || e.title_back, ''),
         e.nip, (SELECT name FROM position WHERE id = e.position_id), OLD.name
  FROM employee e
  WHERE e.unit_id = NEW.id AND e.id <= (SELECT settled_up_to FROM employee_bulk_state);
  INSERT INTO employee_fts (rowid, name, nip, position, unit)
  SELECT e.id,
         coalesce(e.title_front || ' ', '') || e.name || coalesce(', ' || e.title_back, ''),
         e.nip, (SELECT name FROM position WHERE id = e.position_id), NEW.name
  FROM employee e
  WHERE e.unit_id = NEW.id AND e.id <= (SELECT settled_up_to FROM employee_bulk_state);
END;

PRAGMA user_version = 5;
