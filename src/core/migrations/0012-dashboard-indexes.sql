-- Schema version 12: indexes for the dashboard (issue 8, kr-dashboard-repository*.c) and the
-- 9-box classification (kr-talent-repository-grid.c), and the predikat counts of the dashboard
-- kept by triggers.

-- The active employees by kind, with what the pyramid and the talent classification read
-- (birth date, gender, unit, position), so that neither reads table rows.
CREATE INDEX employee_dashboard_idx
  ON employee (status, kind, birth_date, gender, unit_id, position_id);

-- The final annual evaluation of an appraisal with its predikat: the predikat of a year, its
-- trend and the 9-box read it per appraisal without the evaluation row.
CREATE INDEX appraisal_evaluation_dashboard_idx
  ON appraisal_evaluation (appraisal_id, period, state, predikat);

-- The latest assessment up to a day, with its potential (the 9-box).
CREATE INDEX talent_assessment_potential_idx
  ON talent_assessment (employee_id, date, potential);

-- Kenaikan pangkat per TMT (promotions per period): the rank history by date and kind.
CREATE INDEX rank_history_tmt_idx
  ON rank_history (tmt, promotion_kind, employee_id);

-- The year of the training_jp view (migration 9), the expressions exactly as the view has
-- them, so that the JP of one year reads only that year's rows.
CREATE INDEX training_record_year_idx
  ON training_record (CAST (substr (end_date, 1, 4) AS INTEGER), employee_id, jp, kind);
CREATE INDEX training_session_year_idx
  ON training_session (CAST (substr (end_date, 1, 4) AS INTEGER));
CREATE INDEX mentoring_session_year_idx
  ON mentoring_session (CAST (substr (date, 1, 4) AS INTEGER), mentoring_id);

-- The predikat of the final annual evaluations (period 0, final or objected, with a predikat)
-- counted per the employee's current unit (0 for none), year and predikat, kept by the
-- triggers below on every change of what it counts: the evaluation, its appraisal's year or
-- employee, the employee's unit, and deletions (cascaded ones too: an employee's or an
-- appraisal's rows are taken out before the row goes, when the cascade can no longer join it).
-- The dashboard sums it over a scope instead of reading 100,000 evaluations a year.
CREATE TABLE dashboard_predikat (
  unit_id INTEGER NOT NULL,
  year INTEGER NOT NULL,
  predikat TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (unit_id, year, predikat)
) WITHOUT ROWID;

INSERT INTO dashboard_predikat (unit_id, year, predikat, n)
SELECT coalesce (e.unit_id, 0), a.year, ev.predikat, count (*)
FROM appraisal a
JOIN appraisal_evaluation ev ON ev.appraisal_id = a.id AND ev.period = 0
  AND ev.state IN ('final', 'objected') AND ev.predikat IS NOT NULL
JOIN employee e ON e.id = a.employee_id
GROUP BY 1, 2, 3;

