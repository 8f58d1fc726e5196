-- Schema version 13: the dashboard's head counts, age pyramid, retirements, promotions per TMT
-- and training JP per year kept per unit and every unit above it, and the 9-box stored per
-- employee and year (issue 8), so that a scope reads a few dozen stored rows instead of every
-- employee (0.2–1.9 s each at 10^6 employees).

-- Every unit with itself (depth 0) and each unit above it, and the whole organisation as
-- ancestor 0 of every unit; (0, 0, 0) stands for the employees without a unit. Kept by the
-- unit triggers below (a trigger cannot walk the tree with WITH RECURSIVE).
CREATE TABLE unit_closure (
  ancestor_id INTEGER NOT NULL,
  unit_id INTEGER NOT NULL,
  depth INTEGER NOT NULL,
  PRIMARY KEY (ancestor_id, unit_id)
) WITHOUT ROWID;

CREATE INDEX unit_closure_unit_idx ON unit_closure (unit_id, depth, ancestor_id);

INSERT INTO unit_closure (ancestor_id, unit_id, depth)
WITH RECURSIVE up (unit_id, ancestor_id, depth) AS (
  SELECT id, id, 0 FROM unit
  UNION ALL
  SELECT up.unit_id, u.parent_id, up.depth + 1 FROM up JOIN unit u ON u.id = up.ancestor_id
  WHERE u.parent_id IS NOT NULL
)
SELECT ancestor_id, unit_id, depth FROM up
UNION ALL
SELECT 0, up.unit_id, max (up.depth) + 1 FROM up GROUP BY up.unit_id
UNION ALL
SELECT 0, 0, 0;

CREATE TRIGGER unit_closure_insert AFTER INSERT ON unit
BEGIN
  INSERT INTO unit_closure (ancestor_id, unit_id, depth)
  SELECT c.ancestor_id, NEW.id, c.depth + 1 FROM unit_closure c
  WHERE c.unit_id = coalesce (NEW.parent_id, 0)
  UNION ALL
  SELECT NEW.id, NEW.id, 0;
END;

-- Each employee's JP of each year: the training_jp view of migration 9 summed (a year with
-- rows but no JP, such as mentoring before the JP length is set, holds 0). Kept by the triggers
-- below on everything the view reads, each of which queues the employee and year it touched in
-- training_jp_pending, whose trigger sums them again from the view (so no rounding piles up).
CREATE TABLE training_jp_year (
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  jp REAL NOT NULL,
  PRIMARY KEY (employee_id, year)
) WITHOUT ROWID;

CREATE INDEX training_jp_year_year_idx ON training_jp_year (year, employee_id, jp);

INSERT INTO training_jp_year (employee_id, year, jp)
SELECT t.employee_id, t.year, coalesce (sum (t.jp), 0) FROM training_jp t
WHERE t.year IS NOT NULL GROUP BY 1, 2;

CREATE TABLE training_jp_pending (
  employee_id INTEGER NOT NULL,
  year INTEGER NOT NULL
);

CREATE TRIGGER training_jp_pending_insert AFTER INSERT ON training_jp_pending
BEGIN
  DELETE FROM training_jp_year WHERE employee_id = NEW.employee_id AND year = NEW.year
    AND NOT EXISTS (SELECT 1 FROM training_jp t
                    WHERE t.employee_id = NEW.employee_id AND t.year = NEW.year);
  INSERT INTO training_jp_year (employee_id, year, jp)
  SELECT NEW.employee_id, NEW.year, coalesce (sum (t.jp), 0) FROM training_jp t
  WHERE t.employee_id = NEW.employee_id AND t.year = NEW.year
    AND EXISTS (SELECT 1 FROM employee e WHERE e.id = NEW.employee_id)
  HAVING count (*) > 0
  ON CONFLICT DO UPDATE SET jp = excluded.jp WHERE jp IS NOT excluded.jp;
  DELETE FROM training_jp_pending WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER training_jp_enrolment_insert AFTER INSERT ON training_enrolment
WHEN NEW.state = 'completed'
BEGIN
  INSERT INTO training_jp_pending (employee_id, year)
  SELECT NEW.employee_id, CAST (substr (s.end_date, 1, 4) AS INTEGER)
  FROM training_session s WHERE s.id = NEW.session_id;
END;

CREATE TRIGGER training_jp_enrolment_delete AFTER DELETE ON training_enrolment
WHEN OLD.state = 'completed'
BEGIN
  INSERT INTO training_jp_pending (employee_id, year)
  SELECT OLD.employee_id, CAST (substr (s.end_date, 1, 4) AS INTEGER)
  FROM training_session s WHERE s.id = OLD.session_id;
END;

