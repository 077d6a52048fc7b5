-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1. Frozen: once released, never edited; later changes are new migrations.
--
-- Every row has a random 16-byte uuid (its identity across copies of the document) and a
-- local integer id (what other rows of this file reference). In tables that can be edited,
-- every field <f> has a stamp <f>_at: the hybrid-logical-clock stamp of its last edit, so
-- two copies merge field by field. Rows are never deleted: deleted = 1 is a tombstone.
-- Check-ins, retractions, KPI readings and events are append-only and carry one stamp.

CREATE TABLE meta (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT
) STRICT;

CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  name TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  name TEXT NOT NULL,
  name_at INTEGER NOT NULL DEFAULT 0,
  email TEXT,
  email_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  deleted_at INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  parent_id INTEGER REFERENCES units (id),
  parent_id_at INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  name_at INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL DEFAULT 'team' CHECK (kind IN ('company', 'department', 'team')),
  kind_at INTEGER NOT NULL DEFAULT 0,
  lead_id INTEGER REFERENCES people (id),
  lead_id_at INTEGER NOT NULL DEFAULT 0,
  position REAL NOT NULL DEFAULT 0,
  position_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  deleted_at INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX units_by_parent ON units (parent_id);

CREATE TABLE cycles (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  name TEXT NOT NULL,
  name_at INTEGER NOT NULL DEFAULT 0,
  start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  start_date_at INTEGER NOT NULL DEFAULT 0,
  end_date TEXT NOT NULL CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  end_date_at INTEGER NOT NULL DEFAULT 0,
  parent_id INTEGER REFERENCES cycles (id),
  parent_id_at INTEGER NOT NULL DEFAULT 0,
  state TEXT NOT NULL DEFAULT 'planning' CHECK (state IN ('planning', 'active', 'closed')),
  state_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  deleted_at INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE objectives (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  cycle_id INTEGER NOT NULL REFERENCES cycles (id),
  cycle_id_at INTEGER NOT NULL DEFAULT 0,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  unit_id_at INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  title_at INTEGER NOT NULL DEFAULT 0,
  description TEXT NOT NULL DEFAULT '',
  description_at INTEGER NOT NULL DEFAULT 0,
  owner_id INTEGER REFERENCES people (id),
  owner_id_at INTEGER NOT NULL DEFAULT 0,
  aspirational INTEGER NOT NULL DEFAULT 0 CHECK (aspirational IN (0, 1)),
  aspirational_at INTEGER NOT NULL DEFAULT 0,
  align_objective_id INTEGER REFERENCES objectives (id),
  align_objective_id_at INTEGER NOT NULL DEFAULT 0,
  align_kr_id INTEGER REFERENCES key_results (id),
  align_kr_id_at INTEGER NOT NULL DEFAULT 0,
  position REAL NOT NULL DEFAULT 0,
  position_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  deleted_at INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX objectives_by_cycle_unit ON objectives (cycle_id, unit_id);
CREATE INDEX objectives_by_parent_objective ON objectives (align_objective_id);
CREATE INDEX objectives_by_parent_kr ON objectives (align_kr_id);

-- cur_* are derived (the latest non-retracted check-in), kept by the store so that a
-- roll-up never reads the check-in history; they are not merged or exported.
CREATE TABLE key_results (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  objective_id INTEGER NOT NULL REFERENCES objectives (id),
  objective_id_at INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  title_at INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL DEFAULT 'number'
    CHECK (kind IN ('number', 'percent', 'currency', 'boolean', 'milestone', 'control', 'rollup')),
  kind_at INTEGER NOT NULL DEFAULT 0,
  baseline REAL NOT NULL DEFAULT 0,
  baseline_at INTEGER NOT NULL DEFAULT 0,
  target REAL,
  target_at INTEGER NOT NULL DEFAULT 0,
  unit_label TEXT NOT NULL DEFAULT '',
  unit_label_at INTEGER NOT NULL DEFAULT 0,
  direction TEXT NOT NULL DEFAULT 'above' CHECK (direction IN ('above', 'below')),
  direction_at INTEGER NOT NULL DEFAULT 0,
  weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
  weight_at INTEGER NOT NULL DEFAULT 0,
  owner_id INTEGER REFERENCES people (id),
  owner_id_at INTEGER NOT NULL DEFAULT 0,
  position REAL NOT NULL DEFAULT 0,
  position_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  deleted_at INTEGER NOT NULL DEFAULT 0,
  cur_value REAL,
  cur_date TEXT,
  cur_confidence INTEGER,
  cur_stamp INTEGER
) STRICT;
CREATE INDEX key_results_by_objective ON key_results (objective_id);

CREATE TABLE milestones (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  kr_id INTEGER NOT NULL REFERENCES key_results (id),
  kr_id_at INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  title_at INTEGER NOT NULL DEFAULT 0,
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  done_at INTEGER NOT NULL DEFAULT 0,
  position REAL NOT NULL DEFAULT 0,
  position_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  deleted_at INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX milestones_by_kr ON milestones (kr_id);

CREATE TABLE initiatives (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  kr_id INTEGER NOT NULL REFERENCES key_results (id),
  kr_id_at INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  title_at INTEGER NOT NULL DEFAULT 0,
  owner_id INTEGER REFERENCES people (id),
  owner_id_at INTEGER NOT NULL DEFAULT 0,
  state TEXT NOT NULL DEFAULT 'todo' CHECK (state IN ('todo', 'doing', 'done')),
  state_at INTEGER NOT NULL DEFAULT 0,
  position REAL NOT NULL DEFAULT 0,
  position_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  deleted_at INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX initiatives_by_kr ON initiatives (kr_id);

-- retracted is derived from the retractions table, kept here so the history index can
-- skip retracted check-ins.
CREATE TABLE checkins (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  kr_id INTEGER NOT NULL REFERENCES key_results (id),
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  value REAL NOT NULL,
  confidence INTEGER CHECK (confidence BETWEEN 1 AND 10),
  note TEXT NOT NULL DEFAULT '',
  went_well TEXT NOT NULL DEFAULT '',
  blocked_by TEXT NOT NULL DEFAULT '',
  next_step TEXT NOT NULL DEFAULT '',
  author_id INTEGER REFERENCES people (id),
  stamp INTEGER NOT NULL,
  device_id INTEGER NOT NULL REFERENCES devices (id),
  retracted INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1))
) STRICT;
CREATE INDEX checkins_by_kr ON checkins (kr_id, date, stamp);

CREATE TABLE retractions (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  checkin_id INTEGER NOT NULL REFERENCES checkins (id),
  reason TEXT NOT NULL,
  author_id INTEGER REFERENCES people (id),
  stamp INTEGER NOT NULL,
  device_id INTEGER NOT NULL REFERENCES devices (id)
) STRICT;
CREATE INDEX retractions_by_checkin ON retractions (checkin_id);

-- One score per KR: its uuid is derived from the KR's, so copies agree on it.
CREATE TABLE scores (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  kr_id INTEGER NOT NULL UNIQUE REFERENCES key_results (id),
  score REAL CHECK (score BETWEEN 0 AND 1),
  score_at INTEGER NOT NULL DEFAULT 0,
  reason TEXT NOT NULL DEFAULT '',
  reason_at INTEGER NOT NULL DEFAULT 0,
  author_id INTEGER REFERENCES people (id),
  author_id_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  deleted_at INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE kpis (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  unit_id INTEGER NOT NULL REFERENCES units (id),
  unit_id_at INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  name_at INTEGER NOT NULL DEFAULT 0,
  unit_label TEXT NOT NULL DEFAULT '',
  unit_label_at INTEGER NOT NULL DEFAULT 0,
  green REAL,
  green_at INTEGER NOT NULL DEFAULT 0,
  red REAL,
  red_at INTEGER NOT NULL DEFAULT 0,
  position REAL NOT NULL DEFAULT 0,
  position_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  deleted_at INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX kpis_by_unit ON kpis (unit_id);

CREATE TABLE kpi_readings (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  kpi_id INTEGER NOT NULL REFERENCES kpis (id),
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  value REAL NOT NULL,
  author_id INTEGER REFERENCES people (id),
  stamp INTEGER NOT NULL,
  device_id INTEGER NOT NULL REFERENCES devices (id)
) STRICT;
CREATE INDEX kpi_readings_by_kpi ON kpi_readings (kpi_id, date, stamp);

-- One retrospective per unit and cycle: its uuid is derived from both.
CREATE TABLE retrospectives (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  unit_id INTEGER NOT NULL REFERENCES units (id),
  cycle_id INTEGER NOT NULL REFERENCES cycles (id),
  went_well TEXT NOT NULL DEFAULT '',
  went_well_at INTEGER NOT NULL DEFAULT 0,
  went_badly TEXT NOT NULL DEFAULT '',
  went_badly_at INTEGER NOT NULL DEFAULT 0,
  to_change TEXT NOT NULL DEFAULT '',
  to_change_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  deleted_at INTEGER NOT NULL DEFAULT 0,
  UNIQUE (unit_id, cycle_id)
) STRICT;

-- What happened to a cycle (closed, reopened with a reason): kept for the record.
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
  kind TEXT NOT NULL,
  cycle_id INTEGER REFERENCES cycles (id),
  reason TEXT NOT NULL DEFAULT '',
  author_id INTEGER REFERENCES people (id),
  stamp INTEGER NOT NULL,
  device_id INTEGER NOT NULL REFERENCES devices (id)
) STRICT;
CREATE INDEX events_by_cycle ON events (cycle_id);
