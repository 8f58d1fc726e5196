-- Schema version 11: vacancies, open selection (seleksi terbuka) and the talent pool
-- (DOMAIN 6 and 8; kr-vacancy-repository.h, kr-selection-repository.h,
-- kr-talent-repository.h).
--
-- Vacancies are computed (positions and their holders, migration 3), with one stored fact:
-- how many holders a position needs (position_need, from the office's analisis jabatan /
-- ABK). A selection fills one position: its panel (pansel), stages with weights and pass
-- marks, candidates (employees or outside applicants, each with a registration number) and
-- one score per candidate and stage; the ranking is computed (kr-selection-rules.c). Talent:
-- the 9-box cells are data (talent_box, DOMAIN 6 numbering, a fact that may change), the
-- potential comes from recorded assessments, the performance from appraisals (migration 8);
-- succession plans name key positions and their chosen successors.
--
-- Every write of these tables is in the audit trail (the triggers at the end).

-- How many holders a position needs. Without a row a position that leads its unit, or a
-- JPT / administrator / pengawas position, needs one; other positions' need is unknown.
CREATE TABLE position_need (
  id INTEGER PRIMARY KEY,
  position_id INTEGER NOT NULL UNIQUE REFERENCES position (id) ON DELETE CASCADE,
  needed INTEGER NOT NULL CHECK (needed BETWEEN 0 AND 100000),
  -- Where the figure comes from (e.g. the ABK decree)
  basis TEXT CHECK (basis <> '')
);

-- One row (id 1): the talent settings (DOMAIN 6, local rules, B).
CREATE TABLE talent_setting (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  -- How many final annual evaluations make the performance axis
  performance_years INTEGER NOT NULL DEFAULT 2 CHECK (performance_years BETWEEN 1 AND 5),
  -- A sedang or berat discipline sanction within this many years excludes from the pool
  discipline_years INTEGER NOT NULL DEFAULT 2 CHECK (discipline_years BETWEEN 0 AND 10),
  -- An assessment older than this many years no longer places anyone
  assessment_years INTEGER NOT NULL DEFAULT 3 CHECK (assessment_years BETWEEN 1 AND 10)
);

INSERT INTO talent_setting (id) VALUES (1);

-- The 9-box (kotak manajemen talenta): the number of each cell, whether it forms the pool
-- and its follow-up (tindak lanjut, official Indonesian wording).
CREATE TABLE talent_box (
  id INTEGER PRIMARY KEY CHECK (id BETWEEN 1 AND 9),
  -- KrTalentPerformance: kinerja di bawah / sesuai / di atas ekspektasi
  performance TEXT NOT NULL CHECK (performance IN ('below', 'as_expected', 'above')),
  -- KrTalentPotential: potensial rendah / menengah / tinggi
  potential TEXT NOT NULL CHECK (potential IN ('low', 'medium', 'high')),
  in_pool INTEGER NOT NULL CHECK (in_pool IN (0, 1)),
  follow_up TEXT NOT NULL CHECK (follow_up <> ''),
  UNIQUE (performance, potential)
);

INSERT INTO talent_box (id, performance, potential, in_pool, follow_up) VALUES
  (1, 'below', 'low', 0, 'Diproses sesuai ketentuan peraturan perundang-undangan'),
  (2, 'as_expected', 'low', 0, 'Bimbingan kinerja, pengembangan kompetensi, penempatan yang sesuai'),
  (3, 'below', 'medium', 0, 'Bimbingan kinerja, konseling kinerja, pengembangan kompetensi, penempatan yang sesuai'),
  (4, 'above', 'low', 0, 'Rotasi, pengembangan kompetensi'),
  (5, 'as_expected', 'medium', 0, 'Penempatan yang sesuai, bimbingan kinerja, pengembangan kompetensi'),
  (6, 'below', 'high', 0, 'Penempatan yang sesuai, bimbingan kinerja, konseling kinerja'),
  (7, 'above', 'medium', 1, 'Dipertahankan, masuk kelompok rencana suksesi instansi, rotasi/pengayaan jabatan, pengembangan kompetensi, tugas belajar'),
  (8, 'as_expected', 'high', 1, 'Dipertahankan, masuk kelompok rencana suksesi instansi, rotasi/perluasan jabatan, bimbingan kinerja'),
  (9, 'above', 'high', 1, 'Dipromosikan dan dipertahankan, masuk kelompok rencana suksesi instansi/nasional, penghargaan');

