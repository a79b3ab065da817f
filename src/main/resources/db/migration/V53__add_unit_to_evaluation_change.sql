-- Which unit a write of evaluation data concerns (null: possibly every unit of the cycle, e.g. a group's
-- raters or the scoring settings). Live results then recompute only the units written since the
-- version they hold, and rank again, instead of the whole cycle after every score save.
alter table evaluation_change add column unit_id bigint;
