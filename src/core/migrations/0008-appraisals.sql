-- Schema version 8: performance appraisal (DOMAIN 5; kr-appraisal.h, kr-appraisal-repository.h).
--
-- An appraisal is one employee's SKP for one year: the plan (work results grouped Kinerja Utama
-- and Kinerja Tambahan, each with indicators and targets, and the leader's expectation for each
-- BerAKHLAK value) and its evaluations: one per period of the instansi's cycle (monthly,
-- quarterly or semester) and the annual one (period 0). Each evaluation holds the realisation
-- and feedback per result, the feedback per value, the two ratings and the predikat, and walks
-- the workflow draft -> submitted -> reviewed -> final, with objection -> decision and reopen.
--
-- The predikat is written by core from the two ratings with kr_predikat_from_ratings () (the
-- matrix lives in kr-appraisal-rules.c alone); the CHECK below only keeps it present exactly when
-- both ratings are. The people on the documents (rank, position, unit) are read from the
-- histories as of the end of the period, so nothing here copies them.
--
-- Final evaluations are read-only here too, not only in core: the guard triggers refuse to change
-- a final evaluation's content or the plan of an appraisal whose annual evaluation is final.
-- Every transition is a row of appraisal_transition (who, when, why); every write of these
-- tables is in the audit trail (the triggers at the end).

-- The appraisal settings of an instansi (a root unit): its cycle (without a row, quarterly:
-- kr-appraisal-rules.h) and the place of signing.
CREATE TABLE appraisal_cycle_setting (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL UNIQUE REFERENCES unit (id) ON DELETE CASCADE,
  cycle TEXT NOT NULL DEFAULT 'quarterly' CHECK (cycle IN ('monthly', 'quarterly', 'semester')),
  -- Where the instansi signs its documents ("Sukamaju, 3 Juli 2026"); NULL prints a dotted line
  place TEXT CHECK (place IS NULL OR place <> '')
);

CREATE TABLE appraisal (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 2021 AND 2200),
  cycle TEXT NOT NULL CHECK (cycle IN ('monthly', 'quarterly', 'semester')),
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  -- The pejabat penilai kinerja and the atasan pejabat penilai kinerja
  appraiser_id INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  senior_appraiser_id INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  UNIQUE (employee_id, year),
  CHECK (period_start <= period_end),
  CHECK (substr (period_start, 1, 4) = CAST (year AS TEXT)
         AND substr (period_end, 1, 4) = CAST (year AS TEXT)),
  CHECK (appraiser_id IS NULL OR appraiser_id <> employee_id)
);

CREATE INDEX appraisal_year_idx ON appraisal (year, employee_id);
CREATE INDEX appraisal_appraiser_idx ON appraisal (appraiser_id, year);
CREATE INDEX appraisal_senior_appraiser_idx ON appraisal (senior_appraiser_id, year);

-- Rencana hasil kerja; ordinal orders the results within the plan
CREATE TABLE appraisal_result (
  id INTEGER PRIMARY KEY,
  appraisal_id INTEGER NOT NULL REFERENCES appraisal (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('utama', 'tambahan')),
  ordinal INTEGER NOT NULL,
  -- Rencana Hasil Kerja Pimpinan yang Diintervensi
  leader_result TEXT,
  result TEXT NOT NULL CHECK (result <> '')
);

CREATE INDEX appraisal_result_appraisal_idx ON appraisal_result (appraisal_id, ordinal);

