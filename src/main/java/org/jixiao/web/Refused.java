package org.jixiao.web;

import java.util.List;

/**
 * A request refused for a reason a person can act on: a stable {@code code} for scripts, a Chinese
 * {@code message} for people and, where there are any, the details (findings, rows) behind it.
 * Pages show the message; the JSON API answers {@code {"code", "message", "details"}} with the
 * status of its {@link Kind}. Services throw it before they change anything.
 */
public class Refused extends RuntimeException {

    /** What kind of refusal, and so which HTTP status it is answered with. */
    public enum Kind {
        /** 400 — the input is wrong; the message says what to change. */
        INVALID(400),
        /** 403 — the user may not do this. */
        FORBIDDEN(403),
        /** 404 — the thing does not exist, or is not the user's to know about. */
        NOT_FOUND(404),
        /** 409 — the thing's state does not allow it now (locked, changed meanwhile, duplicate). */
        CONFLICT(409);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String code;
    private final List<?> details;

    public Refused(Kind kind, String code, String message) {
        this(kind, code, message, List.of());
    }

    public Refused(Kind kind, String code, String message, List<?> details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = List.copyOf(details);
    }

    public static Refused invalid(String code, String message) {
        return new Refused(Kind.INVALID, code, message);
    }

    public static Refused forbidden(String code, String message) {
        return new Refused(Kind.FORBIDDEN, code, message);
    }

    public static Refused notFound(String code, String message) {
        return new Refused(Kind.NOT_FOUND, code, message);
    }

    public static Refused conflict(String code, String message) {
        return new Refused(Kind.CONFLICT, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** Findings, rows or other values that explain the refusal; serialised as JSON by the API. */
    public List<?> details() {
        return details;
    }
}
