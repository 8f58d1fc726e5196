-- Schema version 9: competence development (DOMAIN 7; kr-training.h, kr-training-repository.h).
--
-- The catalogue holds courses (title, kind, competence type, form, JP, provider, delivery,
-- cost, prerequisites) and their sessions (angkatan: dates, place, capacity, cost, status).
-- Employees are enrolled in sessions and walk nominated -> approved -> attended -> completed
-- (certificate, JP credited), or end as no-show / withdrawn. Development outside the
-- catalogue (SIASN riwayat diklat and kursus, non-classical forms recorded afterwards) is a
-- training_record; mentoring sessions credit the mentee with non-classical JP. The view
-- training_jp at the end is the one place where JP are counted, by employee and year.
--
-- Budgets are per unit and year, in integer rupiah. An enrolment is charged to the unit named
-- on it (budget_unit_id: the nearest unit at or above the employee's that has a budget for
-- the session's year, chosen by core at nomination).
--
-- Every write of these tables is in the audit trail (the triggers at the end).

-- One row (id 1): the database's training settings. JP minutes is a B fact (DOMAIN 7).
CREATE TABLE training_setting (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  jp_minutes INTEGER NOT NULL DEFAULT 45 CHECK (jp_minutes BETWEEN 30 AND 60)
);

INSERT INTO training_setting (id, jp_minutes) VALUES (1, 45);

CREATE TABLE training_course (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (title <> ''),
  -- KrTrainingKind: klasikal or nonklasikal
  kind TEXT NOT NULL CHECK (kind IN ('classical', 'non_classical')),
  -- KrCompetenceType
  type TEXT NOT NULL
    CHECK (type IN ('technical', 'managerial', 'socio_cultural', 'functional', 'leadership')),
  -- KrLeadershipProgramme, only for type 'leadership'
  programme TEXT CHECK (programme IN ('latsar', 'pkp', 'pka', 'pkn_ii', 'pkn_i')),
  -- KrTrainingForm (bimtek, seminar, coaching, e-learning, ...)
  form TEXT NOT NULL,
  jp INTEGER NOT NULL CHECK (jp BETWEEN 1 AND 2000),
  provider TEXT CHECK (provider <> ''),
  -- KrDelivery
  delivery TEXT NOT NULL CHECK (delivery IN ('in_person', 'e_learning', 'blended')),
  -- Rupiah per participant; a session may set its own
  cost INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
  description TEXT,
  -- Prerequisites beyond the programme's own rules (kr-training-rules.h); NULL: none
  min_golongan INTEGER,
  max_age INTEGER CHECK (max_age BETWEEN 18 AND 70),
  required_course_id INTEGER REFERENCES training_course (id) ON DELETE SET NULL,
  -- What gap the course addresses (training needs from appraisals): work results, and the
  -- BerAKHLAK values in training_course_behaviour
  addresses_results INTEGER NOT NULL DEFAULT 0 CHECK (addresses_results IN (0, 1)),
  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  CHECK ((type = 'leadership') = (programme IS NOT NULL)),
  CHECK (required_course_id IS NULL OR required_course_id <> id)
);

CREATE INDEX training_course_title_idx ON training_course (title);

-- The BerAKHLAK values (1 to 7, kr-appraisal-rules.h) a course develops
CREATE TABLE training_course_behaviour (
  id INTEGER PRIMARY KEY,
  course_id INTEGER NOT NULL REFERENCES training_course (id) ON DELETE CASCADE,
  behaviour INTEGER NOT NULL CHECK (behaviour BETWEEN 1 AND 7),
  UNIQUE (course_id, behaviour)
);

-- An angkatan (class) of a course
CREATE TABLE training_session (
  id INTEGER PRIMARY KEY,
  course_id INTEGER NOT NULL REFERENCES training_course (id) ON DELETE RESTRICT,
  name TEXT NOT NULL CHECK (name <> ''),
  start_date TEXT NOT NULL CHECK (start_date LIKE '____-__-__'),
  end_date TEXT NOT NULL CHECK (end_date LIKE '____-__-__'),
  place TEXT CHECK (place <> ''),
  capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 100000),
  -- Rupiah per participant
  cost INTEGER NOT NULL CHECK (cost >= 0),
  -- KrSessionStatus
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'open', 'running', 'done', 'cancelled')),
  UNIQUE (course_id, name),
  CHECK (start_date <= end_date)
);