-- A potential assessment (assessment centre, uji kompetensi) of one employee.
CREATE TABLE talent_assessment (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date LIKE '____-__-__'),
  -- KrTalentPotential: the result on the potential axis
  potential TEXT NOT NULL CHECK (potential IN ('low', 'medium', 'high')),
  -- The score behind it (0-100, e.g. job-person match), when the assessor gave one
  score REAL CHECK (score BETWEEN 0 AND 100),
  -- Who assessed (assessment centre, institution)
  assessor TEXT CHECK (assessor <> ''),
  note TEXT CHECK (note <> ''),
  UNIQUE (employee_id, date)
);

CREATE INDEX talent_assessment_date_idx ON talent_assessment (date, employee_id);

-- A key position with a succession plan, and its chosen successors in order.
CREATE TABLE succession_plan (
  id INTEGER PRIMARY KEY,
  position_id INTEGER NOT NULL UNIQUE REFERENCES position (id) ON DELETE CASCADE,
  note TEXT CHECK (note <> '')
);

CREATE TABLE successor (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES succession_plan (id) ON DELETE CASCADE,
  employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
  -- KrSuccessorReadiness: siap sekarang / siap 1-2 tahun / siap 3 tahun atau lebih
  readiness TEXT NOT NULL CHECK (readiness IN ('now', 'one_to_two_years', 'three_years')),
  -- Order among the plan's successors, 1 first
  rank INTEGER NOT NULL CHECK (rank >= 1),
  -- What they still lack (competence, training, rank)
  gaps TEXT CHECK (gaps <> ''),
  UNIQUE (plan_id, employee_id)
);

CREATE INDEX successor_employee_idx ON successor (employee_id);

-- An open selection for one position. A JPT position follows PermenPANRB 15/2019 (panel of 5
-- to 9, external share, four stages in weight ranges); other positions the office's own
-- stages and weights (kr-selection-rules.c).
CREATE TABLE selection (
  id INTEGER PRIMARY KEY,
  position_id INTEGER NOT NULL REFERENCES position (id) ON DELETE RESTRICT,
  -- e.g. "Seleksi Terbuka JPT Pratama Kepala Dinas Pendidikan Tahun 2026"
  title TEXT NOT NULL CHECK (title <> ''),
  -- The decree that formed the panel (SK pansel)
  panel_decree TEXT CHECK (panel_decree <> ''),
  -- Registration window
  opens_on TEXT CHECK (opens_on LIKE '____-__-__'),
  closes_on TEXT CHECK (closes_on LIKE '____-__-__'),
  -- KrSelectionStatus
  status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'open', 'scoring', 'closed', 'cancelled')),
  notes TEXT CHECK (notes <> ''),
  CHECK (closes_on IS NULL OR opens_on IS NULL OR closes_on >= opens_on)
);

CREATE INDEX selection_position_idx ON selection (position_id);

CREATE TABLE selection_stage (
  id INTEGER PRIMARY KEY,
  selection_id INTEGER NOT NULL REFERENCES selection (id) ON DELETE CASCADE,
  -- Order of the stages, from 1
  seq INTEGER NOT NULL CHECK (seq >= 1),
  -- KrSelectionStageKind
  kind TEXT NOT NULL
    CHECK (kind IN ('administration', 'paper', 'assessment', 'interview', 'other')),
  -- The name printed on announcements (Indonesian)
  name TEXT NOT NULL CHECK (name <> ''),
  -- Percent of the final score
  weight REAL NOT NULL CHECK (weight BETWEEN 0 AND 100),
  -- Candidates below it do not go on; NULL: everyone scored goes on
  pass_mark REAL CHECK (pass_mark BETWEEN 0 AND 100),
  -- When the stage's results were announced; its scores are final from then on
  published_on TEXT CHECK (published_on LIKE '____-__-__'),
  UNIQUE (selection_id, seq)
);

