-- A table's rule-check finding counts and total points, kept with the table (issue 11 item 2) so that
-- the home page lists a cycle's tables in one query instead of re-checking every table on each view.
-- The counts are current while checked_version = version (the table unchanged since) and
-- checked_cycle_version = the cycle's version (its template and rules unchanged since); any other
-- row is recounted on start and on the next home page that lists it. Existing rows start unchecked.
alter table target_table add column error_count int;
alter table target_table add column warning_count int;
alter table target_table add column total_points numeric(12, 2);
alter table target_table add column checked_version bigint;
alter table target_table add column checked_cycle_version bigint;
-- A write of a unit's table marks the unit's later tables for recount (the year-on-year rule reads it).
create index ix_target_table_unit_year on target_table (unit_id, assessment_year);
