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
 * or its owner changes it, checked with Passay: at least {@link #minLength()} characters (default
 * {@value #MIN_LENGTH}), at least {@link #classesRequired()} of the four classes upper case, lower
 * case, digit and symbol (default 3), and not containing the username (in any case). That it is none
 * of the account's last {@link #history()} passwords (default {@value #HISTORY}) is checked by
 * {@link Accounts}, which holds the history. The 安全管理员 sets the figures at run time
 * ({@link PasswordRules}); the static methods apply the defaults. What is missing is said in Chinese,
 * so that the user knows what to add.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** How many of the account's latest passwords a new one may not repeat, by default. */
    public static final int HISTORY = 5;
    /** BCrypt reads no more than 72 bytes; a longer password would be refused by the encoder. */
    public static final int MAX_BYTES = 72;
    /** The defaults: {@value #MIN_LENGTH} characters, 3 classes, not one of the last {@value #HISTORY}. */
    public static final PasswordPolicy STANDARD = new PasswordPolicy(MIN_LENGTH, 3, HISTORY);

    private final int minLength;
    private final int classesRequired;
    private final int history;
    private final PasswordValidator validator;

    public PasswordPolicy(int minLength, int classesRequired, int history) {
        if (minLength < 8 || minLength > MAX_BYTES) {
            throw new IllegalArgumentException("密码最小长度须在 8 到 " + MAX_BYTES + " 之间");
        }
        if (classesRequired < 1 || classesRequired > 4) {
            throw new IllegalArgumentException("密码须包含的字符类别数须在 1 到 4 之间");
        }
        if (history < 0) {
            throw new IllegalArgumentException("密码历史次数不能为负");
        }
        this.minLength = minLength;
        this.classesRequired = classesRequired;
        this.history = history;
        this.validator = new PasswordValidator(new LengthRule(minLength, Integer.MAX_VALUE),
                characteristics(classesRequired), new UsernameRule(false, true));
    }

    public int minLength() {
        return minLength;
    }

    public int classesRequired() {
        return classesRequired;
    }

    public int history() {
        return history;
    }

    /** What the password lacks under the default rule. */
    public static List<String> problems(String password, String username) {
        return STANDARD.check(password, username);
    }

    /** Refuses a password that does not meet the default rule. */
    public static void require(String password, String username) {
        STANDARD.requireMet(password, username);
    }

    /** What the password lacks, one Chinese sentence per problem; empty when it meets the rule. */
    public List<String> check(String password, String username) {
        RuleResult result = validator.validate(new PasswordData(username.strip(), password));
        Set<String> codes = result.isValid() ? Set.of()
                : result.getDetails().stream().map(RuleResultDetail::getErrorCode).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        if (codes.contains(LengthRule.ERROR_CODE_MIN)) {
            problems.add("长度至少 " + minLength + " 个字符（现为 " + password.length() + " 个）");
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
            problems.add("须包含大写字母、小写字母、数字、符号中的至少 " + classesRequired + " 类（现有 " + (4 - absent.size())
                    + " 类，可加入" + String.join("或", absent) + "）");
        }
        if (codes.contains(UsernameRule.ERROR_CODE)) {
            problems.add("不能包含用户名");
        }
        return problems;
    }

    /** Refuses a password that does not meet the rule, saying everything that is missing. */
    public void requireMet(String password, String username) {
        List<String> problems = check(password, username);
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
    }

    /** "至少 10 位，包含大写字母、小写字母、数字、符号中的至少 3 类" — for hints beside a password field. */
    public String summary() {
        return "至少 " + minLength + " 位，包含大写字母、小写字母、数字、符号中的至少 " + classesRequired + " 类，不含用户名";
    }

    /** The refusal of a password, with every problem found. */
    static Refused refusal(List<String> problems) {
        return new Refused(Refused.Kind.INVALID, "PASSWORD_POLICY", "密码不符合要求：" + String.join("；", problems),
                problems);
    }

    private static CharacterCharacteristicsRule characteristics(int classesRequired) {
        CharacterCharacteristicsRule rule = new CharacterCharacteristicsRule(classesRequired,
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
