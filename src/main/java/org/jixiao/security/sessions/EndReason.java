package org.jixiao.security.sessions;

/** Why a signed-in session ended; the sign-in page tells its owner at the next request. */
public enum EndReason {
    /** 退出登录 — its owner signed out. */
    SIGNED_OUT("signed-out", "退出登录"),
    /** 被新的登录替换 — the same account signed in elsewhere beyond the limit of sessions. */
    REPLACED("replaced", "同一账号在其他地方登录"),
    /** 被强制下线 — the 安全管理员 ended it. */
    FORCED("forced", "安全管理员强制下线"),
    /** 超过最长会话时长 — the absolute session timeout passed since sign-in. */
    ABSOLUTE_TIMEOUT("absolute", "超过最长会话时长"),
    /** 空闲超时 — no request within the idle timeout. */
    IDLE("expired", "空闲超时");

    private final String parameter;
    private final String description;

    EndReason(String parameter, String description) {
        this.parameter = parameter;
        this.description = description;
    }

    /** The query parameter of the sign-in page that shows the reason ({@code /login?forced}). */
    public String parameter() {
        return parameter;
    }

    /** The reason in Chinese, as the audit trail records it. */
    public String description() {
        return description;
    }
}