CREATE TRIGGER training_jp_enrolment_update
AFTER UPDATE OF session_id, employee_id, state, jp ON training_enrolment
WHEN OLD.state = 'completed' OR NEW.state = 'completed'
BEGIN
  INSERT INTO training_jp_pending (employee_id, year)
  SELECT OLD.employee_id, CAST (substr (s.end_date, 1, 4) AS INTEGER)
  FROM training_session s WHERE s.id = OLD.session_id
  UNION
  SELECT NEW.employee_id, CAST (substr (s.end_date, 1, 4) AS INTEGER)
  FROM training_session s WHERE s.id = NEW.session_id;
END;

CREATE TRIGGER training_jp_session_update AFTER UPDATE OF end_date ON training_session
WHEN substr (OLD.end_date, 1, 4) IS NOT substr (NEW.end_date, 1, 4)
BEGIN
  INSERT INTO training_jp_pending (employee_id, year)
  SELECT n.employee_id, y.year FROM training_enrolment n,
    (SELECT CAST (substr (OLD.end_date, 1, 4) AS INTEGER) AS year
     UNION SELECT CAST (substr (NEW.end_date, 1, 4) AS INTEGER)) y
  WHERE n.session_id = NEW.id AND n.state = 'completed';
END;

CREATE TRIGGER training_jp_record_insert AFTER INSERT ON training_record
BEGIN
  INSERT INTO training_jp_pending (employee_id, year)
  VALUES (NEW.employee_id, CAST (substr (NEW.end_date, 1, 4) AS INTEGER));
END;

CREATE TRIGGER training_jp_record_delete AFTER DELETE ON training_record
BEGIN
  INSERT INTO training_jp_pending (employee_id, year)
  VALUES (OLD.employee_id, CAST (substr (OLD.end_date, 1, 4) AS INTEGER));
END;

CREATE TRIGGER training_jp_record_update
AFTER UPDATE OF employee_id, end_date, jp ON training_record
BEGIN
  INSERT INTO training_jp_pending (employee_id, year)
  SELECT OLD.employee_id, CAST (substr (OLD.end_date, 1, 4) AS INTEGER)
  UNION
  SELECT NEW.employee_id, CAST (substr (NEW.end_date, 1, 4) AS INTEGER);
END;

CREATE TRIGGER training_jp_mentoring_session_insert AFTER INSERT ON mentoring_session
BEGIN
  INSERT INTO training_jp_pending (employee_id, year)
  SELECT m.mentee_id, CAST (substr (NEW.date, 1, 4) AS INTEGER)
  FROM mentoring m WHERE m.id = NEW.mentoring_id;
END;

CREATE TRIGGER training_jp_mentoring_session_delete AFTER DELETE ON mentoring_session
BEGIN
  INSERT INTO training_jp_pending (employee_id, year)
  SELECT m.mentee_id, CAST (substr (OLD.date, 1, 4) AS INTEGER)
  FROM mentoring m WHERE m.id = OLD.mentoring_id;
END;

CREATE TRIGGER training_jp_mentoring_session_update
AFTER UPDATE OF mentoring_id, date, minutes ON mentoring_session
BEGIN
  INSERT INTO training_jp_pending (employee_id, year)
  SELECT m.mentee_id, CAST (substr (OLD.date, 1, 4) AS INTEGER)
  FROM mentoring m WHERE m.id = OLD.mentoring_id
  UNION
  SELECT m.mentee_id, CAST (substr (NEW.date, 1, 4) AS INTEGER)
  FROM mentoring m WHERE m.id = NEW.mentoring_id;
END;

CREATE TRIGGER training_jp_mentoring_update AFTER UPDATE OF mentee_id ON mentoring
BEGIN
  INSERT INTO training_jp_pending (employee_id, year)
  SELECT e.id, CAST (substr (ms.date, 1, 4) AS INTEGER)
  FROM mentoring_session ms, (SELECT OLD.mentee_id AS id UNION SELECT NEW.mentee_id) e
  WHERE ms.mentoring_id = NEW.id;
END;

-- Its sessions go by the cascade, before or after this; the view no longer joins them.
CREATE TRIGGER training_jp_mentoring_delete AFTER DELETE ON mentoring
BEGIN
  INSERT INTO training_jp_pending (employee_id, year)
  SELECT j.employee_id, j.year FROM training_jp_year j WHERE j.employee_id = OLD.mentee_id;
END;

CREATE TRIGGER training_jp_setting_insert AFTER INSERT ON training_setting
BEGIN
  INSERT INTO training_jp_pending (employee_id, year)
  SELECT DISTINCT m.mentee_id, CAST (substr (ms.date, 1, 4) AS INTEGER)
  FROM mentoring_session ms JOIN mentoring m ON m.id = ms.mentoring_id;
