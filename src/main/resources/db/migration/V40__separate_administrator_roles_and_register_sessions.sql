-- 三员分立: the audit reader role AUDITOR becomes AUDIT_ADMIN (审计管理员) beside the new SYSTEM_ADMIN
-- (系统管理员) and SECURITY_ADMIN (安全管理员). Audit entries keep the role they were recorded with
-- (they are hash-chained and never rewritten).
update account set role = 'AUDIT_ADMIN' where role = 'AUDITOR';

-- 在线会话: every signed-in browser session, shared by all application nodes, so that the limit of
-- sessions per account, the absolute session timeout and forced sign-out hold on whichever node the
-- next request lands. id is a random token kept in the HTTP session (never the session cookie).
-- A session is online while ended_at is empty and it was seen within the idle timeout; an ended
-- one says why (end_reason), so that its next request is told; ended rows are deleted after a day.
create table signed_in_session (
    id             varchar(36) primary key,
    account_id     bigint       not null,
    username       varchar(64)  not null,
    role           varchar(30)  not null,
    address        varchar(100),
    signed_in_at   timestamp with time zone not null,
    last_seen_at   timestamp with time zone not null,
    ended_at       timestamp with time zone,
    end_reason     varchar(20),
    ended_by       varchar(64)
);

create index signed_in_session_by_account on signed_in_session (account_id, ended_at);
create index signed_in_session_by_end on signed_in_session (ended_at);
