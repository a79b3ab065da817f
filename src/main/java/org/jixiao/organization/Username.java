package org.jixiao.organization;

import java.util.regex.Pattern;
import org.jixiao.web.Refused;

/**
 * 用户名 — what a person types to sign in: 2 to 64 characters (unit abbreviations such as "sw" are common) of English letters, digits, dot,
 * underscore and hyphen, so that it is typed the same on every keyboard and fits every log line.
 */
public record Username(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]{2,64}");

    public Username {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw Refused.invalid("USERNAME_INVALID",
                    "用户名须为 2–64 个字符，只能使用英文字母、数字、点（.）、下划线（_）和连字符（-）");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