END;

CREATE TRIGGER training_jp_setting_update AFTER UPDATE OF jp_minutes ON training_setting
BEGIN
  INSERT INTO training_jp_pending (employee_id, year)
  SELECT DISTINCT m.mentee_id, CAST (substr (ms.date, 1, 4) AS INTEGER)
  FROM mentoring_session ms JOIN mentoring m ON m.id = ms.mentoring_id;
END;

-- What each employee counts for, one row per dimension (and year for 7 and 8; the codes of
-- KR_DASHBOARD_COUNT_* in kr-dashboard-repository-private.h), with the employee's current unit
-- (0 for none):
-- 1 employee kind, 2 golongan (0: none) and 3 position kind ('': none) of those in service
--   (every status but pensiun, meninggal, diberhentikan and berhenti: KR_DASHBOARD_IN_SERVICE);
-- 4 birth year × 10 + gender (0 male, 1 female) of the active employees (status aktif);
-- 5 "YYYY|kind|level" of the active PNS and CPNS: the birth year, plus one for a December
--   birthday (whose TMT pensiun falls in the next year), and their position's kind and jenjang,
--   from which the reader takes the BUP (kr_position_get_bup ()).
-- 7 the year of each year's JP (training_jp_year) of those in service with a JP duty
--   (kr_jp_duty (), the C table kr_jp_duty_for_kind () registered on every connection), counting
--   those whose JP reached the duty;
-- 8 the same years, weighing each employee's JP in millionths (an integer, so that adding and
--   taking out leaves no rounding behind).
-- Each row counts for "weight" (1 but for 7 and 8).
CREATE VIEW dashboard_employee_key (employee_id, unit_id, dimension, value, weight) AS
SELECT e.id, coalesce (e.unit_id, 0), 1, e.kind, 1 FROM employee e
WHERE e.status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')
UNION ALL
SELECT e.id, coalesce (e.unit_id, 0), 2, coalesce (e.golongan, 0), 1 FROM employee e
WHERE e.status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')
UNION ALL
SELECT e.id, coalesce (e.unit_id, 0), 3, coalesce (p.kind, ''), 1
FROM employee e LEFT JOIN position p ON p.id = e.position_id
WHERE e.status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')
UNION ALL
SELECT e.id, coalesce (e.unit_id, 0), 4,
  CAST (substr (e.birth_date, 1, 4) AS INTEGER) * 10 + (e.gender = 'F'), 1
FROM employee e WHERE e.status = 'aktif'
UNION ALL
SELECT e.id, coalesce (e.unit_id, 0), 5,
  (CAST (substr (e.birth_date, 1, 4) AS INTEGER) + (substr (e.birth_date, 6, 2) = '12'))
  || '|' || coalesce (p.kind, '') || '|' || coalesce (p.level, ''), 1
FROM employee e LEFT JOIN position p ON p.id = e.position_id
WHERE e.kind IN ('pns', 'cpns') AND e.status = 'aktif'
UNION ALL
SELECT e.id, coalesce (e.unit_id, 0), 7, j.year, j.jp >= kr_jp_duty (e.kind)
FROM employee e JOIN training_jp_year j ON j.employee_id = e.id
WHERE e.status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')
  AND kr_jp_duty (e.kind) > 0
UNION ALL
SELECT e.id, coalesce (e.unit_id, 0), 8, j.year, CAST (round (j.jp * 1000000) AS INTEGER)
FROM employee e JOIN training_jp_year j ON j.employee_id = e.id
WHERE e.status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')
  AND kr_jp_duty (e.kind) > 0;

-- 6 the TMT of each kenaikan pangkat in the rank history (regular, by choice and the other
--   promotion kinds of KR_DASHBOARD_PROMOTION_KINDS; not a first rank or a demotion), once per
--   employee and TMT, whatever the employee's status. Kept by the rank history triggers below,
--   and by the employee triggers only when the unit changes.
CREATE VIEW dashboard_promotion_key (employee_id, unit_id, dimension, value, weight) AS
SELECT DISTINCT r.employee_id, coalesce (e.unit_id, 0), 6, r.tmt, 1
FROM rank_history r JOIN employee e ON e.id = r.employee_id
WHERE r.promotion_kind IN ('reguler', 'pilihan', 'anumerta', 'pengabdian', 'penyesuaian_ijazah');

-- How many employees count for a value of a dimension in a unit's subtree (unit 0: everyone).
-- Rows whose count fell to 0 stay until a unit goes; readers skip them.
CREATE TABLE dashboard_count (
  unit_id INTEGER NOT NULL,
  dimension INTEGER NOT NULL,
  value ANY NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (unit_id, dimension, value)
) WITHOUT ROWID;