CREATE TABLE selection_panel_member (
  id INTEGER PRIMARY KEY,
  selection_id INTEGER NOT NULL REFERENCES selection (id) ON DELETE CASCADE,
  -- An internal member is an employee of the instansi; an external one is not
  employee_id INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  name TEXT NOT NULL CHECK (name <> ''),
  is_external INTEGER NOT NULL CHECK (is_external IN (0, 1)),
  -- Institution or profession of an external member (university, other agency, expert)
  institution TEXT CHECK (institution <> ''),
  -- KrPanelRole
  role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chair', 'secretary', 'member')),
  CHECK (is_external = 0 OR employee_id IS NULL),
  UNIQUE (selection_id, employee_id)
);

CREATE TABLE selection_candidate (
  id INTEGER PRIMARY KEY,
  selection_id INTEGER NOT NULL REFERENCES selection (id) ON DELETE CASCADE,
  -- Nomor pendaftaran: the only thing besides the name that announcements show
  registration_number TEXT NOT NULL CHECK (registration_number <> ''),
  -- An employee of the instansi; NULL for an outside applicant
  employee_id INTEGER REFERENCES employee (id) ON DELETE RESTRICT,
  -- The name as registered (with titles)
  name TEXT NOT NULL CHECK (name <> ''),
  nip TEXT CHECK (nip LIKE '__________________'),
  -- Instansi of an outside applicant
  origin TEXT CHECK (origin <> ''),
  -- KrCandidateStatus: withdrawn candidates keep their scores but leave the ranking
  status TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'withdrawn')),
  UNIQUE (selection_id, registration_number),
  UNIQUE (selection_id, employee_id)
);

CREATE INDEX selection_candidate_employee_idx ON selection_candidate (employee_id);

CREATE TABLE selection_score (
  id INTEGER PRIMARY KEY,
  candidate_id INTEGER NOT NULL REFERENCES selection_candidate (id) ON DELETE CASCADE,
  stage_id INTEGER NOT NULL REFERENCES selection_stage (id) ON DELETE CASCADE,
  score REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
  note TEXT CHECK (note <> ''),
  UNIQUE (candidate_id, stage_id)
);

CREATE INDEX selection_score_stage_idx ON selection_score (stage_id);

-- The audit trail (migration 7): three triggers per table, as there.

-- position_need

CREATE TRIGGER position_need_audit_insert AFTER INSERT ON position_need
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'position_need', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'position_id' AS k, NEW.position_id AS n UNION ALL
       SELECT 'needed', NEW.needed UNION ALL
       SELECT 'basis', NEW.basis)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER position_need_audit_update AFTER UPDATE ON position_need
WHEN OLD.id IS NOT NEW.id OR OLD.position_id IS NOT NEW.position_id
  OR OLD.needed IS NOT NEW.needed OR OLD.basis IS NOT NEW.basis
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'position_need', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'position_id', OLD.position_id, NEW.position_id UNION ALL
       SELECT 'needed', OLD.needed, NEW.needed UNION ALL
       SELECT 'basis', OLD.basis, NEW.basis)
     WHERE o IS NOT n));
END;

CREATE TRIGGER position_need_audit_delete AFTER DELETE ON position_need
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'position_need', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'position_id' AS k, OLD.position_id AS o UNION ALL
       SELECT 'needed', OLD.needed UNION ALL
       SELECT 'basis', OLD.basis)
     WHERE o IS NOT NULL));
END;

-- talent_setting

CREATE TRIGGER talent_setting_audit_insert AFTER INSERT ON talent_setting
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'talent_setting', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'performance_years' AS k, NEW.performance_years AS n UNION ALL
       SELECT 'discipline_years', NEW.discipline_years UNION ALL
       SELECT 'assessment_years', NEW.assessment_years)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER talent_setting_audit_update AFTER UPDATE ON talent_setting
WHEN OLD.id IS NOT NEW.id OR OLD.performance_years IS NOT NEW.performance_years
  OR OLD.discipline_years IS NOT NEW.discipline_years
  OR OLD.assessment_years IS NOT NEW.assessment_years
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'talent_setting', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'performance_years', OLD.performance_years, NEW.performance_years UNION ALL
       SELECT 'discipline_years', OLD.discipline_years, NEW.discipline_years UNION ALL
       SELECT 'assessment_years', OLD.assessment_years, NEW.assessment_years)
     WHERE o IS NOT n));
END;

