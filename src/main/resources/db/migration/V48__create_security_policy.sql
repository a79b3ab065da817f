-- 安全策略 (issue 10): the policy the 安全管理员 edits at run time. One row (id 1). A column that is
-- null (as before the first change) takes its value from the jixiao.security.* properties; version
-- guards against two administrators overwriting each other.
create table security_policy (
    id                        int primary key,
    version                   int not null,
    lockout_max_failures      int,
    lockout_window_minutes    int,
    captcha_after             int,
    password_min_length       int,
    password_classes          int,
    password_history          int,
    password_max_age_days     int,
    idle_timeout_minutes      int,
    absolute_timeout_minutes  int,
    max_sessions_per_account  int,
    mfa_admin_required        boolean,
    changed_at                timestamp,
    changed_by                varchar(64)
);
insert into security_policy (id, version) values (1, 0);