INSERT INTO dashboard_count (unit_id, dimension, value, n)
SELECT c.ancestor_id, k.dimension, k.value, sum (k.weight)
FROM dashboard_employee_key k JOIN unit_closure c ON c.unit_id = k.unit_id
GROUP BY 1, 2, 3;

INSERT INTO dashboard_count (unit_id, dimension, value, n)
SELECT c.ancestor_id, k.dimension, k.value, sum (k.weight)
FROM dashboard_promotion_key k JOIN unit_closure c ON c.unit_id = k.unit_id
GROUP BY 1, 2, 3;

-- A unit can only go once nothing is in it (the foreign keys of employee and position).
CREATE TRIGGER unit_closure_delete AFTER DELETE ON unit
BEGIN
  DELETE FROM unit_closure WHERE unit_id = OLD.id OR ancestor_id = OLD.id;
  DELETE FROM dashboard_count WHERE unit_id = OLD.id;
END;

-- An employee's rows are taken out before a change (the view still reads the old row) and put
-- back after it. Employees added by a bulk load are counted together at its end
-- (kr-employee-repository-bulk.c), as their other current values are (migration 5).
CREATE TRIGGER dashboard_count_employee_insert AFTER INSERT ON employee
WHEN NEW.id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, k.dimension, k.value, sum (k.weight)
  FROM dashboard_employee_key k JOIN unit_closure c ON c.unit_id = k.unit_id
  WHERE k.employee_id = NEW.id GROUP BY 1, 2, 3
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER dashboard_count_employee_delete BEFORE DELETE ON employee
WHEN OLD.id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, k.dimension, k.value, -sum (k.weight)
  FROM dashboard_employee_key k JOIN unit_closure c ON c.unit_id = k.unit_id
  WHERE k.employee_id = OLD.id GROUP BY 1, 2, 3
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER dashboard_count_employee_before
BEFORE UPDATE OF unit_id, status, kind, golongan, position_id, birth_date, gender ON employee
WHEN OLD.id <= (SELECT settled_up_to FROM employee_bulk_state)
  AND (OLD.unit_id IS NOT NEW.unit_id OR OLD.status IS NOT NEW.status
       OR OLD.kind IS NOT NEW.kind OR OLD.golongan IS NOT NEW.golongan
       OR OLD.position_id IS NOT NEW.position_id OR OLD.birth_date IS NOT NEW.birth_date
       OR OLD.gender IS NOT NEW.gender)
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, k.dimension, k.value, -sum (k.weight)
  FROM dashboard_employee_key k JOIN unit_closure c ON c.unit_id = k.unit_id
  WHERE k.employee_id = OLD.id GROUP BY 1, 2, 3
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER dashboard_count_employee_after
AFTER UPDATE OF unit_id, status, kind, golongan, position_id, birth_date, gender ON employee
WHEN OLD.id <= (SELECT settled_up_to FROM employee_bulk_state)
  AND (OLD.unit_id IS NOT NEW.unit_id OR OLD.status IS NOT NEW.status
       OR OLD.kind IS NOT NEW.kind OR OLD.golongan IS NOT NEW.golongan
       OR OLD.position_id IS NOT NEW.position_id OR OLD.birth_date IS NOT NEW.birth_date
       OR OLD.gender IS NOT NEW.gender)
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, k.dimension, k.value, sum (k.weight)
  FROM dashboard_employee_key k JOIN unit_closure c ON c.unit_id = k.unit_id
  WHERE k.employee_id = NEW.id GROUP BY 1, 2, 3
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- An employee's JP of a year counted, changed or gone (dimensions 7 and 8, as the view has
-- them); the rows that an employee's delete cascades to find no employee any more.
CREATE TRIGGER dashboard_training_insert AFTER INSERT ON training_jp_year
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, k.dimension, k.value, k.weight FROM (
    SELECT coalesce (e.unit_id, 0) AS unit_id, 7 AS dimension, NEW.year AS value,
      NEW.jp >= kr_jp_duty (e.kind) AS weight
    FROM employee e WHERE e.id = NEW.employee_id
      AND e.status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')
      AND kr_jp_duty (e.kind) > 0 AND e.id <= (SELECT settled_up_to FROM employee_bulk_state)
    UNION ALL
    SELECT coalesce (e.unit_id, 0), 8, NEW.year, CAST (round (NEW.jp * 1000000) AS INTEGER)
    FROM employee e WHERE e.id = NEW.employee_id
      AND e.status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')
      AND kr_jp_duty (e.kind) > 0 AND e.id <= (SELECT settled_up_to FROM employee_bulk_state)
  ) k JOIN unit_closure c ON c.unit_id = k.unit_id WHERE true
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER dashboard_training_delete AFTER DELETE ON training_jp_year
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, k.dimension, k.value, -k.weight FROM (
    SELECT coalesce (e.unit_id, 0) AS unit_id, 7 AS dimension, OLD.year AS value,
      OLD.jp >= kr_jp_duty (e.kind) AS weight
    FROM employee e WHERE e.id = OLD.employee_id
      AND e.status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')
      AND kr_jp_duty (e.kind) > 0 AND e.id <= (SELECT settled_up_to FROM employee_bulk_state)
    UNION ALL
    SELECT coalesce (e.unit_id, 0), 8, OLD.year, CAST (round (OLD.jp * 1000000) AS INTEGER)
    FROM employee e WHERE e.id = OLD.employee_id
      AND e.status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')
      AND kr_jp_duty (e.kind) > 0 AND e.id <= (SELECT settled_up_to FROM employee_bulk_state)
  ) k JOIN unit_closure c ON c.unit_id = k.unit_id WHERE true
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER dashboard_training_update AFTER UPDATE ON training_jp_year
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, k.dimension, k.value, sum (k.weight) FROM (
    SELECT coalesce (e.unit_id, 0) AS unit_id, 7 AS dimension, OLD.year AS value,
      -(OLD.jp >= kr_jp_duty (e.kind)) AS weight
    FROM employee e WHERE e.id = OLD.employee_id
      AND e.status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')
      AND kr_jp_duty (e.kind) > 0 AND e.id <= (SELECT settled_up_to FROM employee_bulk_state)
    UNION ALL
    SELECT coalesce (e.unit_id, 0), 8, OLD.year, -CAST (round (OLD.jp * 1000000) AS INTEGER)
    FROM employee e WHERE e.id = OLD.employee_id
      AND e.status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')
      AND kr_jp_duty (e.kind) > 0 AND e.id <= (SELECT settled_up_to FROM employee_bulk_state)
    UNION ALL
    SELECT coalesce (e.unit_id, 0), 7, NEW.year, NEW.jp >= kr_jp_duty (e.kind)
    FROM employee e WHERE e.id = NEW.employee_id
      AND e.status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')
      AND kr_jp_duty (e.kind) > 0 AND e.id <= (SELECT settled_up_to FROM employee_bulk_state)
    UNION ALL
    SELECT coalesce (e.unit_id, 0), 8, NEW.year, CAST (round (NEW.jp * 1000000) AS INTEGER)
    FROM employee e WHERE e.id = NEW.employee_id
      AND e.status NOT IN ('pensiun', 'meninggal', 'diberhentikan', 'berhenti')
      AND kr_jp_duty (e.kind) > 0 AND e.id <= (SELECT settled_up_to FROM employee_bulk_state)
  ) k JOIN unit_closure c ON c.unit_id = k.unit_id GROUP BY 1, 2, 3
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- The promotions of an employee move with their unit and go with them (the rank history rows
-- that the delete cascades to find no employee any more, so they take nothing out twice).
CREATE TRIGGER dashboard_promotion_employee_delete BEFORE DELETE ON employee
WHEN OLD.id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, k.dimension, k.value, -sum (k.weight)
  FROM dashboard_promotion_key k JOIN unit_closure c ON c.unit_id = k.unit_id
  WHERE k.employee_id = OLD.id GROUP BY 1, 2, 3
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER dashboard_promotion_employee_before BEFORE UPDATE OF unit_id ON employee
WHEN OLD.id <= (SELECT settled_up_to FROM employee_bulk_state)
  AND OLD.unit_id IS NOT NEW.unit_id
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, k.dimension, k.value, -sum (k.weight)
  FROM dashboard_promotion_key k JOIN unit_closure c ON c.unit_id = k.unit_id
  WHERE k.employee_id = OLD.id GROUP BY 1, 2, 3
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER dashboard_promotion_employee_after AFTER UPDATE OF unit_id ON employee
WHEN OLD.id <= (SELECT settled_up_to FROM employee_bulk_state)
  AND OLD.unit_id IS NOT NEW.unit_id
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, k.dimension, k.value, sum (k.weight)
  FROM dashboard_promotion_key k JOIN unit_closure c ON c.unit_id = k.unit_id
  WHERE k.employee_id = NEW.id GROUP BY 1, 2, 3
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- A rank history row: its employee and TMT count once while any promotion row names them.
CREATE TRIGGER dashboard_promotion_insert AFTER INSERT ON rank_history
WHEN NEW.promotion_kind IN ('reguler', 'pilihan', 'anumerta', 'pengabdian', 'penyesuaian_ijazah')
  AND NEW.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
  AND NOT EXISTS (SELECT 1 FROM rank_history r WHERE r.employee_id = NEW.employee_id
    AND r.tmt = NEW.tmt AND r.id <> NEW.id AND r.promotion_kind IN ('reguler', 'pilihan',
    'anumerta', 'pengabdian', 'penyesuaian_ijazah'))
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, 6, NEW.tmt, 1
  FROM employee e JOIN unit_closure c ON c.unit_id = coalesce (e.unit_id, 0)
  WHERE e.id = NEW.employee_id
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER dashboard_promotion_delete AFTER DELETE ON rank_history
WHEN OLD.promotion_kind IN ('reguler', 'pilihan', 'anumerta', 'pengabdian', 'penyesuaian_ijazah')
  AND OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
  AND NOT EXISTS (SELECT 1 FROM rank_history r WHERE r.employee_id = OLD.employee_id
    AND r.tmt = OLD.tmt AND r.promotion_kind IN ('reguler', 'pilihan', 'anumerta',
    'pengabdian', 'penyesuaian_ijazah'))
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, 6, OLD.tmt, -1
  FROM employee e JOIN unit_closure c ON c.unit_id = coalesce (e.unit_id, 0)
  WHERE e.id = OLD.employee_id
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- An update: the old employee and TMT no longer count when no promotion row names them now;
-- the new ones count unless a promotion row other than this one named them before.
CREATE TRIGGER dashboard_promotion_update
AFTER UPDATE OF employee_id, tmt, promotion_kind ON rank_history
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, 6, OLD.tmt, -1
  FROM employee e JOIN unit_closure c ON c.unit_id = coalesce (e.unit_id, 0)
  WHERE e.id = OLD.employee_id
    AND OLD.promotion_kind IN ('reguler', 'pilihan', 'anumerta', 'pengabdian',
      'penyesuaian_ijazah')
    AND OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
    AND NOT EXISTS (SELECT 1 FROM rank_history r WHERE r.employee_id = OLD.employee_id
      AND r.tmt = OLD.tmt AND r.promotion_kind IN ('reguler', 'pilihan', 'anumerta',
      'pengabdian', 'penyesuaian_ijazah'))
  ON CONFLICT DO UPDATE SET n = n + excluded.n;

  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, 6, NEW.tmt, 1
  FROM employee e JOIN unit_closure c ON c.unit_id = coalesce (e.unit_id, 0)
  WHERE e.id = NEW.employee_id
    AND NEW.promotion_kind IN ('reguler', 'pilihan', 'anumerta', 'pengabdian',
      'penyesuaian_ijazah')
    AND NEW.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
    AND NOT EXISTS (SELECT 1 FROM rank_history r WHERE r.employee_id = NEW.employee_id
      AND r.tmt = NEW.tmt AND r.id <> NEW.id AND r.promotion_kind IN ('reguler', 'pilihan',
      'anumerta', 'pengabdian', 'penyesuaian_ijazah'))
    AND NOT (OLD.promotion_kind IN ('reguler', 'pilihan', 'anumerta', 'pengabdian',
      'penyesuaian_ijazah') AND OLD.employee_id = NEW.employee_id AND OLD.tmt = NEW.tmt)
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- A position's kind or jenjang: its holders' rows move (position kind, retirement).
CREATE TRIGGER dashboard_count_position_before BEFORE UPDATE OF kind, level ON position
WHEN OLD.kind IS NOT NEW.kind OR OLD.level IS NOT NEW.level
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, k.dimension, k.value, -sum (k.weight)
  FROM dashboard_employee_key k JOIN unit_closure c ON c.unit_id = k.unit_id
  WHERE k.dimension IN (3, 5) AND k.employee_id IN (
    SELECT e.id FROM employee e WHERE e.position_id = OLD.id
      AND e.id <= (SELECT settled_up_to FROM employee_bulk_state))
  GROUP BY 1, 2, 3
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER dashboard_count_position_after AFTER UPDATE OF kind, level ON position
WHEN OLD.kind IS NOT NEW.kind OR OLD.level IS NOT NEW.level
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT c.ancestor_id, k.dimension, k.value, sum (k.weight)
  FROM dashboard_employee_key k JOIN unit_closure c ON c.unit_id = k.unit_id
  WHERE k.dimension IN (3, 5) AND k.employee_id IN (
    SELECT e.id FROM employee e WHERE e.position_id = NEW.id
      AND e.id <= (SELECT settled_up_to FROM employee_bulk_state))
  GROUP BY 1, 2, 3
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- A unit moved under another parent: its subtree's counts (its own rows) leave the units that
-- were above it and join those now above it; the closure is rebuilt for the subtree between.
CREATE TRIGGER unit_closure_move AFTER UPDATE OF parent_id ON unit
WHEN OLD.parent_id IS NOT NEW.parent_id
BEGIN
  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT a.ancestor_id, d.dimension, d.value, -d.n
  FROM unit_closure a JOIN dashboard_count d ON d.unit_id = NEW.id
  WHERE a.unit_id = NEW.id AND a.depth > 0 AND a.ancestor_id <> 0 AND d.n <> 0
  ON CONFLICT DO UPDATE SET n = n + excluded.n;

  DELETE FROM unit_closure
  WHERE unit_id IN (SELECT s.unit_id FROM unit_closure s WHERE s.ancestor_id = NEW.id)
    AND ancestor_id IN (SELECT a.ancestor_id FROM unit_closure a
                        WHERE a.unit_id = NEW.id AND a.depth > 0);

  INSERT INTO unit_closure (ancestor_id, unit_id, depth)
  SELECT a.ancestor_id, s.unit_id, a.depth + s.depth + 1
  FROM unit_closure a JOIN unit_closure s ON s.ancestor_id = NEW.id
  WHERE a.unit_id = coalesce (NEW.parent_id, 0);

  INSERT INTO dashboard_count (unit_id, dimension, value, n)
  SELECT a.ancestor_id, d.dimension, d.value, d.n
  FROM unit_closure a JOIN dashboard_count d ON d.unit_id = NEW.id
  WHERE a.unit_id = NEW.id AND a.depth > 0 AND a.ancestor_id <> 0 AND d.n <> 0
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- The 9-box stored per employee and year (kr-talent-repository-stored.c), so that the grid and the lists of a box read a table instead of classifying
-- every active PNS in scope at each read.
--
-- talent_placement holds, for a year, what the classification SQL of kr-talent-repository-
-- grid.c yields for every active PNS (the same statement fills it, so the stored and the live
-- classification cannot differ). It is filled on the first read of a year and kept current by
-- dirty marks: the triggers below record in talent_dirty every employee whose inputs changed
-- (final evaluations and their appraisals, talent assessments, discipline, the employee's kind
-- and status, employees added and deleted, and the unit, stored for the scope filters); the
-- next read of a year reclassifies only the employees marked since its state's applied_seq.
-- talent_placement_state.settings_key names the classification SQL, the talent settings and
-- the 9-box rows the year was classified with: when it differs (settings saved, boxes changed,
-- a new program) the year is classified again.
-- The triggers are plain SQL, so the sqlite3 shell and older code keep the marks too. They
-- mark only while some year is stored, and only settled employees: a bulk load marks the
-- employees it added at its end (kr-employee-repository-bulk.c).