CREATE INDEX training_session_date_idx ON training_session (start_date, course_id);

CREATE TABLE training_enrolment (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES training_session (id) ON DELETE RESTRICT,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  -- KrEnrolmentState
  state TEXT NOT NULL DEFAULT 'nominated'
    CHECK (state IN ('nominated', 'approved', 'attended', 'completed', 'no_show', 'withdrawn')),
  -- Rupiah, copied from the session at nomination
  cost INTEGER NOT NULL CHECK (cost >= 0),
  budget_unit_id INTEGER REFERENCES unit (id) ON DELETE SET NULL,
  -- Set when completed
  jp INTEGER CHECK (jp BETWEEN 0 AND 2000),
  certificate_number TEXT CHECK (certificate_number <> ''),
  certificate_date TEXT CHECK (certificate_date LIKE '____-__-__'),
  -- Why a capacity, prerequisite, budget or JP-limit check was overridden
  override_reason TEXT CHECK (override_reason <> ''),
  -- Why withdrawn or marked no-show
  reason TEXT CHECK (reason <> ''),
  UNIQUE (session_id, employee_id),
  CHECK ((state = 'completed') = (jp IS NOT NULL))
);

CREATE INDEX training_enrolment_employee_idx ON training_enrolment (employee_id, state);
CREATE INDEX training_enrolment_budget_idx ON training_enrolment (budget_unit_id, state);

-- Development outside the catalogue: imported from SIASN (riwayat diklat / kursus) or entered
-- afterwards (non-classical forms such as secondment, benchmarking, self-study)
CREATE TABLE training_record (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (title <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('classical', 'non_classical')),
  type TEXT NOT NULL
    CHECK (type IN ('technical', 'managerial', 'socio_cultural', 'functional', 'leadership')),
  programme TEXT CHECK (programme IN ('latsar', 'pkp', 'pka', 'pkn_ii', 'pkn_i')),
  form TEXT NOT NULL,
  provider TEXT CHECK (provider <> ''),
  start_date TEXT CHECK (start_date LIKE '____-__-__'),
  end_date TEXT NOT NULL CHECK (end_date LIKE '____-__-__'),
  jp INTEGER NOT NULL CHECK (jp BETWEEN 0 AND 2000),
  certificate_number TEXT CHECK (certificate_number <> ''),
  certificate_date TEXT CHECK (certificate_date LIKE '____-__-__'),
  -- KrTrainingSource: 'manual' or 'siasn'
  source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'siasn')),
  CHECK (start_date IS NULL OR start_date <= end_date),
  CHECK ((type = 'leadership') = (programme IS NOT NULL))
);

CREATE INDEX training_record_employee_idx ON training_record (employee_id, end_date);
-- A re-import of the same SIASN row updates instead of doubling
CREATE UNIQUE INDEX training_record_siasn_idx
  ON training_record (employee_id, title, end_date) WHERE source = 'siasn';

CREATE TABLE training_budget (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  allocated INTEGER NOT NULL CHECK (allocated >= 0),
  UNIQUE (unit_id, year)
);

CREATE TABLE mentoring (
  id INTEGER PRIMARY KEY,
  mentor_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  mentee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  -- KrTrainingForm 'mentoring' or 'coaching'
  form TEXT NOT NULL DEFAULT 'mentoring' CHECK (form IN ('mentoring', 'coaching')),
  goals TEXT NOT NULL CHECK (goals <> ''),
  start_date TEXT NOT NULL CHECK (start_date LIKE '____-__-__'),
  end_date TEXT CHECK (end_date LIKE '____-__-__'),
  CHECK (mentor_id <> mentee_id),
  CHECK (end_date IS NULL OR start_date <= end_date)
);

CREATE INDEX mentoring_mentor_idx ON mentoring (mentor_id, start_date);
CREATE INDEX mentoring_mentee_idx ON mentoring (mentee_id, start_date);

CREATE TABLE mentoring_session (
  id INTEGER PRIMARY KEY,
  mentoring_id INTEGER NOT NULL REFERENCES mentoring (id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date LIKE '____-__-__'),
  topic TEXT NOT NULL CHECK (topic <> ''),
  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  notes TEXT
);

CREATE INDEX mentoring_session_idx ON mentoring_session (mentoring_id, date);