CREATE TABLE appraisal_indicator (
  id INTEGER PRIMARY KEY,
  result_id INTEGER NOT NULL REFERENCES appraisal_result (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  aspect TEXT NOT NULL CHECK (aspect IN ('kuantitas', 'kualitas', 'waktu', 'biaya')),
  indicator TEXT NOT NULL CHECK (indicator <> ''),
  target TEXT NOT NULL CHECK (target <> '')
);

CREATE INDEX appraisal_indicator_result_idx ON appraisal_indicator (result_id, ordinal);

-- Ekspektasi Khusus Pimpinan for each BerAKHLAK value (1 to 7, kr-appraisal-rules.h)
CREATE TABLE appraisal_expectation (
  id INTEGER PRIMARY KEY,
  appraisal_id INTEGER NOT NULL REFERENCES appraisal (id) ON DELETE CASCADE,
  behaviour INTEGER NOT NULL CHECK (behaviour BETWEEN 1 AND 7),
  expectation TEXT NOT NULL CHECK (expectation <> ''),
  UNIQUE (appraisal_id, behaviour)
);

CREATE TABLE appraisal_evaluation (
  id INTEGER PRIMARY KEY,
  appraisal_id INTEGER NOT NULL REFERENCES appraisal (id) ON DELETE CASCADE,
  -- 0: the annual evaluation; 1..12, 1..4 or 1..2: a periodic one of the appraisal's cycle
  period INTEGER NOT NULL CHECK (period BETWEEN 0 AND 12),
  state TEXT NOT NULL DEFAULT 'draft'
    CHECK (state IN ('draft', 'submitted', 'reviewed', 'final', 'objected')),
  results_rating TEXT CHECK (results_rating IN ('below', 'as_expected', 'above')),
  behaviour_rating TEXT CHECK (behaviour_rating IN ('below', 'as_expected', 'above')),
  predikat TEXT
    CHECK (predikat IN ('sangat_kurang', 'kurang', 'butuh_perbaikan', 'baik', 'sangat_baik')),
  -- Catatan/Rekomendasi, Keberatan, Penjelasan Pejabat Penilai atas Keberatan, Keputusan
  -- Atasan Pejabat Penilai Kinerja
  notes TEXT,
  objection TEXT,
  objection_response TEXT,
  decision TEXT,
  -- When it last became final (UTC date, YYYY-MM-DD): the date of the signatures
  final_on TEXT,
  UNIQUE (appraisal_id, period),
  CHECK ((predikat IS NULL) = (results_rating IS NULL OR behaviour_rating IS NULL)),
  CHECK (state IN ('draft', 'submitted') OR predikat IS NOT NULL)
);

CREATE INDEX appraisal_evaluation_state_idx ON appraisal_evaluation (state, period);

-- Realisasi and Umpan Balik Berkelanjutan of one result in one evaluation
CREATE TABLE appraisal_result_evaluation (
  id INTEGER PRIMARY KEY,
  evaluation_id INTEGER NOT NULL REFERENCES appraisal_evaluation (id) ON DELETE CASCADE,
  result_id INTEGER NOT NULL REFERENCES appraisal_result (id) ON DELETE CASCADE,
  realisation TEXT,
  feedback TEXT,
  UNIQUE (evaluation_id, result_id)
);

CREATE INDEX appraisal_result_evaluation_result_idx ON appraisal_result_evaluation (result_id);

-- Umpan balik on one BerAKHLAK value in one evaluation
CREATE TABLE appraisal_behaviour_evaluation (
  id INTEGER PRIMARY KEY,
  evaluation_id INTEGER NOT NULL REFERENCES appraisal_evaluation (id) ON DELETE CASCADE,
  behaviour INTEGER NOT NULL CHECK (behaviour BETWEEN 1 AND 7),
  feedback TEXT NOT NULL CHECK (feedback <> ''),
  UNIQUE (evaluation_id, behaviour)
);

-- Each step of the workflow: who (as the audit trail names them) and when, and why
CREATE TABLE appraisal_transition (
  id INTEGER PRIMARY KEY,
  evaluation_id INTEGER NOT NULL REFERENCES appraisal_evaluation (id) ON DELETE CASCADE,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  at TEXT NOT NULL,
  account_id INTEGER,
  user_name TEXT,
  reason TEXT
);

CREATE INDEX appraisal_transition_evaluation_idx ON appraisal_transition (evaluation_id, id);

-- 360 feedback from colleagues
CREATE TABLE appraisal_peer_feedback (
  id INTEGER PRIMARY KEY,
  evaluation_id INTEGER NOT NULL REFERENCES appraisal_evaluation (id) ON DELETE CASCADE,
  relation TEXT NOT NULL CHECK (relation IN ('superior', 'peer', 'subordinate', 'other')),
  from_employee_id INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  behaviour INTEGER CHECK (behaviour BETWEEN 1 AND 7),
  feedback TEXT NOT NULL CHECK (feedback <> ''),
  given_on TEXT NOT NULL
);

CREATE INDEX appraisal_peer_feedback_evaluation_idx ON appraisal_peer_feedback (evaluation_id);

-- Capaian kinerja organisasi of a unit for a period (0: the year)
CREATE TABLE unit_performance (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  period INTEGER NOT NULL CHECK (period BETWEEN 0 AND 12),
  result TEXT NOT NULL
    CHECK (result IN ('istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang')),
  UNIQUE (unit_id, year, period)
);

-- Survei kepuasan masyarakat of a unit (DOMAIN 10): the average score of each of the nine
-- elements; the IKM and its category are computed in core (kr-ikm.h)
CREATE TABLE skm_survey (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  period INTEGER NOT NULL CHECK (period BETWEEN 0 AND 12),
  respondents INTEGER NOT NULL CHECK (respondents > 0),
  nrr1 REAL NOT NULL CHECK (nrr1 BETWEEN 1 AND 4),
  nrr2 REAL NOT NULL CHECK (nrr2 BETWEEN 1 AND 4),
  nrr3 REAL NOT NULL CHECK (nrr3 BETWEEN 1 AND 4),
  nrr4 REAL NOT NULL CHECK (nrr4 BETWEEN 1 AND 4),
  nrr5 REAL NOT NULL CHECK (nrr5 BETWEEN 1 AND 4),
  nrr6 REAL NOT NULL CHECK (nrr6 BETWEEN 1 AND 4),
  nrr7 REAL NOT NULL CHECK (nrr7 BETWEEN 1 AND 4),
  nrr8 REAL NOT NULL CHECK (nrr8 BETWEEN 1 AND 4),
  nrr9 REAL NOT NULL CHECK (nrr9 BETWEEN 1 AND 4),
  UNIQUE (unit_id, year, period)
);

-- Historic appraisals under PP 46/2011 (DOMAIN 5.6); the score and sebutan are computed. An
-- element not recorded is NULL.
CREATE TABLE appraisal_pp46 (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 2014 AND 2021),
  skp_score REAL NOT NULL CHECK (skp_score BETWEEN 0 AND 100),
  orientasi_pelayanan REAL CHECK (orientasi_pelayanan BETWEEN 0 AND 100),
  integritas REAL CHECK (integritas BETWEEN 0 AND 100),
  komitmen REAL CHECK (komitmen BETWEEN 0 AND 100),
  disiplin REAL CHECK (disiplin BETWEEN 0 AND 100),
  kerja_sama REAL CHECK (kerja_sama BETWEEN 0 AND 100),
  kepemimpinan REAL CHECK (kepemimpinan BETWEEN 0 AND 100),
  behaviour_score REAL NOT NULL CHECK (behaviour_score BETWEEN 0 AND 100),
  appraiser_name TEXT,
  UNIQUE (employee_id, year)
);

-- Work results a position's holders start their year with (bulk start copies them when an
-- employee has no plan of the year before); one row per indicator, grouped by result_ordinal
CREATE TABLE position_result_template (
  id INTEGER PRIMARY KEY,
  position_id INTEGER NOT NULL REFERENCES position (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('utama', 'tambahan')),
  result_ordinal INTEGER NOT NULL,
  leader_result TEXT,
  result TEXT NOT NULL CHECK (result <> ''),
  ordinal INTEGER NOT NULL,
  aspect TEXT NOT NULL CHECK (aspect IN ('kuantitas', 'kualitas', 'waktu', 'biaya')),
  indicator TEXT NOT NULL CHECK (indicator <> ''),
  target TEXT NOT NULL CHECK (target <> '')
);

CREATE INDEX position_result_template_position_idx
  ON position_result_template (position_id, result_ordinal, ordinal);

-- Guards: a final (or objected) evaluation keeps its content; only the workflow moves it on
-- (its state, and the decision and ratings of an objection being decided go through state
-- 'objected'). The plan of an appraisal whose annual evaluation is final or objected is frozen.

CREATE TRIGGER appraisal_evaluation_final_guard BEFORE UPDATE ON appraisal_evaluation
WHEN OLD.state = 'final' AND NEW.state = 'final'
  AND (OLD.results_rating IS NOT NEW.results_rating
       OR OLD.behaviour_rating IS NOT NEW.behaviour_rating OR OLD.predikat IS NOT NEW.predikat
       OR OLD.notes IS NOT NEW.notes OR OLD.objection IS NOT NEW.objection
       OR OLD.objection_response IS NOT NEW.objection_response
       OR OLD.decision IS NOT NEW.decision)