CREATE TABLE talent_placement (
  year INTEGER NOT NULL,
  employee_id INTEGER NOT NULL,
  -- The employee's current unit, for the scope filters (marked when it changes)
  unit_id INTEGER,
  status INTEGER NOT NULL,
  perf TEXT,
  pot TEXT,
  adate TEXT,
  box INTEGER NOT NULL,
  in_pool INTEGER NOT NULL,
  PRIMARY KEY (year, employee_id)
) WITHOUT ROWID;

-- The grid counts and the employees of a box or a status, of every unit and of a subtree
CREATE INDEX talent_placement_box_idx ON talent_placement (year, status, box, in_pool);
CREATE INDEX talent_placement_unit_idx
  ON talent_placement (year, unit_id, status, box, in_pool);

CREATE TABLE talent_placement_state (
  year INTEGER PRIMARY KEY,
  settings_key TEXT NOT NULL,
  applied_seq INTEGER NOT NULL
);

-- AUTOINCREMENT: a seq is never given twice, even after the rows applied everywhere are pruned
CREATE TABLE talent_dirty (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  employee_id INTEGER NOT NULL
);

CREATE TRIGGER talent_dirty_evaluation_insert AFTER INSERT ON appraisal_evaluation
WHEN NEW.period = 0 AND EXISTS (SELECT 1 FROM talent_placement_state)
BEGIN
  INSERT INTO talent_dirty (employee_id)
  SELECT a.employee_id FROM appraisal a
  WHERE a.id = NEW.appraisal_id
    AND a.employee_id <= (SELECT settled_up_to FROM employee_bulk_state);
