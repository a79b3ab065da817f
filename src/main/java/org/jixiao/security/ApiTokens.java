package org.jixiao.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.CurrentUser;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 个人 API 令牌: what a script uses instead of a password ({@code Authorization: Bearer <token>}),
 * created by its owner on the account page, shown once, stored only as its SHA-256 (table
 * {@code api_token}), limited to reading or allowed to write, and revocable. Creating and revoking
 * are recorded in the audit trail.
 */
@Service
class ApiTokens {

    static final int MAX_NAME = 100;
    private static final String PREFIX = "jxt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a token may do: {@code READ} only reads (GET), {@code WRITE} also changes. */
    enum Scope {
        READ, WRITE
    }

    /** A token as its owner sees it in the list, without the token itself. */
    record Token(long id, String name, Scope scope, Instant createdAt, @Nullable Instant lastUsedAt,
                 @Nullable Instant revokedAt) {
        boolean active() {
            return revokedAt == null;
        }
    }

    /** A token in use: whose, and what it may do. */
    record Holder(long tokenId, long accountId, Scope scope) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail trail;

    ApiTokens(JdbcClient jdbc, Clock clock, AuditTrail trail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.trail = trail;
    }

    /** Creates a token and returns it in clear — the only time it is ever seen. */
    @Transactional
    String create(CurrentUser owner, @Nullable String name, @Nullable String scope) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw Refused.invalid("TOKEN_NAME_REQUIRED", "请填写令牌名称（例如用途或脚本名）");
        }
        if (label.length() > MAX_NAME) {
            throw Refused.invalid("TOKEN_NAME_TOO_LONG", "令牌名称不能超过 " + MAX_NAME + " 个字符");
        }
        Scope chosen = scope(scope);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("insert into api_token (account_id, name, token_hash, scope, created_at) values (?, ?, ?, ?, ?)")
                .params(owner.accountId(), label, hash(token), chosen.name(), Timestamp.from(clock.instant())).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("名称", label);
        after.put("权限", chosen.name());
        trail.record(AuditEvent.change(AuditKind.ACCOUNT, owner.username(), owner.role().name(), null, owner.unitId(),
                "创建 API 令牌 " + owner.username(), null, after));
        return token;
    }

    List<Token> of(long accountId) {
        return jdbc.sql("select id, name, scope, created_at, last_used_at, revoked_at from api_token "
                        + "where account_id = ? order by id desc")
                .param(accountId)
                .query((rs, n) -> new Token(rs.getLong(1), rs.getString(2), Scope.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .list();
    }

    /** Revokes one of the owner's own tokens; from then on it is refused. */
    @Transactional
    void revoke(CurrentUser owner, long tokenId) {
        Optional<String> name = jdbc.sql("select name from api_token where id = ? and account_id = ? and revoked_at is null")
                .params(tokenId, owner.accountId()).query(String.class).optional();
        if (name.isEmpty()) {
            throw Refused.notFound("TOKEN_NOT_FOUND", "没有这个有效的令牌：" + tokenId);
        }
        jdbc.sql("update api_token set revoked_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), tokenId).update();
        trail.record(AuditEvent.change(AuditKind.ACCOUNT, owner.username(), owner.role().name(), null, owner.unitId(),
                "撤销 API 令牌 " + owner.username(), Map.of("名称", name.get(), "状态", "有效"),
                Map.of("名称", name.get(), "状态", "已撤销")));
    }

    /** Who holds the token, if it is one of ours and not revoked; notes when it was last used. */
    @Transactional
    Optional<Holder> holder(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Holder> holder = jdbc.sql("select id, account_id, scope from api_token "
                        + "where token_hash = ? and revoked_at is null")
                .param(hash(token))
                .query((rs, n) -> new Holder(rs.getLong(1), rs.getLong(2), Scope.valueOf(rs.getString(3))))
                .optional();
        holder.ifPresent(h -> jdbc.sql("update api_token set last_used_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), h.tokenId()).update());
        return holder;
    }

    private static Scope scope(@Nullable String scope) {
        if (scope != null) {
            for (Scope known : Scope.values()) {
                if (known.name().equalsIgnoreCase(scope.strip())) {
                    return known;
                }
            }
        }
        throw Refused.invalid("TOKEN_SCOPE_INVALID", "请选择令牌权限：只读（READ）或读写（WRITE）");
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 不可用", e);
        }
    }
}