BEGIN
  SELECT RAISE (ABORT, 'appraisal_evaluation: a final evaluation cannot be changed');
END;

CREATE TRIGGER appraisal_result_evaluation_final_insert BEFORE INSERT ON appraisal_result_evaluation
WHEN (SELECT state FROM appraisal_evaluation WHERE id = NEW.evaluation_id) IN ('final', 'objected')
BEGIN
  SELECT RAISE (ABORT, 'appraisal_result_evaluation: a final evaluation cannot be changed');
END;

CREATE TRIGGER appraisal_result_evaluation_final_update BEFORE UPDATE ON appraisal_result_evaluation
WHEN (SELECT state FROM appraisal_evaluation WHERE id = OLD.evaluation_id) IN ('final', 'objected')
BEGIN
  SELECT RAISE (ABORT, 'appraisal_result_evaluation: a final evaluation cannot be changed');
END;

CREATE TRIGGER appraisal_behaviour_evaluation_final_insert
BEFORE INSERT ON appraisal_behaviour_evaluation
WHEN (SELECT state FROM appraisal_evaluation WHERE id = NEW.evaluation_id) IN ('final', 'objected')
BEGIN
  SELECT RAISE (ABORT, 'appraisal_behaviour_evaluation: a final evaluation cannot be changed');
END;

CREATE TRIGGER appraisal_behaviour_evaluation_final_update
BEFORE UPDATE ON appraisal_behaviour_evaluation
WHEN (SELECT state FROM appraisal_evaluation WHERE id = OLD.evaluation_id) IN ('final', 'objected')
BEGIN
  SELECT RAISE (ABORT, 'appraisal_behaviour_evaluation: a final evaluation cannot be changed');
END;

CREATE TRIGGER appraisal_result_final_insert BEFORE INSERT ON appraisal_result
WHEN EXISTS (SELECT 1 FROM appraisal_evaluation WHERE appraisal_id = NEW.appraisal_id
             AND period = 0 AND state IN ('final', 'objected'))
BEGIN
  SELECT RAISE (ABORT, 'appraisal_result: the plan of a final appraisal cannot be changed');
END;

CREATE TRIGGER appraisal_result_final_update BEFORE UPDATE ON appraisal_result
WHEN EXISTS (SELECT 1 FROM appraisal_evaluation WHERE appraisal_id = OLD.appraisal_id
             AND period = 0 AND state IN ('final', 'objected'))
BEGIN
  SELECT RAISE (ABORT, 'appraisal_result: the plan of a final appraisal cannot be changed');
END;

CREATE TRIGGER appraisal_indicator_final_insert BEFORE INSERT ON appraisal_indicator
WHEN EXISTS (SELECT 1 FROM appraisal_evaluation v JOIN appraisal_result r
             ON r.appraisal_id = v.appraisal_id
             WHERE r.id = NEW.result_id AND v.period = 0 AND v.state IN ('final', 'objected'))
BEGIN
  SELECT RAISE (ABORT, 'appraisal_indicator: the plan of a final appraisal cannot be changed');
END;

CREATE TRIGGER appraisal_indicator_final_update BEFORE UPDATE ON appraisal_indicator
WHEN EXISTS (SELECT 1 FROM appraisal_evaluation v JOIN appraisal_result r
             ON r.appraisal_id = v.appraisal_id
             WHERE r.id = OLD.result_id AND v.period = 0 AND v.state IN ('final', 'objected'))
BEGIN
  SELECT RAISE (ABORT, 'appraisal_indicator: the plan of a final appraisal cannot be changed');
END;

CREATE TRIGGER appraisal_expectation_final_insert BEFORE INSERT ON appraisal_expectation
WHEN EXISTS (SELECT 1 FROM appraisal_evaluation WHERE appraisal_id = NEW.appraisal_id
             AND period = 0 AND state IN ('final', 'objected'))
BEGIN
  SELECT RAISE (ABORT, 'appraisal_expectation: the plan of a final appraisal cannot be changed');
END;

CREATE TRIGGER appraisal_expectation_final_update BEFORE UPDATE ON appraisal_expectation
WHEN EXISTS (SELECT 1 FROM appraisal_evaluation WHERE appraisal_id = OLD.appraisal_id
             AND period = 0 AND state IN ('final', 'objected'))
BEGIN
  SELECT RAISE (ABORT, 'appraisal_expectation: the plan of a final appraisal cannot be changed');
END;

-- The audit trail (migration 7): three triggers per table, as there.

-- appraisal_cycle_setting

CREATE TRIGGER appraisal_cycle_setting_audit_insert AFTER INSERT ON appraisal_cycle_setting
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'appraisal_cycle_setting', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'unit_id' AS k, NEW.unit_id AS n UNION ALL
       SELECT 'cycle', NEW.cycle UNION ALL
       SELECT 'place', NEW.place)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER appraisal_cycle_setting_audit_update AFTER UPDATE ON appraisal_cycle_setting
WHEN OLD.id IS NOT NEW.id OR OLD.unit_id IS NOT NEW.unit_id OR OLD.cycle IS NOT NEW.cycle
  OR OLD.place IS NOT NEW.place
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'appraisal_cycle_setting', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'unit_id', OLD.unit_id, NEW.unit_id UNION ALL
       SELECT 'cycle', OLD.cycle, NEW.cycle UNION ALL
       SELECT 'place', OLD.place, NEW.place)
     WHERE o IS NOT n));
END;

CREATE TRIGGER appraisal_cycle_setting_audit_delete AFTER DELETE ON appraisal_cycle_setting
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'appraisal_cycle_setting', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'unit_id' AS k, OLD.unit_id AS o UNION ALL
       SELECT 'cycle', OLD.cycle UNION ALL
       SELECT 'place', OLD.place)
     WHERE o IS NOT NULL));
END;

-- appraisal

CREATE TRIGGER appraisal_audit_insert AFTER INSERT ON appraisal
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'appraisal', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'employee_id' AS k, NEW.employee_id AS n UNION ALL
       SELECT 'year', NEW.year UNION ALL
       SELECT 'cycle', NEW.cycle UNION ALL
       SELECT 'period_start', NEW.period_start UNION ALL
       SELECT 'period_end', NEW.period_end UNION ALL
       SELECT 'appraiser_id', NEW.appraiser_id UNION ALL
       SELECT 'senior_appraiser_id', NEW.senior_appraiser_id)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER appraisal_audit_update AFTER UPDATE ON appraisal
