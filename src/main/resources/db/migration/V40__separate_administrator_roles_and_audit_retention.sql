-- 三员分立: the audit reader role AUDITOR becomes AUDIT_ADMIN (审计管理员) beside the new SYSTEM_ADMIN
-- (系统管理员) and SECURITY_ADMIN (安全管理员). Audit entries keep the role they were recorded with
-- (they are hash-chained and never rewritten).
update account set role = 'AUDIT_ADMIN' where role = 'AUDITOR';

-- Audit retention: entries older than the retention period may be removed from the database after
-- they were archived. The chain then starts at the anchor: the entry_hash of the last removed entry,
-- which is the previous_hash of the first entry kept; pruned_count entries were removed in all,
-- the last of them with id pruned_through_id.
alter table audit_head add column anchor_hash varchar(64);
alter table audit_head add column pruned_count bigint default 0 not null;
alter table audit_head add column pruned_through_id bigint;
alter table audit_head add column pruned_at timestamp with time zone;
