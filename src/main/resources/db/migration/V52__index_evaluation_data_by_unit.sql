-- A unit's evaluation data read by (cycle, unit): the assessment sheet, a score save and the unit's live
-- result read one unit's scores, tiers, grades and adjustments. Without these indexes each of those reads
-- scanned the whole cycle's rows (about 413,000 rater scores at 1,000 units), so one save took as long as
-- the whole cycle's recompute.
create index ix_rater_score_unit on rater_score (cycle_id, unit_id);
create index ix_item_tier_unit on item_tier (cycle_id, unit_id);
create index ix_peer_grade_unit on peer_grade (cycle_id, unit_id);
create index ix_self_evaluation_unit on self_evaluation (cycle_id, unit_id);
create index ix_rater_assignment_unit on rater_assignment (cycle_id, unit_id);
create index ix_rater_group_assignment_group on rater_group_assignment (cycle_id, group_id);
create index ix_item_promotion_unit on item_promotion (cycle_id, unit_id);
create index ix_unit_incentive_unit on unit_incentive (cycle_id, unit_id);
create index ix_unit_deduction_unit on unit_deduction (cycle_id, unit_id);