WHEN OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id OR OLD.year IS NOT NEW.year
  OR OLD.cycle IS NOT NEW.cycle OR OLD.period_start IS NOT NEW.period_start
  OR OLD.period_end IS NOT NEW.period_end OR OLD.appraiser_id IS NOT NEW.appraiser_id
  OR OLD.senior_appraiser_id IS NOT NEW.senior_appraiser_id
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'appraisal', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'year', OLD.year, NEW.year UNION ALL
       SELECT 'cycle', OLD.cycle, NEW.cycle UNION ALL
       SELECT 'period_start', OLD.period_start, NEW.period_start UNION ALL
       SELECT 'period_end', OLD.period_end, NEW.period_end UNION ALL
       SELECT 'appraiser_id', OLD.appraiser_id, NEW.appraiser_id UNION ALL
       SELECT 'senior_appraiser_id', OLD.senior_appraiser_id, NEW.senior_appraiser_id)
     WHERE o IS NOT n));
END;

CREATE TRIGGER appraisal_audit_delete AFTER DELETE ON appraisal
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'appraisal', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'employee_id' AS k, OLD.employee_id AS o UNION ALL
       SELECT 'year', OLD.year UNION ALL
       SELECT 'cycle', OLD.cycle UNION ALL
       SELECT 'period_start', OLD.period_start UNION ALL
       SELECT 'period_end', OLD.period_end UNION ALL
       SELECT 'appraiser_id', OLD.appraiser_id UNION ALL
       SELECT 'senior_appraiser_id', OLD.senior_appraiser_id)
     WHERE o IS NOT NULL));
END;

-- appraisal_result

CREATE TRIGGER appraisal_result_audit_insert AFTER INSERT ON appraisal_result
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'appraisal_result', NEW.id, (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id),
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'appraisal_id' AS k, NEW.appraisal_id AS n UNION ALL
       SELECT 'kind', NEW.kind UNION ALL
       SELECT 'ordinal', NEW.ordinal UNION ALL
       SELECT 'leader_result', NEW.leader_result UNION ALL
       SELECT 'result', NEW.result)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER appraisal_result_audit_update AFTER UPDATE ON appraisal_result
WHEN OLD.id IS NOT NEW.id OR OLD.appraisal_id IS NOT NEW.appraisal_id OR OLD.kind IS NOT NEW.kind
  OR OLD.ordinal IS NOT NEW.ordinal OR OLD.leader_result IS NOT NEW.leader_result
  OR OLD.result IS NOT NEW.result
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'appraisal_result', NEW.id, (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id),
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'appraisal_id', OLD.appraisal_id, NEW.appraisal_id UNION ALL
       SELECT 'kind', OLD.kind, NEW.kind UNION ALL
       SELECT 'ordinal', OLD.ordinal, NEW.ordinal UNION ALL
       SELECT 'leader_result', OLD.leader_result, NEW.leader_result UNION ALL
       SELECT 'result', OLD.result, NEW.result)
     WHERE o IS NOT n));
END;

CREATE TRIGGER appraisal_result_audit_delete AFTER DELETE ON appraisal_result
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'appraisal_result', OLD.id, (SELECT employee_id FROM appraisal WHERE id = OLD.appraisal_id),
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'appraisal_id' AS k, OLD.appraisal_id AS o UNION ALL
       SELECT 'kind', OLD.kind UNION ALL
       SELECT 'ordinal', OLD.ordinal UNION ALL
       SELECT 'leader_result', OLD.leader_result UNION ALL
       SELECT 'result', OLD.result)
     WHERE o IS NOT NULL));
END;

-- appraisal_indicator

CREATE TRIGGER appraisal_indicator_audit_insert AFTER INSERT ON appraisal_indicator
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'appraisal_indicator', NEW.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_result r ON r.appraisal_id = a.id WHERE r.id = NEW.result_id),
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'result_id' AS k, NEW.result_id AS n UNION ALL
       SELECT 'ordinal', NEW.ordinal UNION ALL
       SELECT 'aspect', NEW.aspect UNION ALL
       SELECT 'indicator', NEW.indicator UNION ALL
       SELECT 'target', NEW.target)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER appraisal_indicator_audit_update AFTER UPDATE ON appraisal_indicator
WHEN OLD.id IS NOT NEW.id OR OLD.result_id IS NOT NEW.result_id OR OLD.ordinal IS NOT NEW.ordinal
  OR OLD.aspect IS NOT NEW.aspect OR OLD.indicator IS NOT NEW.indicator
  OR OLD.target IS NOT NEW.target
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'appraisal_indicator', NEW.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_result r ON r.appraisal_id = a.id WHERE r.id = NEW.result_id),
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'result_id', OLD.result_id, NEW.result_id UNION ALL
       SELECT 'ordinal', OLD.ordinal, NEW.ordinal UNION ALL
       SELECT 'aspect', OLD.aspect, NEW.aspect UNION ALL
       SELECT 'indicator', OLD.indicator, NEW.indicator UNION ALL
       SELECT 'target', OLD.target, NEW.target)
     WHERE o IS NOT n));
END;

CREATE TRIGGER appraisal_indicator_audit_delete AFTER DELETE ON appraisal_indicator
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'appraisal_indicator', OLD.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_result r ON r.appraisal_id = a.id WHERE r.id = OLD.result_id),
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'result_id' AS k, OLD.result_id AS o UNION ALL
       SELECT 'ordinal', OLD.ordinal UNION ALL
       SELECT 'aspect', OLD.aspect UNION ALL
       SELECT 'indicator', OLD.indicator UNION ALL
       SELECT 'target', OLD.target)
     WHERE o IS NOT NULL));
END;

-- appraisal_expectation

CREATE TRIGGER appraisal_expectation_audit_insert AFTER INSERT ON appraisal_expectation
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'appraisal_expectation', NEW.id, (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id),
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'appraisal_id' AS k, NEW.appraisal_id AS n UNION ALL
       SELECT 'behaviour', NEW.behaviour UNION ALL
       SELECT 'expectation', NEW.expectation)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER appraisal_expectation_audit_update AFTER UPDATE ON appraisal_expectation
