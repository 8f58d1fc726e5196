-- Schema version 14: a bulk load writes the audit records of the employees it adds at its end.
--
-- Until now every row a bulk load (an import, the demo) added to employee and to the five
-- history tables passed through its audit trigger: the JSON of the row built from a
-- seventeen-way UNION ALL, then the insert into audit_append with its own trigger, two reads
-- and a write of audit_state per record. That was 43% of a SIASN import's commit.
--
-- Now these triggers serve only the rows of settled employees (employee_bulk_state in
-- migration 5): an employee with an id up to settled_up_to, and the history rows that belong
-- to one. The rows of the employees a bulk load adds are recorded all together at its end
-- (kr_employee_repository_end_bulk, _kr_audit_append_bulk in kr-audit-bulk.c), as they are
-- then: one "insert" record per row, with the same fields as the insert triggers below, table
-- by table, employee by employee, chained onto audit_state, in the same transaction and before
-- settled_up_to is raised again. An update or delete of such a row within the load leaves no
-- record of its own: the row as committed is what the insert record shows, and a row
-- removed before the commit never existed outside the transaction. Outside a bulk load
-- settled_up_to is the largest id there can be, and the triggers run as before.
--
-- The other audited tables (units, positions, appraisals, training, ...) keep their triggers
-- for every row, in bulk loads too.

DROP TRIGGER employee_audit_insert;
CREATE TRIGGER employee_audit_insert AFTER INSERT ON employee
WHEN NEW.id <= (SELECT settled_up_to FROM employee_bulk_state)
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

DROP TRIGGER employee_audit_update;
CREATE TRIGGER employee_audit_update AFTER UPDATE OF
  id, nip, name, title_front, title_back, birth_place, birth_date, gender,
  religion, marital_status, nik, phone, email, address, kind, status,
  tmt_cpns, tmt_pns
ON employee
WHEN OLD.id <= (SELECT settled_up_to FROM employee_bulk_state)
  AND (OLD.id IS NOT NEW.id OR OLD.nip IS NOT NEW.nip OR OLD.name IS NOT NEW.name
    OR OLD.title_front IS NOT NEW.title_front OR OLD.title_back IS NOT NEW.title_back
    OR OLD.birth_place IS NOT NEW.birth_place OR OLD.birth_date IS NOT NEW.birth_date
    OR OLD.gender IS NOT NEW.gender OR OLD.religion IS NOT NEW.religion
    OR OLD.marital_status IS NOT NEW.marital_status OR OLD.nik IS NOT NEW.nik
    OR OLD.phone IS NOT NEW.phone OR OLD.email IS NOT NEW.email OR OLD.address IS NOT NEW.address
    OR OLD.kind IS NOT NEW.kind OR OLD.status IS NOT NEW.status OR OLD.tmt_cpns IS NOT NEW.tmt_cpns
    OR OLD.tmt_pns IS NOT NEW.tmt_pns)
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

DROP TRIGGER employee_audit_delete;
CREATE TRIGGER employee_audit_delete AFTER DELETE ON employee
WHEN OLD.id <= (SELECT settled_up_to FROM employee_bulk_state)
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

DROP TRIGGER rank_history_audit_insert;
CREATE TRIGGER rank_history_audit_insert AFTER INSERT ON rank_history
WHEN NEW.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
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

DROP TRIGGER rank_history_audit_update;
CREATE TRIGGER rank_history_audit_update AFTER UPDATE ON rank_history
WHEN OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
  AND (OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id
    OR OLD.golongan IS NOT NEW.golongan OR OLD.promotion_kind IS NOT NEW.promotion_kind
    OR OLD.tmt IS NOT NEW.tmt OR OLD.sk_number IS NOT NEW.sk_number
    OR OLD.sk_date IS NOT NEW.sk_date)
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

DROP TRIGGER rank_history_audit_delete;
CREATE TRIGGER rank_history_audit_delete AFTER DELETE ON rank_history
WHEN OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
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

DROP TRIGGER position_history_audit_insert;
CREATE TRIGGER position_history_audit_insert AFTER INSERT ON position_history
WHEN NEW.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
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