END;

CREATE TRIGGER talent_dirty_evaluation_update
AFTER UPDATE OF appraisal_id, period, state, predikat ON appraisal_evaluation
WHEN (OLD.period = 0 OR NEW.period = 0) AND EXISTS (SELECT 1 FROM talent_placement_state)
BEGIN
  INSERT INTO talent_dirty (employee_id)
  SELECT a.employee_id FROM appraisal a
  WHERE a.id IN (OLD.appraisal_id, NEW.appraisal_id)
    AND a.employee_id <= (SELECT settled_up_to FROM employee_bulk_state);
END;

-- A cascade from the appraisal finds it gone: the appraisal's own trigger marked its employee
CREATE TRIGGER talent_dirty_evaluation_delete AFTER DELETE ON appraisal_evaluation
WHEN OLD.period = 0 AND EXISTS (SELECT 1 FROM talent_placement_state)
BEGIN
  INSERT INTO talent_dirty (employee_id)
  SELECT a.employee_id FROM appraisal a
  WHERE a.id = OLD.appraisal_id
    AND a.employee_id <= (SELECT settled_up_to FROM employee_bulk_state);
END;

CREATE TRIGGER talent_dirty_appraisal_update AFTER UPDATE OF year, employee_id ON appraisal
WHEN EXISTS (SELECT 1 FROM talent_placement_state)
BEGIN
  INSERT INTO talent_dirty (employee_id)
  SELECT id FROM employee
  WHERE id IN (OLD.employee_id, NEW.employee_id)
    AND id <= (SELECT settled_up_to FROM employee_bulk_state);
