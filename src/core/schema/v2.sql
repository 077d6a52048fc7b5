-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: carry-over. Frozen once released, like every migration.
--
-- When a cycle closes, unfinished objectives and key results are copied into the next
-- cycle; each copy keeps a link to the row it was carried from (in the closed cycle), with
-- its own stamp like every other editable field. Closing and reopening a cycle are rows of
-- the events table (kind 'cycle_closed' / 'cycle_reopened', with the reason).

ALTER TABLE objectives ADD COLUMN carried_from_id INTEGER REFERENCES objectives (id);
ALTER TABLE objectives ADD COLUMN carried_from_id_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX objectives_by_carried_from ON objectives (carried_from_id);

ALTER TABLE key_results ADD COLUMN carried_from_id INTEGER REFERENCES key_results (id);
ALTER TABLE key_results ADD COLUMN carried_from_id_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX key_results_by_carried_from ON key_results (carried_from_id);