-- Every JP an employee earned, by the year it ended: completed enrolments (the session's end
-- date), records, and the mentee's mentoring sessions (minutes / jp_minutes, non-classical).
CREATE VIEW training_jp (employee_id, year, jp, kind, source, source_id) AS
  SELECT e.employee_id, CAST (substr (s.end_date, 1, 4) AS INTEGER), CAST (e.jp AS REAL),
         c.kind, 'enrolment', e.id
  FROM training_enrolment e
  JOIN training_session s ON s.id = e.session_id
  JOIN training_course c ON c.id = s.course_id
  WHERE e.state = 'completed'
  UNION ALL
  SELECT r.employee_id, CAST (substr (r.end_date, 1, 4) AS INTEGER), CAST (r.jp AS REAL),
         r.kind, 'record', r.id
  FROM training_record r
  UNION ALL
  SELECT m.mentee_id, CAST (substr (ms.date, 1, 4) AS INTEGER),
         ms.minutes * 1.0 / (SELECT jp_minutes FROM training_setting WHERE id = 1),
         'non_classical', 'mentoring', ms.id
  FROM mentoring_session ms
  JOIN mentoring m ON m.id = ms.mentoring_id;

-- The audit trail (migration 7): three triggers per table, as there.

-- training_setting

CREATE TRIGGER training_setting_audit_insert AFTER INSERT ON training_setting
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'training_setting', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'jp_minutes' AS k, NEW.jp_minutes AS n)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER training_setting_audit_update AFTER UPDATE ON training_setting
WHEN OLD.id IS NOT NEW.id OR OLD.jp_minutes IS NOT NEW.jp_minutes
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'training_setting', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'jp_minutes', OLD.jp_minutes, NEW.jp_minutes)
     WHERE o IS NOT n));
END;

CREATE TRIGGER training_setting_audit_delete AFTER DELETE ON training_setting
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'training_setting', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'jp_minutes' AS k, OLD.jp_minutes AS o)
     WHERE o IS NOT NULL));
END;

-- training_course

CREATE TRIGGER training_course_audit_insert AFTER INSERT ON training_course
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'training_course', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'title' AS k, NEW.title AS n UNION ALL
       SELECT 'kind', NEW.kind UNION ALL
       SELECT 'type', NEW.type UNION ALL
       SELECT 'programme', NEW.programme UNION ALL
       SELECT 'form', NEW.form UNION ALL
       SELECT 'jp', NEW.jp UNION ALL
       SELECT 'provider', NEW.provider UNION ALL
       SELECT 'delivery', NEW.delivery UNION ALL
       SELECT 'cost', NEW.cost UNION ALL
       SELECT 'description', NEW.description UNION ALL
       SELECT 'min_golongan', NEW.min_golongan UNION ALL
       SELECT 'max_age', NEW.max_age UNION ALL
       SELECT 'required_course_id', NEW.required_course_id UNION ALL
       SELECT 'addresses_results', NEW.addresses_results UNION ALL
       SELECT 'retired', NEW.retired)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER training_course_audit_update AFTER UPDATE ON training_course
WHEN OLD.id IS NOT NEW.id OR OLD.title IS NOT NEW.title OR OLD.kind IS NOT NEW.kind
  OR OLD.type IS NOT NEW.type OR OLD.programme IS NOT NEW.programme OR OLD.form IS NOT NEW.form
  OR OLD.jp IS NOT NEW.jp OR OLD.provider IS NOT NEW.provider OR OLD.delivery IS NOT NEW.delivery
  OR OLD.cost IS NOT NEW.cost OR OLD.description IS NOT NEW.description
  OR OLD.min_golongan IS NOT NEW.min_golongan OR OLD.max_age IS NOT NEW.max_age
  OR OLD.required_course_id IS NOT NEW.required_course_id
  OR OLD.addresses_results IS NOT NEW.addresses_results OR OLD.retired IS NOT NEW.retired
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'training_course', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'title', OLD.title, NEW.title UNION ALL
       SELECT 'kind', OLD.kind, NEW.kind UNION ALL
       SELECT 'type', OLD.type, NEW.type UNION ALL
       SELECT 'programme', OLD.programme, NEW.programme UNION ALL
       SELECT 'form', OLD.form, NEW.form UNION ALL
       SELECT 'jp', OLD.jp, NEW.jp UNION ALL
       SELECT 'provider', OLD.provider, NEW.provider UNION ALL
       SELECT 'delivery', OLD.delivery, NEW.delivery UNION ALL
       SELECT 'cost', OLD.cost, NEW.cost UNION ALL
       SELECT 'description', OLD.description, NEW.description UNION ALL
       SELECT 'min_golongan', OLD.min_golongan, NEW.min_golongan UNION ALL
       SELECT 'max_age', OLD.max_age, NEW.max_age UNION ALL
       SELECT 'required_course_id', OLD.required_course_id, NEW.required_course_id UNION ALL
       SELECT 'addresses_results', OLD.addresses_results, NEW.addresses_results UNION ALL
       SELECT 'retired', OLD.retired, NEW.retired)
     WHERE o IS NOT n));
