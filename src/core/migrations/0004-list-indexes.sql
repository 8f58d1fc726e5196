-- Schema version 4: the indexes of the employee list (kr-employee-list.c).
--
-- One index per order of the list. The list pages through an order by seeking to the last
-- row it read (keyset paging), so each index holds the order's keys, never NULL, then the
-- row id, which makes the order total. After them come the columns that the list filters on,
-- so that walking an order and testing each row against a filter never reads the table:
-- status, kind, golongan, unit_id, position_id and birth_date. The key expressions must match
-- the ones in kr-employee-list.c exactly, or SQLite cannot use the indexes.

-- The name order replaces the plain name index of migration 3.
DROP INDEX employee_name_idx;
CREATE INDEX employee_list_name_idx
  ON employee (name, id, status, kind, golongan, unit_id, position_id, birth_date);

CREATE INDEX employee_list_nip_idx
  ON employee (nip, id, status, kind, golongan, unit_id, position_id, birth_date);

-- The DUK order: the highest golongan first, then the earliest TMT in it; employees without
-- a rank history last.
CREATE INDEX employee_list_golongan_idx
  ON employee (coalesce(golongan, 0) DESC, coalesce(rank_tmt, ''), id,
               status, kind, golongan, unit_id, position_id, birth_date);

-- Grouped by position or unit, by name within one; employees without a position first.
CREATE INDEX employee_list_position_idx
  ON employee (coalesce(position_id, 0), name, id,
               status, kind, golongan, unit_id, position_id, birth_date);
CREATE INDEX employee_list_unit_idx
  ON employee (coalesce(unit_id, 0), name, id,
               status, kind, golongan, unit_id, position_id, birth_date);

-- Length of service: the earliest TMT CPNS (the longest service) first; an unknown TMT last.
CREATE INDEX employee_list_service_idx
  ON employee (coalesce(tmt_cpns, '9999-12-31'), id,
               status, kind, golongan, unit_id, position_id, birth_date);

-- Retirement: the span of birth dates whose holders reach their BUP, with the position that
-- sets the BUP, so that the filter reads no table rows.
DROP INDEX employee_birth_date_idx;
CREATE INDEX employee_birth_date_idx ON employee (birth_date, position_id);

PRAGMA user_version = 4;
