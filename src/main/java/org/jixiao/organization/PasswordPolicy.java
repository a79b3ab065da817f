package org.jixiao.organization;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.web.Refused;

/**
 * 密码规则 — the one rule every new password meets, whether an administrator sets it (create, reset)
 * or its owner changes it: at least {@value #MIN_LENGTH} characters, at least three of the four
 * classes upper case, lower case, digit and symbol, and not containing the username. What is
 * missing is said in Chinese, so that the user knows what to add.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** BCrypt reads no more than 72 bytes; a longer password would be refused by the encoder. */
    public static final int MAX_BYTES = 72;
    private static final int CLASSES_REQUIRED = 3;

    private PasswordPolicy() {
    }

    /** What the password lacks, one Chinese sentence per problem; empty when it meets the rule. */
    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("长度至少 " + MIN_LENGTH + " 个字符（现为 " + length + " 个）");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("长度不能超过 " + MAX_BYTES + " 个字节（字母、数字、符号各占 1 个，汉字占 3 个）");
        }
        List<String> absent = absentClasses(password);
        int present = 4 - absent.size();
        if (present < CLASSES_REQUIRED) {
            problems.add("须包含大写字母、小写字母、数字、符号中的至少 " + CLASSES_REQUIRED + " 类（现有 " + present
                    + " 类，可加入" + String.join("或", absent) + "）");
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && password.toLowerCase(Locale.ROOT).contains(name)) {
            problems.add("不能包含用户名");
        }
        return problems;
    }

    /** Refuses a password that does not meet the rule, saying everything that is missing. */
    public static void require(String password, String username) {
        List<String> problems = problems(password, username);
        if (!problems.isEmpty()) {
            throw new Refused(Refused.Kind.INVALID, "PASSWORD_POLICY", "密码不符合要求：" + String.join("；", problems),
                    problems);
        }
    }

    private static List<String> absentClasses(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        List<String> absent = new ArrayList<>();
        if (!upper) {
            absent.add("大写字母");
        }
        if (!lower) {
            absent.add("小写字母");
        }
        if (!digit) {
            absent.add("数字");
        }
        if (!symbol) {
            absent.add("符号");
        }
        return absent;
    }
}