END;

CREATE TRIGGER training_course_audit_delete AFTER DELETE ON training_course
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'training_course', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'title' AS k, OLD.title AS o UNION ALL
       SELECT 'kind', OLD.kind UNION ALL
       SELECT 'type', OLD.type UNION ALL
       SELECT 'programme', OLD.programme UNION ALL
       SELECT 'form', OLD.form UNION ALL
       SELECT 'jp', OLD.jp UNION ALL
       SELECT 'provider', OLD.provider UNION ALL
       SELECT 'delivery', OLD.delivery UNION ALL
       SELECT 'cost', OLD.cost UNION ALL
       SELECT 'description', OLD.description UNION ALL
       SELECT 'min_golongan', OLD.min_golongan UNION ALL
       SELECT 'max_age', OLD.max_age UNION ALL
       SELECT 'required_course_id', OLD.required_course_id UNION ALL
       SELECT 'addresses_results', OLD.addresses_results UNION ALL
       SELECT 'retired', OLD.retired)
     WHERE o IS NOT NULL));
END;

-- training_course_behaviour

CREATE TRIGGER training_course_behaviour_audit_insert AFTER INSERT ON training_course_behaviour
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'training_course_behaviour', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'course_id' AS k, NEW.course_id AS n UNION ALL
       SELECT 'behaviour', NEW.behaviour)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER training_course_behaviour_audit_update AFTER UPDATE ON training_course_behaviour
WHEN OLD.id IS NOT NEW.id OR OLD.course_id IS NOT NEW.course_id
  OR OLD.behaviour IS NOT NEW.behaviour
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'training_course_behaviour', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'course_id', OLD.course_id, NEW.course_id UNION ALL
       SELECT 'behaviour', OLD.behaviour, NEW.behaviour)
     WHERE o IS NOT n));
END;

CREATE TRIGGER training_course_behaviour_audit_delete AFTER DELETE ON training_course_behaviour
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'training_course_behaviour', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'course_id' AS k, OLD.course_id AS o UNION ALL
       SELECT 'behaviour', OLD.behaviour)
     WHERE o IS NOT NULL));
END;

-- training_session

CREATE TRIGGER training_session_audit_insert AFTER INSERT ON training_session
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'training_session', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'course_id' AS k, NEW.course_id AS n UNION ALL
       SELECT 'name', NEW.name UNION ALL
       SELECT 'start_date', NEW.start_date UNION ALL
       SELECT 'end_date', NEW.end_date UNION ALL
       SELECT 'place', NEW.place UNION ALL
       SELECT 'capacity', NEW.capacity UNION ALL
       SELECT 'cost', NEW.cost UNION ALL
       SELECT 'status', NEW.status)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER training_session_audit_update AFTER UPDATE ON training_session
WHEN OLD.id IS NOT NEW.id OR OLD.course_id IS NOT NEW.course_id OR OLD.name IS NOT NEW.name
  OR OLD.start_date IS NOT NEW.start_date OR OLD.end_date IS NOT NEW.end_date
  OR OLD.place IS NOT NEW.place OR OLD.capacity IS NOT NEW.capacity OR OLD.cost IS NOT NEW.cost
  OR OLD.status IS NOT NEW.status
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'training_session', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'course_id', OLD.course_id, NEW.course_id UNION ALL
       SELECT 'name', OLD.name, NEW.name UNION ALL
       SELECT 'start_date', OLD.start_date, NEW.start_date UNION ALL
       SELECT 'end_date', OLD.end_date, NEW.end_date UNION ALL
       SELECT 'place', OLD.place, NEW.place UNION ALL
       SELECT 'capacity', OLD.capacity, NEW.capacity UNION ALL
       SELECT 'cost', OLD.cost, NEW.cost UNION ALL
       SELECT 'status', OLD.status, NEW.status)
     WHERE o IS NOT n));