DROP TRIGGER position_history_audit_update;
CREATE TRIGGER position_history_audit_update AFTER UPDATE ON position_history
WHEN OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
  AND (OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id
    OR OLD.position_id IS NOT NEW.position_id OR OLD.tmt IS NOT NEW.tmt
    OR OLD.sk_number IS NOT NEW.sk_number OR OLD.sk_date IS NOT NEW.sk_date)
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

DROP TRIGGER position_history_audit_delete;
CREATE TRIGGER position_history_audit_delete AFTER DELETE ON position_history
WHEN OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
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

DROP TRIGGER education_history_audit_insert;
CREATE TRIGGER education_history_audit_insert AFTER INSERT ON education_history
WHEN NEW.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
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

DROP TRIGGER education_history_audit_update;
CREATE TRIGGER education_history_audit_update AFTER UPDATE ON education_history
WHEN OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
  AND (OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id OR OLD.level IS NOT NEW.level
    OR OLD.institution IS NOT NEW.institution OR OLD.major IS NOT NEW.major
    OR OLD.graduation_year IS NOT NEW.graduation_year OR OLD.sk_number IS NOT NEW.sk_number
    OR OLD.sk_date IS NOT NEW.sk_date)
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

DROP TRIGGER education_history_audit_delete;
CREATE TRIGGER education_history_audit_delete AFTER DELETE ON education_history
WHEN OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
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

DROP TRIGGER discipline_history_audit_insert;
CREATE TRIGGER discipline_history_audit_insert AFTER INSERT ON discipline_history
WHEN NEW.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
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

DROP TRIGGER discipline_history_audit_update;
CREATE TRIGGER discipline_history_audit_update AFTER UPDATE ON discipline_history
WHEN OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
  AND (OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id OR OLD.level IS NOT NEW.level
    OR OLD.sanction IS NOT NEW.sanction OR OLD.regulation IS NOT NEW.regulation
    OR OLD.tmt IS NOT NEW.tmt OR OLD.end_date IS NOT NEW.end_date
    OR OLD.sk_number IS NOT NEW.sk_number OR OLD.sk_date IS NOT NEW.sk_date)
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

DROP TRIGGER discipline_history_audit_delete;
CREATE TRIGGER discipline_history_audit_delete AFTER DELETE ON discipline_history
WHEN OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
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

DROP TRIGGER award_history_audit_insert;
CREATE TRIGGER award_history_audit_insert AFTER INSERT ON award_history
WHEN NEW.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
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

DROP TRIGGER award_history_audit_update;
CREATE TRIGGER award_history_audit_update AFTER UPDATE ON award_history
WHEN OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
  AND (OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id OR OLD.kind IS NOT NEW.kind
    OR OLD.name IS NOT NEW.name OR OLD.year IS NOT NEW.year OR OLD.sk_number IS NOT NEW.sk_number
    OR OLD.sk_date IS NOT NEW.sk_date)
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

DROP TRIGGER award_history_audit_delete;
CREATE TRIGGER award_history_audit_delete AFTER DELETE ON award_history
WHEN OLD.employee_id <= (SELECT settled_up_to FROM employee_bulk_state)
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


-- The dashboard's keys of each employee (migration 13), as they were, but for the unary plus
-- before employee.status and employee.kind in the two branches that test only those. The end
-- of a bulk load sums the keys of the employees it added (employee_id > the last settled id,
-- a bound value that SQLite pushes into each branch of the view): with that plus, each branch
-- reads the added employees by id; without it, those two read every active employee along
-- the status index (0.55 s for one employee added to a million, each time the editor adds one).
DROP VIEW dashboard_employee_key;
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
FROM employee e WHERE +e.status = 'aktif'
UNION ALL
SELECT e.id, coalesce (e.unit_id, 0), 5,
  (CAST (substr (e.birth_date, 1, 4) AS INTEGER) + (substr (e.birth_date, 6, 2) = '12'))
  || '|' || coalesce (p.kind, '') || '|' || coalesce (p.level, ''), 1
FROM employee e LEFT JOIN position p ON p.id = e.position_id
WHERE +e.kind IN ('pns', 'cpns') AND +e.status = 'aktif'
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

PRAGMA user_version = 14;