WHEN OLD.id IS NOT NEW.id OR OLD.appraisal_id IS NOT NEW.appraisal_id
  OR OLD.behaviour IS NOT NEW.behaviour OR OLD.expectation IS NOT NEW.expectation
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'appraisal_expectation', NEW.id, (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id),
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'appraisal_id', OLD.appraisal_id, NEW.appraisal_id UNION ALL
       SELECT 'behaviour', OLD.behaviour, NEW.behaviour UNION ALL
       SELECT 'expectation', OLD.expectation, NEW.expectation)
     WHERE o IS NOT n));
END;

CREATE TRIGGER appraisal_expectation_audit_delete AFTER DELETE ON appraisal_expectation
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'appraisal_expectation', OLD.id, (SELECT employee_id FROM appraisal WHERE id = OLD.appraisal_id),
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'appraisal_id' AS k, OLD.appraisal_id AS o UNION ALL
       SELECT 'behaviour', OLD.behaviour UNION ALL
       SELECT 'expectation', OLD.expectation)
     WHERE o IS NOT NULL));
END;

-- appraisal_evaluation

CREATE TRIGGER appraisal_evaluation_audit_insert AFTER INSERT ON appraisal_evaluation
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'appraisal_evaluation', NEW.id, (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id),
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'appraisal_id' AS k, NEW.appraisal_id AS n UNION ALL
       SELECT 'period', NEW.period UNION ALL
       SELECT 'state', NEW.state UNION ALL
       SELECT 'results_rating', NEW.results_rating UNION ALL
       SELECT 'behaviour_rating', NEW.behaviour_rating UNION ALL
       SELECT 'predikat', NEW.predikat UNION ALL
       SELECT 'notes', NEW.notes UNION ALL
       SELECT 'objection', NEW.objection UNION ALL
       SELECT 'objection_response', NEW.objection_response UNION ALL
       SELECT 'decision', NEW.decision UNION ALL
       SELECT 'final_on', NEW.final_on)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER appraisal_evaluation_audit_update AFTER UPDATE ON appraisal_evaluation
WHEN OLD.id IS NOT NEW.id OR OLD.appraisal_id IS NOT NEW.appraisal_id
  OR OLD.period IS NOT NEW.period OR OLD.state IS NOT NEW.state
  OR OLD.results_rating IS NOT NEW.results_rating
  OR OLD.behaviour_rating IS NOT NEW.behaviour_rating OR OLD.predikat IS NOT NEW.predikat
  OR OLD.notes IS NOT NEW.notes OR OLD.objection IS NOT NEW.objection
  OR OLD.objection_response IS NOT NEW.objection_response OR OLD.decision IS NOT NEW.decision
  OR OLD.final_on IS NOT NEW.final_on
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'appraisal_evaluation', NEW.id, (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id),
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'appraisal_id', OLD.appraisal_id, NEW.appraisal_id UNION ALL
       SELECT 'period', OLD.period, NEW.period UNION ALL
       SELECT 'state', OLD.state, NEW.state UNION ALL
       SELECT 'results_rating', OLD.results_rating, NEW.results_rating UNION ALL
       SELECT 'behaviour_rating', OLD.behaviour_rating, NEW.behaviour_rating UNION ALL
       SELECT 'predikat', OLD.predikat, NEW.predikat UNION ALL
       SELECT 'notes', OLD.notes, NEW.notes UNION ALL
       SELECT 'objection', OLD.objection, NEW.objection UNION ALL
       SELECT 'objection_response', OLD.objection_response, NEW.objection_response UNION ALL
       SELECT 'decision', OLD.decision, NEW.decision UNION ALL
       SELECT 'final_on', OLD.final_on, NEW.final_on)
     WHERE o IS NOT n));
END;

CREATE TRIGGER appraisal_evaluation_audit_delete AFTER DELETE ON appraisal_evaluation
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'appraisal_evaluation', OLD.id, (SELECT employee_id FROM appraisal WHERE id = OLD.appraisal_id),
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'appraisal_id' AS k, OLD.appraisal_id AS o UNION ALL
       SELECT 'period', OLD.period UNION ALL
       SELECT 'state', OLD.state UNION ALL
       SELECT 'results_rating', OLD.results_rating UNION ALL
       SELECT 'behaviour_rating', OLD.behaviour_rating UNION ALL
       SELECT 'predikat', OLD.predikat UNION ALL
       SELECT 'notes', OLD.notes UNION ALL
       SELECT 'objection', OLD.objection UNION ALL
       SELECT 'objection_response', OLD.objection_response UNION ALL
       SELECT 'decision', OLD.decision UNION ALL
       SELECT 'final_on', OLD.final_on)
     WHERE o IS NOT NULL));
END;

-- appraisal_result_evaluation

CREATE TRIGGER appraisal_result_evaluation_audit_insert AFTER INSERT ON appraisal_result_evaluation
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'appraisal_result_evaluation', NEW.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_evaluation v ON v.appraisal_id = a.id WHERE v.id = NEW.evaluation_id),
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'evaluation_id' AS k, NEW.evaluation_id AS n UNION ALL
       SELECT 'result_id', NEW.result_id UNION ALL
       SELECT 'realisation', NEW.realisation UNION ALL
       SELECT 'feedback', NEW.feedback)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER appraisal_result_evaluation_audit_update AFTER UPDATE ON appraisal_result_evaluation
WHEN OLD.id IS NOT NEW.id OR OLD.evaluation_id IS NOT NEW.evaluation_id
  OR OLD.result_id IS NOT NEW.result_id OR OLD.realisation IS NOT NEW.realisation
  OR OLD.feedback IS NOT NEW.feedback
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'appraisal_result_evaluation', NEW.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_evaluation v ON v.appraisal_id = a.id WHERE v.id = NEW.evaluation_id),
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'evaluation_id', OLD.evaluation_id, NEW.evaluation_id UNION ALL
       SELECT 'result_id', OLD.result_id, NEW.result_id UNION ALL
       SELECT 'realisation', OLD.realisation, NEW.realisation UNION ALL
       SELECT 'feedback', OLD.feedback, NEW.feedback)
     WHERE o IS NOT n));
END;

CREATE TRIGGER appraisal_result_evaluation_audit_delete AFTER DELETE ON appraisal_result_evaluation
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'appraisal_result_evaluation', OLD.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_evaluation v ON v.appraisal_id = a.id WHERE v.id = OLD.evaluation_id),
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'evaluation_id' AS k, OLD.evaluation_id AS o UNION ALL
       SELECT 'result_id', OLD.result_id UNION ALL
       SELECT 'realisation', OLD.realisation UNION ALL
       SELECT 'feedback', OLD.feedback)
     WHERE o IS NOT NULL));