END;

CREATE TRIGGER training_session_audit_delete AFTER DELETE ON training_session
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'training_session', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'course_id' AS k, OLD.course_id AS o UNION ALL
       SELECT 'name', OLD.name UNION ALL
       SELECT 'start_date', OLD.start_date UNION ALL
       SELECT 'end_date', OLD.end_date UNION ALL
       SELECT 'place', OLD.place UNION ALL
       SELECT 'capacity', OLD.capacity UNION ALL
       SELECT 'cost', OLD.cost UNION ALL
       SELECT 'status', OLD.status)
     WHERE o IS NOT NULL));
END;

-- training_enrolment

CREATE TRIGGER training_enrolment_audit_insert AFTER INSERT ON training_enrolment
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'training_enrolment', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'session_id' AS k, NEW.session_id AS n UNION ALL
       SELECT 'employee_id', NEW.employee_id UNION ALL
       SELECT 'state', NEW.state UNION ALL
       SELECT 'cost', NEW.cost UNION ALL
       SELECT 'budget_unit_id', NEW.budget_unit_id UNION ALL
       SELECT 'jp', NEW.jp UNION ALL
       SELECT 'certificate_number', NEW.certificate_number UNION ALL
       SELECT 'certificate_date', NEW.certificate_date UNION ALL
       SELECT 'override_reason', NEW.override_reason UNION ALL
       SELECT 'reason', NEW.reason)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER training_enrolment_audit_update AFTER UPDATE ON training_enrolment
WHEN OLD.id IS NOT NEW.id OR OLD.session_id IS NOT NEW.session_id
  OR OLD.employee_id IS NOT NEW.employee_id OR OLD.state IS NOT NEW.state
  OR OLD.cost IS NOT NEW.cost OR OLD.budget_unit_id IS NOT NEW.budget_unit_id
  OR OLD.jp IS NOT NEW.jp OR OLD.certificate_number IS NOT NEW.certificate_number
  OR OLD.certificate_date IS NOT NEW.certificate_date
  OR OLD.override_reason IS NOT NEW.override_reason OR OLD.reason IS NOT NEW.reason
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'training_enrolment', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'session_id', OLD.session_id, NEW.session_id UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'state', OLD.state, NEW.state UNION ALL
       SELECT 'cost', OLD.cost, NEW.cost UNION ALL
       SELECT 'budget_unit_id', OLD.budget_unit_id, NEW.budget_unit_id UNION ALL
       SELECT 'jp', OLD.jp, NEW.jp UNION ALL
       SELECT 'certificate_number', OLD.certificate_number, NEW.certificate_number UNION ALL
       SELECT 'certificate_date', OLD.certificate_date, NEW.certificate_date UNION ALL
       SELECT 'override_reason', OLD.override_reason, NEW.override_reason UNION ALL
       SELECT 'reason', OLD.reason, NEW.reason)
     WHERE o IS NOT n));
END;

CREATE TRIGGER training_enrolment_audit_delete AFTER DELETE ON training_enrolment
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'training_enrolment', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'session_id' AS k, OLD.session_id AS o UNION ALL
       SELECT 'employee_id', OLD.employee_id UNION ALL
       SELECT 'state', OLD.state UNION ALL
       SELECT 'cost', OLD.cost UNION ALL
       SELECT 'budget_unit_id', OLD.budget_unit_id UNION ALL
       SELECT 'jp', OLD.jp UNION ALL
       SELECT 'certificate_number', OLD.certificate_number UNION ALL
       SELECT 'certificate_date', OLD.certificate_date UNION ALL
       SELECT 'override_reason', OLD.override_reason UNION ALL
       SELECT 'reason', OLD.reason)
     WHERE o IS NOT NULL));
END;

-- training_record

