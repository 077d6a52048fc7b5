-- SPDX-License-Identifier: GPL-3.0-or-later
-- The floor of "open + roll-up": the current quarter's roll-up as one query in the sqlite3
-- shell (KR progress by kind, objective = weighted mean, unit = mean of its objectives).
-- Rolled-up KRs count as 0 here; the real roll-up computes them from the cascade.
WITH cyc AS (
  SELECT id FROM cycles
  WHERE deleted = 0 AND state = 'active' AND date('now') BETWEEN start_date AND end_date
  ORDER BY julianday (end_date) - julianday (start_date) LIMIT 1),
obj AS (
  SELECT id, unit_id FROM objectives
  WHERE deleted = 0 AND cycle_id IN (SELECT id FROM cyc UNION
                                     SELECT id FROM cycles WHERE parent_id IN (SELECT id FROM cyc))),
ms AS (
  SELECT kr_id, count(*) AS total, sum(done) AS done FROM milestones
  WHERE deleted = 0 GROUP BY kr_id),
kr AS (
  SELECT k.id, k.objective_id, k.weight, s.score,
    CASE k.kind
      WHEN 'boolean' THEN coalesce (k.cur_value >= 0.5, 0)
      WHEN 'milestone' THEN coalesce (1.0 * ms.done / ms.total, 0)
      WHEN 'control' THEN coalesce (CASE k.direction WHEN 'below' THEN k.cur_value <= k.target
                                                     ELSE k.cur_value >= k.target END, 0)
      WHEN 'rollup' THEN 0
      ELSE CASE WHEN k.target = k.baseline THEN coalesce (k.cur_value >= k.target, 0)
                ELSE max (0, min (1, (coalesce (k.cur_value, k.baseline) - k.baseline)
                                     / (k.target - k.baseline))) END
    END AS p
  FROM key_results k JOIN obj ON obj.id = k.objective_id
  LEFT JOIN ms ON ms.kr_id = k.id
  LEFT JOIN scores s ON s.kr_id = k.id AND s.deleted = 0
  WHERE k.deleted = 0),
op AS (
  SELECT obj.id, obj.unit_id, coalesce (sum (kr.weight * kr.p) / sum (kr.weight), 0) AS p
  FROM obj LEFT JOIN kr ON kr.objective_id = obj.id GROUP BY obj.id)
SELECT u.id, u.name, avg (op.p), count (op.id)
FROM units u LEFT JOIN op ON op.unit_id = u.id
WHERE u.deleted = 0 GROUP BY u.id;