CREATE TRIGGER dashboard_predikat_evaluation_insert AFTER INSERT ON appraisal_evaluation
WHEN NEW.period = 0 AND NEW.state IN ('final', 'objected') AND NEW.predikat IS NOT NULL
BEGIN
  INSERT INTO dashboard_predikat (unit_id, year, predikat, n)
  SELECT coalesce (e.unit_id, 0), a.year, NEW.predikat, 1
  FROM appraisal a JOIN employee e ON e.id = a.employee_id WHERE a.id = NEW.appraisal_id
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER dashboard_predikat_evaluation_delete AFTER DELETE ON appraisal_evaluation
WHEN OLD.period = 0 AND OLD.state IN ('final', 'objected') AND OLD.predikat IS NOT NULL
BEGIN
  INSERT INTO dashboard_predikat (unit_id, year, predikat, n)
  SELECT coalesce (e.unit_id, 0), a.year, OLD.predikat, -1
  FROM appraisal a JOIN employee e ON e.id = a.employee_id WHERE a.id = OLD.appraisal_id
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER dashboard_predikat_evaluation_update
AFTER UPDATE OF appraisal_id, period, state, predikat ON appraisal_evaluation
BEGIN
  INSERT INTO dashboard_predikat (unit_id, year, predikat, n)
  SELECT coalesce (e.unit_id, 0), a.year, OLD.predikat, -1
  FROM appraisal a JOIN employee e ON e.id = a.employee_id
  WHERE a.id = OLD.appraisal_id AND OLD.period = 0 AND OLD.state IN ('final', 'objected')
    AND OLD.predikat IS NOT NULL
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
  INSERT INTO dashboard_predikat (unit_id, year, predikat, n)
  SELECT coalesce (e.unit_id, 0), a.year, NEW.predikat, 1
  FROM appraisal a JOIN employee e ON e.id = a.employee_id
  WHERE a.id = NEW.appraisal_id AND NEW.period = 0 AND NEW.state IN ('final', 'objected')
    AND NEW.predikat IS NOT NULL
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER dashboard_predikat_appraisal_update AFTER UPDATE OF year, employee_id ON appraisal
BEGIN
  INSERT INTO dashboard_predikat (unit_id, year, predikat, n)
  SELECT coalesce (e.unit_id, 0), OLD.year, ev.predikat, -count (*)
  FROM appraisal_evaluation ev JOIN employee e ON e.id = OLD.employee_id
  WHERE ev.appraisal_id = OLD.id AND ev.period = 0 AND ev.state IN ('final', 'objected')
    AND ev.predikat IS NOT NULL
  GROUP BY ev.predikat
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
  INSERT INTO dashboard_predikat (unit_id, year, predikat, n)
  SELECT coalesce (e.unit_id, 0), NEW.year, ev.predikat, count (*)
  FROM appraisal_evaluation ev JOIN employee e ON e.id = NEW.employee_id
  WHERE ev.appraisal_id = NEW.id AND ev.period = 0 AND ev.state IN ('final', 'objected')
    AND ev.predikat IS NOT NULL
  GROUP BY ev.predikat
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- Before the row goes: its evaluations, deleted by the cascade afterwards, no longer join it
CREATE TRIGGER dashboard_predikat_appraisal_delete BEFORE DELETE ON appraisal
BEGIN
  INSERT INTO dashboard_predikat (unit_id, year, predikat, n)
  SELECT coalesce (e.unit_id, 0), OLD.year, ev.predikat, -count (*)
  FROM appraisal_evaluation ev JOIN employee e ON e.id = OLD.employee_id
  WHERE ev.appraisal_id = OLD.id AND ev.period = 0 AND ev.state IN ('final', 'objected')
    AND ev.predikat IS NOT NULL
  GROUP BY ev.predikat
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER dashboard_predikat_employee_unit AFTER UPDATE OF unit_id ON employee
WHEN OLD.unit_id IS NOT NEW.unit_id
BEGIN
  INSERT INTO dashboard_predikat (unit_id, year, predikat, n)
  SELECT coalesce (OLD.unit_id, 0), a.year, ev.predikat, -count (*)
  FROM appraisal a JOIN appraisal_evaluation ev ON ev.appraisal_id = a.id AND ev.period = 0
    AND ev.state IN ('final', 'objected') AND ev.predikat IS NOT NULL
  WHERE a.employee_id = NEW.id
  GROUP BY a.year, ev.predikat
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
  INSERT INTO dashboard_predikat (unit_id, year, predikat, n)
  SELECT coalesce (NEW.unit_id, 0), a.year, ev.predikat, count (*)
  FROM appraisal a JOIN appraisal_evaluation ev ON ev.appraisal_id = a.id AND ev.period = 0
    AND ev.state IN ('final', 'objected') AND ev.predikat IS NOT NULL
  WHERE a.employee_id = NEW.id
  GROUP BY a.year, ev.predikat
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER dashboard_predikat_employee_delete BEFORE DELETE ON employee
BEGIN
  INSERT INTO dashboard_predikat (unit_id, year, predikat, n)
  SELECT coalesce (OLD.unit_id, 0), a.year, ev.predikat, -count (*)
  FROM appraisal a JOIN appraisal_evaluation ev ON ev.appraisal_id = a.id AND ev.period = 0
    AND ev.state IN ('final', 'objected') AND ev.predikat IS NOT NULL
  WHERE a.employee_id = OLD.id
  GROUP BY a.year, ev.predikat
  ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

PRAGMA user_version = 12;
