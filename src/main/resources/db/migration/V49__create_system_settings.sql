-- 系统设置 (issue 10): the deployment settings the 系统管理员 edits at run time. One row (id 1); a null
-- column takes its value from the properties (jixiao.site-name, jixiao.evidence.*, jixiao.tracking.reminders.*);
-- version guards against two administrators overwriting each other.
create table system_settings (
    id                    int primary key,
    version               int not null,
    site_name             varchar(40),
    evidence_max_size_mb  int,
    evidence_extensions   varchar(200),
    reminder_due_in_days  int,
    mail_from             varchar(100),
    changed_at            timestamp,
    changed_by            varchar(64)
);
insert into system_settings (id, version) values (1, 0);