CREATE TRIGGER talent_setting_audit_delete AFTER DELETE ON talent_setting
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'talent_setting', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'performance_years' AS k, OLD.performance_years AS o UNION ALL
       SELECT 'discipline_years', OLD.discipline_years UNION ALL
       SELECT 'assessment_years', OLD.assessment_years)
     WHERE o IS NOT NULL));
END;

-- talent_box

CREATE TRIGGER talent_box_audit_insert AFTER INSERT ON talent_box
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'talent_box', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'performance' AS k, NEW.performance AS n UNION ALL
       SELECT 'potential', NEW.potential UNION ALL
       SELECT 'in_pool', NEW.in_pool UNION ALL
       SELECT 'follow_up', NEW.follow_up)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER talent_box_audit_update AFTER UPDATE ON talent_box
WHEN OLD.id IS NOT NEW.id OR OLD.performance IS NOT NEW.performance
  OR OLD.potential IS NOT NEW.potential OR OLD.in_pool IS NOT NEW.in_pool
  OR OLD.follow_up IS NOT NEW.follow_up
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'talent_box', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'performance', OLD.performance, NEW.performance UNION ALL
       SELECT 'potential', OLD.potential, NEW.potential UNION ALL
       SELECT 'in_pool', OLD.in_pool, NEW.in_pool UNION ALL
       SELECT 'follow_up', OLD.follow_up, NEW.follow_up)
     WHERE o IS NOT n));
END;

CREATE TRIGGER talent_box_audit_delete AFTER DELETE ON talent_box
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'talent_box', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'performance' AS k, OLD.performance AS o UNION ALL
       SELECT 'potential', OLD.potential UNION ALL
       SELECT 'in_pool', OLD.in_pool UNION ALL
       SELECT 'follow_up', OLD.follow_up)
     WHERE o IS NOT NULL));
END;

-- talent_assessment

CREATE TRIGGER talent_assessment_audit_insert AFTER INSERT ON talent_assessment
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'talent_assessment', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'employee_id' AS k, NEW.employee_id AS n UNION ALL
       SELECT 'date', NEW.date UNION ALL
       SELECT 'potential', NEW.potential UNION ALL
       SELECT 'score', NEW.score UNION ALL
       SELECT 'assessor', NEW.assessor UNION ALL
       SELECT 'note', NEW.note)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER talent_assessment_audit_update AFTER UPDATE ON talent_assessment
WHEN OLD.id IS NOT NEW.id OR OLD.employee_id IS NOT NEW.employee_id OR OLD.date IS NOT NEW.date
  OR OLD.potential IS NOT NEW.potential OR OLD.score IS NOT NEW.score
  OR OLD.assessor IS NOT NEW.assessor OR OLD.note IS NOT NEW.note
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'talent_assessment', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'date', OLD.date, NEW.date UNION ALL
       SELECT 'potential', OLD.potential, NEW.potential UNION ALL
       SELECT 'score', OLD.score, NEW.score UNION ALL
       SELECT 'assessor', OLD.assessor, NEW.assessor UNION ALL
       SELECT 'note', OLD.note, NEW.note)
     WHERE o IS NOT n));
END;

CREATE TRIGGER talent_assessment_audit_delete AFTER DELETE ON talent_assessment
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'talent_assessment', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'employee_id' AS k, OLD.employee_id AS o UNION ALL
       SELECT 'date', OLD.date UNION ALL
       SELECT 'potential', OLD.potential UNION ALL
       SELECT 'score', OLD.score UNION ALL
       SELECT 'assessor', OLD.assessor UNION ALL
       SELECT 'note', OLD.note)
     WHERE o IS NOT NULL));
END;

-- succession_plan

CREATE TRIGGER succession_plan_audit_insert AFTER INSERT ON succession_plan
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'succession_plan', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'position_id' AS k, NEW.position_id AS n UNION ALL
       SELECT 'note', NEW.note)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER succession_plan_audit_update AFTER UPDATE ON succession_plan
WHEN OLD.id IS NOT NEW.id OR OLD.position_id IS NOT NEW.position_id OR OLD.note IS NOT NEW.note
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'succession_plan', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'position_id', OLD.position_id, NEW.position_id UNION ALL
       SELECT 'note', OLD.note, NEW.note)
     WHERE o IS NOT n));
END;

