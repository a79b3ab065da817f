-- Audit retention: entries older than the retention period may be removed from the database after
-- they were archived. The chain then starts at the anchor: the entry_hash of the last removed entry,
-- which is the previous_hash of the first entry kept; pruned_count entries were removed in all,
-- the last of them with id pruned_through_id.
alter table audit_head add column anchor_hash varchar(64);
alter table audit_head add column pruned_count bigint default 0 not null;
alter table audit_head add column pruned_through_id bigint;
alter table audit_head add column pruned_at timestamp with time zone;
