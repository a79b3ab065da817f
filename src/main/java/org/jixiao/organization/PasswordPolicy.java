package org.jixiao.organization;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.web.Refused;
import org.passay.CharacterCharacteristicsRule;
import org.passay.CharacterRule;
import org.passay.EnglishCharacterData;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;

/**
 * 密码规则 — the one rule every new password meets, whether an administrator sets it (create, reset)
 * or its owner changes it, checked with Passay: at least {@value #MIN_LENGTH} characters, at least
 * three of the four classes upper case, lower case, digit and symbol, and not containing the
 * username (in any case). That it is none of the account's last {@value #HISTORY} passwords is
 * checked by {@link Accounts}, which holds the history. What is missing is said in Chinese, so that
 * the user knows what to add.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** How many of the account's latest passwords a new one may not repeat. */
    public static final int HISTORY = 5;
    /** BCrypt reads no more than 72 bytes; a longer password would be refused by the encoder. */
    public static final int MAX_BYTES = 72;
    private static final int CLASSES_REQUIRED = 3;

    private static final PasswordValidator VALIDATOR = new PasswordValidator(
            new LengthRule(MIN_LENGTH, Integer.MAX_VALUE),
            characteristics(),
            new UsernameRule(false, true));

    private PasswordPolicy() {
    }

    /** What the password lacks, one Chinese sentence per problem; empty when it meets the rule. */
    public static List<String> problems(String password, String username) {
        RuleResult result = VALIDATOR.validate(new PasswordData(username.strip(), password));
        Set<String> codes = result.isValid() ? Set.of()
                : result.getDetails().stream().map(RuleResultDetail::getErrorCode).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        if (codes.contains(LengthRule.ERROR_CODE_MIN)) {
            problems.add("长度至少 " + MIN_LENGTH + " 个字符（现为 " + password.length() + " 个）");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("长度不能超过 " + MAX_BYTES + " 个字节（字母、数字、符号各占 1 个，汉字占 3 个）");
        }
        if (codes.contains(CharacterCharacteristicsRule.ERROR_CODE)) {
            List<String> absent = new ArrayList<>();
            for (EnglishCharacterData data : EnglishCharacterData.values()) {
                if (data != EnglishCharacterData.Alphabetical && codes.contains(data.getErrorCode())) {
                    absent.add(name(data));
                }
            }
            problems.add("须包含大写字母、小写字母、数字、符号中的至少 " + CLASSES_REQUIRED + " 类（现有 " + (4 - absent.size())
                    + " 类，可加入" + String.join("或", absent) + "）");
        }
        if (codes.contains(UsernameRule.ERROR_CODE)) {
            problems.add("不能包含用户名");
        }
        return problems;
    }

    /** Refuses a password that does not meet the rule, saying everything that is missing. */
    public static void require(String password, String username) {
        List<String> problems = problems(password, username);
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
    }

    /** The refusal of a password, with every problem found. */
    static Refused refusal(List<String> problems) {
        return new Refused(Refused.Kind.INVALID, "PASSWORD_POLICY", "密码不符合要求：" + String.join("；", problems),
                problems);
    }

    private static CharacterCharacteristicsRule characteristics() {
        CharacterCharacteristicsRule rule = new CharacterCharacteristicsRule(CLASSES_REQUIRED,
                new CharacterRule(EnglishCharacterData.UpperCase, 1),
                new CharacterRule(EnglishCharacterData.LowerCase, 1),
                new CharacterRule(EnglishCharacterData.Digit, 1),
                new CharacterRule(EnglishCharacterData.Special, 1));
        rule.setReportRuleFailures(true);
        return rule;
    }

    private static String name(EnglishCharacterData data) {
        return switch (data) {
            case UpperCase -> "大写字母";
            case LowerCase -> "小写字母";
            case Digit -> "数字";
            default -> "符号";
        };
    }
}