CREATE TRIGGER succession_plan_audit_delete AFTER DELETE ON succession_plan
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'succession_plan', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'position_id' AS k, OLD.position_id AS o UNION ALL
       SELECT 'note', OLD.note)
     WHERE o IS NOT NULL));
END;

-- successor

CREATE TRIGGER successor_audit_insert AFTER INSERT ON successor
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'successor', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'plan_id' AS k, NEW.plan_id AS n UNION ALL
       SELECT 'employee_id', NEW.employee_id UNION ALL
       SELECT 'readiness', NEW.readiness UNION ALL
       SELECT 'rank', NEW.rank UNION ALL
       SELECT 'gaps', NEW.gaps)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER successor_audit_update AFTER UPDATE ON successor
WHEN OLD.id IS NOT NEW.id OR OLD.plan_id IS NOT NEW.plan_id
  OR OLD.employee_id IS NOT NEW.employee_id OR OLD.readiness IS NOT NEW.readiness
  OR OLD.rank IS NOT NEW.rank OR OLD.gaps IS NOT NEW.gaps
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'successor', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'plan_id', OLD.plan_id, NEW.plan_id UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'readiness', OLD.readiness, NEW.readiness UNION ALL
       SELECT 'rank', OLD.rank, NEW.rank UNION ALL
       SELECT 'gaps', OLD.gaps, NEW.gaps)
     WHERE o IS NOT n));
END;

CREATE TRIGGER successor_audit_delete AFTER DELETE ON successor
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'successor', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'plan_id' AS k, OLD.plan_id AS o UNION ALL
       SELECT 'employee_id', OLD.employee_id UNION ALL
       SELECT 'readiness', OLD.readiness UNION ALL
       SELECT 'rank', OLD.rank UNION ALL
       SELECT 'gaps', OLD.gaps)
     WHERE o IS NOT NULL));
END;

-- selection

CREATE TRIGGER selection_audit_insert AFTER INSERT ON selection
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'selection', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'position_id' AS k, NEW.position_id AS n UNION ALL
       SELECT 'title', NEW.title UNION ALL
       SELECT 'panel_decree', NEW.panel_decree UNION ALL
       SELECT 'opens_on', NEW.opens_on UNION ALL
       SELECT 'closes_on', NEW.closes_on UNION ALL
       SELECT 'status', NEW.status UNION ALL
       SELECT 'notes', NEW.notes)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER selection_audit_update AFTER UPDATE ON selection
WHEN OLD.id IS NOT NEW.id OR OLD.position_id IS NOT NEW.position_id OR OLD.title IS NOT NEW.title
  OR OLD.panel_decree IS NOT NEW.panel_decree OR OLD.opens_on IS NOT NEW.opens_on
  OR OLD.closes_on IS NOT NEW.closes_on OR OLD.status IS NOT NEW.status
  OR OLD.notes IS NOT NEW.notes
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'selection', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'position_id', OLD.position_id, NEW.position_id UNION ALL
       SELECT 'title', OLD.title, NEW.title UNION ALL
       SELECT 'panel_decree', OLD.panel_decree, NEW.panel_decree UNION ALL
       SELECT 'opens_on', OLD.opens_on, NEW.opens_on UNION ALL
       SELECT 'closes_on', OLD.closes_on, NEW.closes_on UNION ALL
       SELECT 'status', OLD.status, NEW.status UNION ALL
       SELECT 'notes', OLD.notes, NEW.notes)
     WHERE o IS NOT n));
END;

CREATE TRIGGER selection_audit_delete AFTER DELETE ON selection
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'selection', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'position_id' AS k, OLD.position_id AS o UNION ALL
       SELECT 'title', OLD.title UNION ALL
       SELECT 'panel_decree', OLD.panel_decree UNION ALL
       SELECT 'opens_on', OLD.opens_on UNION ALL
       SELECT 'closes_on', OLD.closes_on UNION ALL
       SELECT 'status', OLD.status UNION ALL
       SELECT 'notes', OLD.notes)
     WHERE o IS NOT NULL));
END;

-- selection_stage