CREATE TRIGGER training_record_audit_insert AFTER INSERT ON training_record
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'training_record', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'employee_id' AS k, NEW.employee_id AS n UNION ALL
       SELECT 'title', NEW.title UNION ALL
       SELECT 'kind', NEW.kind UNION ALL
       SELECT 'type', NEW.type UNION ALL
       SELECT 'programme', NEW.programme UNION ALL
       SELECT 'form', NEW.form UNION ALL
       SELECT 'provider', NEW.provider UNION ALL
       SELECT 'start_date', NEW.start_date UNION ALL
       SELECT 'end_date', NEW.end_date UNION ALL
       SELECT 'jp', NEW.jp UNION ALL
       SELECT 'certificate_number', NEW.certificate_number UNION ALL
       SELECT 'certificate_date', NEW.certificate_date UNION ALL
       SELECT 'source', NEW.source)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER training_record_audit_update AFTER UPDATE ON training_record
WHEN OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id OR OLD.title IS NOT NEW.title
  OR OLD.kind IS NOT NEW.kind OR OLD.type IS NOT NEW.type OR OLD.programme IS NOT NEW.programme
  OR OLD.form IS NOT NEW.form OR OLD.provider IS NOT NEW.provider
  OR OLD.start_date IS NOT NEW.start_date OR OLD.end_date IS NOT NEW.end_date
  OR OLD.jp IS NOT NEW.jp OR OLD.certificate_number IS NOT NEW.certificate_number
  OR OLD.certificate_date IS NOT NEW.certificate_date OR OLD.source IS NOT NEW.source
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'training_record', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'title', OLD.title, NEW.title UNION ALL
       SELECT 'kind', OLD.kind, NEW.kind UNION ALL
       SELECT 'type', OLD.type, NEW.type UNION ALL
       SELECT 'programme', OLD.programme, NEW.programme UNION ALL
       SELECT 'form', OLD.form, NEW.form UNION ALL
       SELECT 'provider', OLD.provider, NEW.provider UNION ALL
       SELECT 'start_date', OLD.start_date, NEW.start_date UNION ALL
       SELECT 'end_date', OLD.end_date, NEW.end_date UNION ALL
       SELECT 'jp', OLD.jp, NEW.jp UNION ALL
       SELECT 'certificate_number', OLD.certificate_number, NEW.certificate_number UNION ALL
       SELECT 'certificate_date', OLD.certificate_date, NEW.certificate_date UNION ALL
       SELECT 'source', OLD.source, NEW.source)
     WHERE o IS NOT n));
END;

CREATE TRIGGER training_record_audit_delete AFTER DELETE ON training_record
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'training_record', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'employee_id' AS k, OLD.employee_id AS o UNION ALL
       SELECT 'title', OLD.title UNION ALL
       SELECT 'kind', OLD.kind UNION ALL
       SELECT 'type', OLD.type UNION ALL
       SELECT 'programme', OLD.programme UNION ALL
       SELECT 'form', OLD.form UNION ALL
       SELECT 'provider', OLD.provider UNION ALL
       SELECT 'start_date', OLD.start_date UNION ALL
       SELECT 'end_date', OLD.end_date UNION ALL
       SELECT 'jp', OLD.jp UNION ALL
       SELECT 'certificate_number', OLD.certificate_number UNION ALL
       SELECT 'certificate_date', OLD.certificate_date UNION ALL
       SELECT 'source', OLD.source)
     WHERE o IS NOT NULL));
END;

-- training_budget

CREATE TRIGGER training_budget_audit_insert AFTER INSERT ON training_budget
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'training_budget', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'unit_id' AS k, NEW.unit_id AS n UNION ALL
       SELECT 'year', NEW.year UNION ALL
       SELECT 'allocated', NEW.allocated)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER training_budget_audit_update AFTER UPDATE ON training_budget
WHEN OLD.id IS NOT NEW.id OR OLD.unit_id IS NOT NEW.unit_id OR OLD.year IS NOT NEW.year
  OR OLD.allocated IS NOT NEW.allocated
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'training_budget', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'unit_id', OLD.unit_id, NEW.unit_id UNION ALL
       SELECT 'year', OLD.year, NEW.year UNION ALL
       SELECT 'allocated', OLD.allocated, NEW.allocated)
     WHERE o IS NOT n));
END;

CREATE TRIGGER training_budget_audit_delete AFTER DELETE ON training_budget
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'training_budget', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'unit_id' AS k, OLD.unit_id AS o UNION ALL
       SELECT 'year', OLD.year UNION ALL
       SELECT 'allocated', OLD.allocated)
     WHERE o IS NOT NULL));