END;

CREATE TRIGGER talent_dirty_appraisal_delete BEFORE DELETE ON appraisal
WHEN EXISTS (SELECT 1 FROM talent_placement_state)
  AND OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  INSERT INTO talent_dirty (employee_id) VALUES (OLD.employee_id);
END;

CREATE TRIGGER talent_dirty_assessment_insert AFTER INSERT ON talent_assessment
WHEN EXISTS (SELECT 1 FROM talent_placement_state)
  AND NEW.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  INSERT INTO talent_dirty (employee_id) VALUES (NEW.employee_id);
END;

CREATE TRIGGER talent_dirty_assessment_update AFTER UPDATE ON talent_assessment
WHEN EXISTS (SELECT 1 FROM talent_placement_state)
BEGIN
  INSERT INTO talent_dirty (employee_id)
  SELECT id FROM employee
  WHERE id IN (OLD.employee_id, NEW.employee_id)
    AND id <= (SELECT settled_up_to FROM employee_bulk_state);
END;

CREATE TRIGGER talent_dirty_assessment_delete AFTER DELETE ON talent_assessment
WHEN EXISTS (SELECT 1 FROM talent_placement_state)
  AND OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  INSERT INTO talent_dirty (employee_id) VALUES (OLD.employee_id);
END;

CREATE TRIGGER talent_dirty_discipline_insert AFTER INSERT ON discipline_history
WHEN EXISTS (SELECT 1 FROM talent_placement_state)
  AND NEW.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  INSERT INTO talent_dirty (employee_id) VALUES (NEW.employee_id);