CREATE TRIGGER selection_stage_audit_insert AFTER INSERT ON selection_stage
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'selection_stage', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'selection_id' AS k, NEW.selection_id AS n UNION ALL
       SELECT 'seq', NEW.seq UNION ALL
       SELECT 'kind', NEW.kind UNION ALL
       SELECT 'name', NEW.name UNION ALL
       SELECT 'weight', NEW.weight UNION ALL
       SELECT 'pass_mark', NEW.pass_mark UNION ALL
       SELECT 'published_on', NEW.published_on)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER selection_stage_audit_update AFTER UPDATE ON selection_stage
WHEN OLD.id IS NOT NEW.id OR OLD.selection_id IS NOT NEW.selection_id OR OLD.seq IS NOT NEW.seq
  OR OLD.kind IS NOT NEW.kind OR OLD.name IS NOT NEW.name OR OLD.weight IS NOT NEW.weight
  OR OLD.pass_mark IS NOT NEW.pass_mark OR OLD.published_on IS NOT NEW.published_on
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'selection_stage', NEW.id, NULL,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'selection_id', OLD.selection_id, NEW.selection_id UNION ALL
       SELECT 'seq', OLD.seq, NEW.seq UNION ALL
       SELECT 'kind', OLD.kind, NEW.kind UNION ALL
       SELECT 'name', OLD.name, NEW.name UNION ALL
       SELECT 'weight', OLD.weight, NEW.weight UNION ALL
       SELECT 'pass_mark', OLD.pass_mark, NEW.pass_mark UNION ALL
       SELECT 'published_on', OLD.published_on, NEW.published_on)
     WHERE o IS NOT n));
END;

CREATE TRIGGER selection_stage_audit_delete AFTER DELETE ON selection_stage
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'selection_stage', OLD.id, NULL,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'selection_id' AS k, OLD.selection_id AS o UNION ALL
       SELECT 'seq', OLD.seq UNION ALL
       SELECT 'kind', OLD.kind UNION ALL
       SELECT 'name', OLD.name UNION ALL
       SELECT 'weight', OLD.weight UNION ALL
       SELECT 'pass_mark', OLD.pass_mark UNION ALL
       SELECT 'published_on', OLD.published_on)
     WHERE o IS NOT NULL));
END;

-- selection_panel_member

CREATE TRIGGER selection_panel_member_audit_insert AFTER INSERT ON selection_panel_member
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'selection_panel_member', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'selection_id' AS k, NEW.selection_id AS n UNION ALL
       SELECT 'employee_id', NEW.employee_id UNION ALL
       SELECT 'name', NEW.name UNION ALL
       SELECT 'is_external', NEW.is_external UNION ALL
       SELECT 'institution', NEW.institution UNION ALL
       SELECT 'role', NEW.role)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER selection_panel_member_audit_update AFTER UPDATE ON selection_panel_member
WHEN OLD.id IS NOT NEW.id OR OLD.selection_id IS NOT NEW.selection_id
  OR OLD.employee_id IS NOT NEW.employee_id OR OLD.name IS NOT NEW.name
  OR OLD.is_external IS NOT NEW.is_external OR OLD.institution IS NOT NEW.institution
  OR OLD.role IS NOT NEW.role
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'selection_panel_member', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'selection_id', OLD.selection_id, NEW.selection_id UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'name', OLD.name, NEW.name UNION ALL
       SELECT 'is_external', OLD.is_external, NEW.is_external UNION ALL
       SELECT 'institution', OLD.institution, NEW.institution UNION ALL
       SELECT 'role', OLD.role, NEW.role)
     WHERE o IS NOT n));
END;

CREATE TRIGGER selection_panel_member_audit_delete AFTER DELETE ON selection_panel_member
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'selection_panel_member', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'selection_id' AS k, OLD.selection_id AS o UNION ALL
       SELECT 'employee_id', OLD.employee_id UNION ALL
       SELECT 'name', OLD.name UNION ALL
       SELECT 'is_external', OLD.is_external UNION ALL
       SELECT 'institution', OLD.institution UNION ALL
       SELECT 'role', OLD.role)
     WHERE o IS NOT NULL));
END;

-- selection_candidate

CREATE TRIGGER selection_candidate_audit_insert AFTER INSERT ON selection_candidate
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'selection_candidate', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'selection_id' AS k, NEW.selection_id AS n UNION ALL
       SELECT 'registration_number', NEW.registration_number UNION ALL
       SELECT 'employee_id', NEW.employee_id UNION ALL
       SELECT 'name', NEW.name UNION ALL
       SELECT 'nip', NEW.nip UNION ALL
       SELECT 'origin', NEW.origin UNION ALL
       SELECT 'status', NEW.status)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER selection_candidate_audit_update AFTER UPDATE ON selection_candidate