END;

-- appraisal_behaviour_evaluation

CREATE TRIGGER appraisal_behaviour_evaluation_audit_insert AFTER INSERT ON appraisal_behaviour_evaluation
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'appraisal_behaviour_evaluation', NEW.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_evaluation v ON v.appraisal_id = a.id WHERE v.id = NEW.evaluation_id),
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'evaluation_id' AS k, NEW.evaluation_id AS n UNION ALL
       SELECT 'behaviour', NEW.behaviour UNION ALL
       SELECT 'feedback', NEW.feedback)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER appraisal_behaviour_evaluation_audit_update AFTER UPDATE ON appraisal_behaviour_evaluation
WHEN OLD.id IS NOT NEW.id OR OLD.evaluation_id IS NOT NEW.evaluation_id
  OR OLD.behaviour IS NOT NEW.behaviour OR OLD.feedback IS NOT NEW.feedback
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'appraisal_behaviour_evaluation', NEW.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_evaluation v ON v.appraisal_id = a.id WHERE v.id = NEW.evaluation_id),
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'evaluation_id', OLD.evaluation_id, NEW.evaluation_id UNION ALL
       SELECT 'behaviour', OLD.behaviour, NEW.behaviour UNION ALL
       SELECT 'feedback', OLD.feedback, NEW.feedback)
     WHERE o IS NOT n));
END;

CREATE TRIGGER appraisal_behaviour_evaluation_audit_delete AFTER DELETE ON appraisal_behaviour_evaluation
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'appraisal_behaviour_evaluation', OLD.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_evaluation v ON v.appraisal_id = a.id WHERE v.id = OLD.evaluation_id),
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'evaluation_id' AS k, OLD.evaluation_id AS o UNION ALL
       SELECT 'behaviour', OLD.behaviour UNION ALL
       SELECT 'feedback', OLD.feedback)
     WHERE o IS NOT NULL));
END;

-- appraisal_transition

CREATE TRIGGER appraisal_transition_audit_insert AFTER INSERT ON appraisal_transition
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'appraisal_transition', NEW.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_evaluation v ON v.appraisal_id = a.id WHERE v.id = NEW.evaluation_id),
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'evaluation_id' AS k, NEW.evaluation_id AS n UNION ALL
       SELECT 'from_state', NEW.from_state UNION ALL
       SELECT 'to_state', NEW.to_state UNION ALL
       SELECT 'at', NEW.at UNION ALL
       SELECT 'account_id', NEW.account_id UNION ALL
       SELECT 'user_name', NEW.user_name UNION ALL
       SELECT 'reason', NEW.reason)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER appraisal_transition_audit_update AFTER UPDATE ON appraisal_transition
WHEN OLD.id IS NOT NEW.id OR OLD.evaluation_id IS NOT NEW.evaluation_id
  OR OLD.from_state IS NOT NEW.from_state OR OLD.to_state IS NOT NEW.to_state
  OR OLD.at IS NOT NEW.at OR OLD.account_id IS NOT NEW.account_id
  OR OLD.user_name IS NOT NEW.user_name OR OLD.reason IS NOT NEW.reason
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'appraisal_transition', NEW.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_evaluation v ON v.appraisal_id = a.id WHERE v.id = NEW.evaluation_id),
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'evaluation_id', OLD.evaluation_id, NEW.evaluation_id UNION ALL
       SELECT 'from_state', OLD.from_state, NEW.from_state UNION ALL
       SELECT 'to_state', OLD.to_state, NEW.to_state UNION ALL
       SELECT 'at', OLD.at, NEW.at UNION ALL
       SELECT 'account_id', OLD.account_id, NEW.account_id UNION ALL
       SELECT 'user_name', OLD.user_name, NEW.user_name UNION ALL
       SELECT 'reason', OLD.reason, NEW.reason)
     WHERE o IS NOT n));
END;

CREATE TRIGGER appraisal_transition_audit_delete AFTER DELETE ON appraisal_transition
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'appraisal_transition', OLD.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_evaluation v ON v.appraisal_id = a.id WHERE v.id = OLD.evaluation_id),
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'evaluation_id' AS k, OLD.evaluation_id AS o UNION ALL
       SELECT 'from_state', OLD.from_state UNION ALL
       SELECT 'to_state', OLD.to_state UNION ALL
       SELECT 'at', OLD.at UNION ALL
       SELECT 'account_id', OLD.account_id UNION ALL
       SELECT 'user_name', OLD.user_name UNION ALL
       SELECT 'reason', OLD.reason)
     WHERE o IS NOT NULL));
END;

-- appraisal_peer_feedback

CREATE TRIGGER appraisal_peer_feedback_audit_insert AFTER INSERT ON appraisal_peer_feedback
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'appraisal_peer_feedback', NEW.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_evaluation v ON v.appraisal_id = a.id WHERE v.id = NEW.evaluation_id),
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'evaluation_id' AS k, NEW.evaluation_id AS n UNION ALL
       SELECT 'relation', NEW.relation UNION ALL
       SELECT 'from_employee_id', NEW.from_employee_id UNION ALL
       SELECT 'behaviour', NEW.behaviour UNION ALL
       SELECT 'feedback', NEW.feedback UNION ALL
       SELECT 'given_on', NEW.given_on)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER appraisal_peer_feedback_audit_update AFTER UPDATE ON appraisal_peer_feedback
WHEN OLD.id IS NOT NEW.id OR OLD.evaluation_id IS NOT NEW.evaluation_id
  OR OLD.relation IS NOT NEW.relation OR OLD.from_employee_id IS NOT NEW.from_employee_id
  OR OLD.behaviour IS NOT NEW.behaviour OR OLD.feedback IS NOT NEW.feedback
  OR OLD.given_on IS NOT NEW.given_on
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'appraisal_peer_feedback', NEW.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_evaluation v ON v.appraisal_id = a.id WHERE v.id = NEW.evaluation_id),
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'evaluation_id', OLD.evaluation_id, NEW.evaluation_id UNION ALL
       SELECT 'relation', OLD.relation, NEW.relation UNION ALL
       SELECT 'from_employee_id', OLD.from_employee_id, NEW.from_employee_id UNION ALL
       SELECT 'behaviour', OLD.behaviour, NEW.behaviour UNION ALL
       SELECT 'feedback', OLD.feedback, NEW.feedback UNION ALL
       SELECT 'given_on', OLD.given_on, NEW.given_on)
     WHERE o IS NOT n));
