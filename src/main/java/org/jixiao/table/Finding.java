package org.jixiao.table;

/**
 * 审核意见 — what a rule check found: a stable code for machines, a severity, where, and a Chinese
 * message that tells the user what to change.
 */
public record Finding(String code, Severity severity, Location location, String message) {

    public Finding {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("审核意见代码不正确：" + code);
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("审核意见必须说明问题");
        }
    }

    public static Finding error(String code, Location location, String message) {
        return new Finding(code, Severity.ERROR, location, message);
    }

    public static Finding warning(String code, Location location, String message) {
        return new Finding(code, Severity.WARNING, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
