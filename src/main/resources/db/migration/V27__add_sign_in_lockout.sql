-- Sign-in lockout (等保: 登录失败处理): failed sign-ins counted per username within a window that
-- starts at the first failure; at the configured number the username is locked until the window ends.
-- Usernames that do not exist are counted too, so that the answer never tells which ones do.

create table sign_in_failure (
    username         varchar(64) primary key,
    failures         int not null,
    first_failed_at  timestamp not null,
    locked_until     timestamp
);
create index ix_sign_in_failure_first on sign_in_failure (first_failed_at);