END;

CREATE TRIGGER appraisal_peer_feedback_audit_delete AFTER DELETE ON appraisal_peer_feedback
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'appraisal_peer_feedback', OLD.id, (SELECT a.employee_id FROM appraisal a JOIN appraisal_evaluation v ON v.appraisal_id = a.id WHERE v.id = OLD.evaluation_id),
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'evaluation_id' AS k, OLD.evaluation_id AS o UNION ALL
       SELECT 'relation', OLD.relation UNION ALL
       SELECT 'from_employee_id', OLD.from_employee_id UNION ALL
       SELECT 'behaviour', OLD.behaviour UNION ALL
       SELECT 'feedback', OLD.feedback UNION ALL
       SELECT 'given_on', OLD.given_on)
     WHERE o IS NOT NULL));
END;

-- unit_performance

CREATE TRIGGER unit_performance_audit_insert AFTER INSERT ON unit_performance
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'unit_performance', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'unit_id' AS k, NEW.unit_id AS n UNION ALL
       SELECT 'year', NEW.year UNION ALL
       SELECT 'period', NEW.period UNION ALL
       SELECT 'result', NEW.result)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER unit_performance_audit_update AFTER UPDATE ON unit_performance
WHEN OLD.id IS NOT NEW.id OR OLD.unit_id IS NOT NEW.unit_id OR OLD.year IS NOT NEW.year
  OR OLD.period IS NOT NEW.period OR OLD.result IS NOT NEW.result
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'unit_performance', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'unit_id', OLD.unit_id, NEW.unit_id UNION ALL
       SELECT 'year', OLD.year, NEW.year UNION ALL
       SELECT 'period', OLD.period, NEW.period UNION ALL
       SELECT 'result', OLD.result, NEW.result)
     WHERE o IS NOT n));
END;

CREATE TRIGGER unit_performance_audit_delete AFTER DELETE ON unit_performance
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'unit_performance', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'unit_id' AS k, OLD.unit_id AS o UNION ALL
       SELECT 'year', OLD.year UNION ALL
       SELECT 'period', OLD.period UNION ALL
       SELECT 'result', OLD.result)
     WHERE o IS NOT NULL));
END;

-- skm_survey

CREATE TRIGGER skm_survey_audit_insert AFTER INSERT ON skm_survey
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'skm_survey', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'unit_id' AS k, NEW.unit_id AS n UNION ALL
       SELECT 'year', NEW.year UNION ALL
       SELECT 'period', NEW.period UNION ALL
       SELECT 'respondents', NEW.respondents UNION ALL
       SELECT 'nrr1', NEW.nrr1 UNION ALL
       SELECT 'nrr2', NEW.nrr2 UNION ALL
       SELECT 'nrr3', NEW.nrr3 UNION ALL
       SELECT 'nrr4', NEW.nrr4 UNION ALL
       SELECT 'nrr5', NEW.nrr5 UNION ALL
       SELECT 'nrr6', NEW.nrr6 UNION ALL
       SELECT 'nrr7', NEW.nrr7 UNION ALL
       SELECT 'nrr8', NEW.nrr8 UNION ALL
       SELECT 'nrr9', NEW.nrr9)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER skm_survey_audit_update AFTER UPDATE ON skm_survey
WHEN OLD.id IS NOT NEW.id OR OLD.unit_id IS NOT NEW.unit_id OR OLD.year IS NOT NEW.year
  OR OLD.period IS NOT NEW.period OR OLD.respondents IS NOT NEW.respondents
  OR OLD.nrr1 IS NOT NEW.nrr1 OR OLD.nrr2 IS NOT NEW.nrr2 OR OLD.nrr3 IS NOT NEW.nrr3
  OR OLD.nrr4 IS NOT NEW.nrr4 OR OLD.nrr5 IS NOT NEW.nrr5 OR OLD.nrr6 IS NOT NEW.nrr6
  OR OLD.nrr7 IS NOT NEW.nrr7 OR OLD.nrr8 IS NOT NEW.nrr8 OR OLD.nrr9 IS NOT NEW.nrr9
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'skm_survey', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'unit_id', OLD.unit_id, NEW.unit_id UNION ALL
       SELECT 'year', OLD.year, NEW.year UNION ALL
       SELECT 'period', OLD.period, NEW.period UNION ALL
       SELECT 'respondents', OLD.respondents, NEW.respondents UNION ALL
       SELECT 'nrr1', OLD.nrr1, NEW.nrr1 UNION ALL
       SELECT 'nrr2', OLD.nrr2, NEW.nrr2 UNION ALL
       SELECT 'nrr3', OLD.nrr3, NEW.nrr3 UNION ALL
       SELECT 'nrr4', OLD.nrr4, NEW.nrr4 UNION ALL
       SELECT 'nrr5', OLD.nrr5, NEW.nrr5 UNION ALL
       SELECT 'nrr6', OLD.nrr6, NEW.nrr6 UNION ALL
       SELECT 'nrr7', OLD.nrr7, NEW.nrr7 UNION ALL
       SELECT 'nrr8', OLD.nrr8, NEW.nrr8 UNION ALL
       SELECT 'nrr9', OLD.nrr9, NEW.nrr9)
     WHERE o IS NOT n));
END;

CREATE TRIGGER skm_survey_audit_delete AFTER DELETE ON skm_survey
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'skm_survey', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'unit_id' AS k, OLD.unit_id AS o UNION ALL
       SELECT 'year', OLD.year UNION ALL
       SELECT 'period', OLD.period UNION ALL
       SELECT 'respondents', OLD.respondents UNION ALL
       SELECT 'nrr1', OLD.nrr1 UNION ALL
       SELECT 'nrr2', OLD.nrr2 UNION ALL
       SELECT 'nrr3', OLD.nrr3 UNION ALL
       SELECT 'nrr4', OLD.nrr4 UNION ALL
       SELECT 'nrr5', OLD.nrr5 UNION ALL
       SELECT 'nrr6', OLD.nrr6 UNION ALL
       SELECT 'nrr7', OLD.nrr7 UNION ALL
       SELECT 'nrr8', OLD.nrr8 UNION ALL
       SELECT 'nrr9', OLD.nrr9)
     WHERE o IS NOT NULL));
END;

-- appraisal_pp46