END;

-- mentoring

CREATE TRIGGER mentoring_audit_insert AFTER INSERT ON mentoring
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'mentoring', NEW.id, NEW.mentee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'mentor_id' AS k, NEW.mentor_id AS n UNION ALL
       SELECT 'mentee_id', NEW.mentee_id UNION ALL
       SELECT 'form', NEW.form UNION ALL
       SELECT 'goals', NEW.goals UNION ALL
       SELECT 'start_date', NEW.start_date UNION ALL
       SELECT 'end_date', NEW.end_date)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER mentoring_audit_update AFTER UPDATE ON mentoring
WHEN OLD.id IS NOT NEW.id OR OLD.mentor_id IS NOT NEW.mentor_id
  OR OLD.mentee_id IS NOT NEW.mentee_id OR OLD.form IS NOT NEW.form OR OLD.goals IS NOT NEW.goals
  OR OLD.start_date IS NOT NEW.start_date OR OLD.end_date IS NOT NEW.end_date
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'mentoring', NEW.id, NEW.mentee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'mentor_id', OLD.mentor_id, NEW.mentor_id UNION ALL
       SELECT 'mentee_id', OLD.mentee_id, NEW.mentee_id UNION ALL
       SELECT 'form', OLD.form, NEW.form UNION ALL
       SELECT 'goals', OLD.goals, NEW.goals UNION ALL
       SELECT 'start_date', OLD.start_date, NEW.start_date UNION ALL
       SELECT 'end_date', OLD.end_date, NEW.end_date)
     WHERE o IS NOT n));
END;

CREATE TRIGGER mentoring_audit_delete AFTER DELETE ON mentoring
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'mentoring', OLD.id, OLD.mentee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'mentor_id' AS k, OLD.mentor_id AS o UNION ALL
       SELECT 'mentee_id', OLD.mentee_id UNION ALL
       SELECT 'form', OLD.form UNION ALL
       SELECT 'goals', OLD.goals UNION ALL
       SELECT 'start_date', OLD.start_date UNION ALL
       SELECT 'end_date', OLD.end_date)
     WHERE o IS NOT NULL));
END;

-- mentoring_session

CREATE TRIGGER mentoring_session_audit_insert AFTER INSERT ON mentoring_session
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'mentoring_session', NEW.id, (SELECT mentee_id FROM mentoring WHERE id = NEW.mentoring_id),
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'mentoring_id' AS k, NEW.mentoring_id AS n UNION ALL
       SELECT 'date', NEW.date UNION ALL
       SELECT 'topic', NEW.topic UNION ALL
       SELECT 'minutes', NEW.minutes UNION ALL
       SELECT 'notes', NEW.notes)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER mentoring_session_audit_update AFTER UPDATE ON mentoring_session
WHEN OLD.id IS NOT NEW.id OR OLD.mentoring_id IS NOT NEW.mentoring_id OR OLD.date IS NOT NEW.date
  OR OLD.topic IS NOT NEW.topic OR OLD.minutes IS NOT NEW.minutes OR OLD.notes IS NOT NEW.notes
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'mentoring_session', NEW.id, (SELECT mentee_id FROM mentoring WHERE id = NEW.mentoring_id),
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'mentoring_id', OLD.mentoring_id, NEW.mentoring_id UNION ALL
       SELECT 'date', OLD.date, NEW.date UNION ALL
       SELECT 'topic', OLD.topic, NEW.topic UNION ALL
       SELECT 'minutes', OLD.minutes, NEW.minutes UNION ALL
       SELECT 'notes', OLD.notes, NEW.notes)
     WHERE o IS NOT n));
END;

CREATE TRIGGER mentoring_session_audit_delete AFTER DELETE ON mentoring_session
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'mentoring_session', OLD.id, (SELECT mentee_id FROM mentoring WHERE id = OLD.mentoring_id),
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'mentoring_id' AS k, OLD.mentoring_id AS o UNION ALL
       SELECT 'date', OLD.date UNION ALL
       SELECT 'topic', OLD.topic UNION ALL
       SELECT 'minutes', OLD.minutes UNION ALL
       SELECT 'notes', OLD.notes)
     WHERE o IS NOT NULL));
END;

PRAGMA user_version = 9;