END;

CREATE TRIGGER talent_dirty_discipline_update AFTER UPDATE ON discipline_history
WHEN EXISTS (SELECT 1 FROM talent_placement_state)
BEGIN
  INSERT INTO talent_dirty (employee_id)
  SELECT id FROM employee
  WHERE id IN (OLD.employee_id, NEW.employee_id)
    AND id <= (SELECT settled_up_to FROM employee_bulk_state);
END;

CREATE TRIGGER talent_dirty_discipline_delete AFTER DELETE ON discipline_history
WHEN EXISTS (SELECT 1 FROM talent_placement_state)
  AND OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  INSERT INTO talent_dirty (employee_id) VALUES (OLD.employee_id);
END;

CREATE TRIGGER talent_dirty_employee_insert AFTER INSERT ON employee
WHEN EXISTS (SELECT 1 FROM talent_placement_state)
  AND NEW.id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  INSERT INTO talent_dirty (employee_id) VALUES (NEW.id);
END;

CREATE TRIGGER talent_dirty_employee_update AFTER UPDATE OF kind, status ON employee
WHEN (OLD.kind IS NOT NEW.kind OR OLD.status IS NOT NEW.status)
  AND EXISTS (SELECT 1 FROM talent_placement_state)
  AND NEW.id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  INSERT INTO talent_dirty (employee_id) VALUES (NEW.id);
END;

-- Not an input of the box, but of the unit stored beside it
CREATE TRIGGER talent_dirty_employee_unit AFTER UPDATE OF unit_id ON employee
WHEN OLD.unit_id IS NOT NEW.unit_id AND EXISTS (SELECT 1 FROM talent_placement_state)
  AND NEW.id <= (SELECT settled_up_to FROM employee_bulk_state)
BEGIN
  INSERT INTO talent_dirty (employee_id) VALUES (NEW.id);
END;

CREATE TRIGGER talent_dirty_employee_delete AFTER DELETE ON employee
WHEN EXISTS (SELECT 1 FROM talent_placement_state)
BEGIN
  INSERT INTO talent_dirty (employee_id) VALUES (OLD.id);
END;

PRAGMA user_version = 13;
