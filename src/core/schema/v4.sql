-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: each objective's confidence, summed week by week.
-- Frozen once released, like every migration.
--
-- The confidence heatmap shows a cycle's weeks for a whole company: read from the check-ins,
-- that is 300,000 of them a quarter in a company of 20,000 key results (65 ms). Summed per
-- objective and calendar week (Monday to Sunday), it is about 20,000 rows (4 ms).
--
-- The table is derived state, like a key result's cur_* columns: Cascade keeps it equal to
-- the check-ins that are not retracted and have a confidence, on the live key results of
-- each objective, at every write, merge and import (okr-store-edits.c). It is never merged
-- or exported: both are done from the check-ins themselves.
--
-- week: the calendar week, counted in whole weeks from Monday 0001-01-01, as in
-- okr_date_get_week (); total: the sum of the confidences (1 to 10 each); n: how many
-- there are. A check-in dated on no real day (2026-02-30, year 0) is left out, as every
-- other reader of the check-ins leaves it out.

CREATE TABLE confidence_weeks (
  objective_id INTEGER NOT NULL REFERENCES objectives (id),
  week INTEGER NOT NULL,
  total INTEGER NOT NULL,
  n INTEGER NOT NULL CHECK (n BETWEEN 1 AND 1000000),
  CHECK (total BETWEEN n AND 10 * n),
  PRIMARY KEY (objective_id, week)
) STRICT, WITHOUT ROWID;

INSERT INTO confidence_weeks (objective_id, week, total, n)
  SELECT k.objective_id, (CAST (julianday (c.date) - 1721424.5 AS INTEGER) - 1) / 7 AS week,
         sum (c.confidence), count (*)
  FROM key_results k
  JOIN checkins c ON c.kr_id = k.id AND c.retracted = 0 AND c.confidence IS NOT NULL
  WHERE k.deleted = 0 AND c.date >= '0001-01-01' AND date (c.date) = c.date
  GROUP BY k.objective_id, week;