CREATE TRIGGER appraisal_pp46_audit_insert AFTER INSERT ON appraisal_pp46
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'appraisal_pp46', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'employee_id' AS k, NEW.employee_id AS n UNION ALL
       SELECT 'year', NEW.year UNION ALL
       SELECT 'skp_score', NEW.skp_score UNION ALL
       SELECT 'orientasi_pelayanan', NEW.orientasi_pelayanan UNION ALL
       SELECT 'integritas', NEW.integritas UNION ALL
       SELECT 'komitmen', NEW.komitmen UNION ALL
       SELECT 'disiplin', NEW.disiplin UNION ALL
       SELECT 'kerja_sama', NEW.kerja_sama UNION ALL
       SELECT 'kepemimpinan', NEW.kepemimpinan UNION ALL
       SELECT 'behaviour_score', NEW.behaviour_score UNION ALL
       SELECT 'appraiser_name', NEW.appraiser_name)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER appraisal_pp46_audit_update AFTER UPDATE ON appraisal_pp46
WHEN OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id OR OLD.year IS NOT NEW.year
  OR OLD.skp_score IS NOT NEW.skp_score OR OLD.orientasi_pelayanan IS NOT NEW.orientasi_pelayanan
  OR OLD.integritas IS NOT NEW.integritas OR OLD.komitmen IS NOT NEW.komitmen
  OR OLD.disiplin IS NOT NEW.disiplin OR OLD.kerja_sama IS NOT NEW.kerja_sama
  OR OLD.kepemimpinan IS NOT NEW.kepemimpinan OR OLD.behaviour_score IS NOT NEW.behaviour_score
  OR OLD.appraiser_name IS NOT NEW.appraiser_name
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'appraisal_pp46', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'year', OLD.year, NEW.year UNION ALL
       SELECT 'skp_score', OLD.skp_score, NEW.skp_score UNION ALL
       SELECT 'orientasi_pelayanan', OLD.orientasi_pelayanan, NEW.orientasi_pelayanan UNION ALL
       SELECT 'integritas', OLD.integritas, NEW.integritas UNION ALL
       SELECT 'komitmen', OLD.komitmen, NEW.komitmen UNION ALL
       SELECT 'disiplin', OLD.disiplin, NEW.disiplin UNION ALL
       SELECT 'kerja_sama', OLD.kerja_sama, NEW.kerja_sama UNION ALL
       SELECT 'kepemimpinan', OLD.kepemimpinan, NEW.kepemimpinan UNION ALL
       SELECT 'behaviour_score', OLD.behaviour_score, NEW.behaviour_score UNION ALL
       SELECT 'appraiser_name', OLD.appraiser_name, NEW.appraiser_name)
     WHERE o IS NOT n));
END;

CREATE TRIGGER appraisal_pp46_audit_delete AFTER DELETE ON appraisal_pp46
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'appraisal_pp46', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'employee_id' AS k, OLD.employee_id AS o UNION ALL
       SELECT 'year', OLD.year UNION ALL
       SELECT 'skp_score', OLD.skp_score UNION ALL
       SELECT 'orientasi_pelayanan', OLD.orientasi_pelayanan UNION ALL
       SELECT 'integritas', OLD.integritas UNION ALL
       SELECT 'komitmen', OLD.komitmen UNION ALL
       SELECT 'disiplin', OLD.disiplin UNION ALL
       SELECT 'kerja_sama', OLD.kerja_sama UNION ALL
       SELECT 'kepemimpinan', OLD.kepemimpinan UNION ALL
       SELECT 'behaviour_score', OLD.behaviour_score UNION ALL
       SELECT 'appraiser_name', OLD.appraiser_name)
     WHERE o IS NOT NULL));
END;

-- position_result_template

CREATE TRIGGER position_result_template_audit_insert AFTER INSERT ON position_result_template
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'position_result_template', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'position_id' AS k, NEW.position_id AS n UNION ALL
       SELECT 'kind', NEW.kind UNION ALL
       SELECT 'result_ordinal', NEW.result_ordinal UNION ALL
       SELECT 'leader_result', NEW.leader_result UNION ALL
       SELECT 'result', NEW.result UNION ALL
       SELECT 'ordinal', NEW.ordinal UNION ALL
       SELECT 'aspect', NEW.aspect UNION ALL
       SELECT 'indicator', NEW.indicator UNION ALL
       SELECT 'target', NEW.target)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER position_result_template_audit_update AFTER UPDATE ON position_result_template
WHEN OLD.id IS NOT NEW.id OR OLD.position_id IS NOT NEW.position_id OR OLD.kind IS NOT NEW.kind
  OR OLD.result_ordinal IS NOT NEW.result_ordinal OR OLD.leader_result IS NOT NEW.leader_result
  OR OLD.result IS NOT NEW.result OR OLD.ordinal IS NOT NEW.ordinal
  OR OLD.aspect IS NOT NEW.aspect OR OLD.indicator IS NOT NEW.indicator
  OR OLD.target IS NOT NEW.target
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'position_result_template', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'position_id', OLD.position_id, NEW.position_id UNION ALL
       SELECT 'kind', OLD.kind, NEW.kind UNION ALL
       SELECT 'result_ordinal', OLD.result_ordinal, NEW.result_ordinal UNION ALL
       SELECT 'leader_result', OLD.leader_result, NEW.leader_result UNION ALL
       SELECT 'result', OLD.result, NEW.result UNION ALL
       SELECT 'ordinal', OLD.ordinal, NEW.ordinal UNION ALL
       SELECT 'aspect', OLD.aspect, NEW.aspect UNION ALL
       SELECT 'indicator', OLD.indicator, NEW.indicator UNION ALL
       SELECT 'target', OLD.target, NEW.target)
     WHERE o IS NOT n));
END;

CREATE TRIGGER position_result_template_audit_delete AFTER DELETE ON position_result_template
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'position_result_template', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'position_id' AS k, OLD.position_id AS o UNION ALL
       SELECT 'kind', OLD.kind UNION ALL
       SELECT 'result_ordinal', OLD.result_ordinal UNION ALL
       SELECT 'leader_result', OLD.leader_result UNION ALL
       SELECT 'result', OLD.result UNION ALL
       SELECT 'ordinal', OLD.ordinal UNION ALL
       SELECT 'aspect', OLD.aspect UNION ALL
       SELECT 'indicator', OLD.indicator UNION ALL
       SELECT 'target', OLD.target)
     WHERE o IS NOT NULL));
END;

PRAGMA user_version = 8;