WHEN OLD.id IS NOT NEW.id OR OLD.selection_id IS NOT NEW.selection_id
  OR OLD.registration_number IS NOT NEW.registration_number
  OR OLD.employee_id IS NOT NEW.employee_id OR OLD.name IS NOT NEW.name OR OLD.nip IS NOT NEW.nip
  OR OLD.origin IS NOT NEW.origin OR OLD.status IS NOT NEW.status
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'selection_candidate', NEW.id, NEW.employee_id,
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'selection_id', OLD.selection_id, NEW.selection_id UNION ALL
       SELECT 'registration_number', OLD.registration_number, NEW.registration_number UNION ALL
       SELECT 'employee_id', OLD.employee_id, NEW.employee_id UNION ALL
       SELECT 'name', OLD.name, NEW.name UNION ALL
       SELECT 'nip', OLD.nip, NEW.nip UNION ALL
       SELECT 'origin', OLD.origin, NEW.origin UNION ALL
       SELECT 'status', OLD.status, NEW.status)
     WHERE o IS NOT n));
END;

CREATE TRIGGER selection_candidate_audit_delete AFTER DELETE ON selection_candidate
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'selection_candidate', OLD.id, OLD.employee_id,
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'selection_id' AS k, OLD.selection_id AS o UNION ALL
       SELECT 'registration_number', OLD.registration_number UNION ALL
       SELECT 'employee_id', OLD.employee_id UNION ALL
       SELECT 'name', OLD.name UNION ALL
       SELECT 'nip', OLD.nip UNION ALL
       SELECT 'origin', OLD.origin UNION ALL
       SELECT 'status', OLD.status)
     WHERE o IS NOT NULL));
END;

-- selection_score

CREATE TRIGGER selection_score_audit_insert AFTER INSERT ON selection_score
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'insert', 'selection_score', NEW.id, (SELECT employee_id FROM selection_candidate WHERE id = NEW.candidate_id),
    (SELECT json_group_object (k, json_array (NULL, n)) FROM (
       SELECT 'candidate_id' AS k, NEW.candidate_id AS n UNION ALL
       SELECT 'stage_id', NEW.stage_id UNION ALL
       SELECT 'score', NEW.score UNION ALL
       SELECT 'note', NEW.note)
     WHERE n IS NOT NULL));
END;

CREATE TRIGGER selection_score_audit_update AFTER UPDATE ON selection_score
WHEN OLD.id IS NOT NEW.id OR OLD.candidate_id IS NOT NEW.candidate_id
  OR OLD.stage_id IS NOT NEW.stage_id OR OLD.score IS NOT NEW.score OR OLD.note IS NOT NEW.note
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'update', 'selection_score', NEW.id, (SELECT employee_id FROM selection_candidate WHERE id = NEW.candidate_id),
    (SELECT json_group_object (k, json_array (o, n)) FROM (
       SELECT 'id' AS k, OLD.id AS o, NEW.id AS n UNION ALL
       SELECT 'candidate_id', OLD.candidate_id, NEW.candidate_id UNION ALL
       SELECT 'stage_id', OLD.stage_id, NEW.stage_id UNION ALL
       SELECT 'score', OLD.score, NEW.score UNION ALL
       SELECT 'note', OLD.note, NEW.note)
     WHERE o IS NOT n));
END;

CREATE TRIGGER selection_score_audit_delete AFTER DELETE ON selection_score
BEGIN
  INSERT INTO audit_append
  VALUES (kr_audit_now (), 'delete', 'selection_score', OLD.id, (SELECT employee_id FROM selection_candidate WHERE id = OLD.candidate_id),
    (SELECT json_group_object (k, json_array (o, NULL)) FROM (
       SELECT 'candidate_id' AS k, OLD.candidate_id AS o UNION ALL
       SELECT 'stage_id', OLD.stage_id UNION ALL
       SELECT 'score', OLD.score UNION ALL
       SELECT 'note', OLD.note)
     WHERE o IS NOT NULL));
END;
PRAGMA user_version = 11;
