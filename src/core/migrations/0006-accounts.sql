-- Schema version 6: accounts, who may sign in and what they may do (kr-identity.h).
--
-- A database without accounts is open to whoever opens the file, as before; once it has one,
-- every read and write through the repositories needs a signed-in account
-- (kr_database_set_identity). Accounts are never deleted, only disabled, so that the audit
-- trail can always name who did what.

CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  -- What the user types to sign in; unique whatever its case
  user_name TEXT NOT NULL COLLATE NOCASE UNIQUE
    CHECK (user_name <> '' AND length(user_name) <= 64 AND user_name NOT GLOB '*[ 	]*'),
  display_name TEXT NOT NULL CHECK (display_name <> ''),
  -- The employee the account belongs to, when it is one of them
  employee_id INTEGER REFERENCES employee (id) ON DELETE SET NULL,
  -- KrRole
  role TEXT NOT NULL CHECK (role IN ('administrator', 'hr_operator', 'unit_head', 'viewer')),
  -- The unit whose subtree a unit head leads; only a unit head has one
  unit_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
  -- libsodium crypto_pwhash_str (Argon2id), never the password itself
  password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  -- Wrong passwords since the last good one, and when the last was given (UTC, ISO 8601):
  -- each one makes the next sign-in wait longer
  failed_sign_ins INTEGER NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
  last_failed_at TEXT,
  created_at TEXT NOT NULL,
  CHECK ((role = 'unit_head') = (unit_id IS NOT NULL))
);

CREATE INDEX account_employee_idx ON account (employee_id);
CREATE INDEX account_unit_idx ON account (unit_id);

PRAGMA user_version = 6;
