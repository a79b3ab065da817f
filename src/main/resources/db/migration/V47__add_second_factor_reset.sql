-- 身份鉴别 (issue 10): the 安全管理员 may reset a lost second factor. (TOTP secrets are encrypted by
-- the application, AES-GCM in the existing 64-character column; it encrypts plain ones at start.)

-- An account whose second factor the 安全管理员 reset: it must enrol again at its next sign-in,
-- whatever its role. The row goes when the account enrols.
create table second_factor_reset (
    account_id  bigint primary key references account (id),
    reset_at    timestamp not null,
    reset_by    varchar(64) not null,
    reason      varchar(500) not null
);
